import AlianzasDomain

/// The index on disk, in `CompactWriter`'s binary form: a magic word and the format version, the
/// day, the instruments' fingerprint, then each entry under its code. Read back it is checked
/// like any input (`IndexCheck`); bytes that do not read are a cache to rebuild.
extension StoreIndex {
  static let magic: [UInt8] = Array("ALZI".utf8)

  func compactBytes() -> [UInt8] {
    var w = CompactWriter()
    w.int(version)
    w.day(day)
    w.string(instruments)
    w.array(entries.keys.sorted()) { w, code in
      w.string(code)
      entries[code]!.write(to: &w)
    }
    return StoreIndex.magic + w.bytes
  }

  init(compact bytes: [UInt8]) throws(CompactReader.Fault) {
    guard bytes.starts(with: StoreIndex.magic) else { throw CompactReader.Fault(offset: 0) }
    var r = CompactReader(bytes, from: StoreIndex.magic.count)
    version = try r.int()
    // An index of another format is not read further: its entries may have another shape.
    guard version == StoreIndex.currentVersion else { throw CompactReader.Fault(offset: r.offset) }
    day = try r.day()
    instruments = try r.string()
    var entries: [String: Entry] = [:]
    let count = try r.int()
    // Each entry takes more than a byte: a count beyond what is left is a fault.
    guard count >= 0, count <= bytes.count - r.offset else { throw CompactReader.Fault(offset: r.offset) }
    entries.reserveCapacity(count)
    for _ in 0..<count {
      let code = try r.string()
      guard entries[code] == nil else { throw CompactReader.Fault(offset: r.offset) }
      entries[code] = try Entry(compact: &r)
    }
    guard r.isAtEnd else { throw CompactReader.Fault(offset: r.offset) }
    self.entries = entries
  }
}

extension StoreIndex.Entry {
  func write(to w: inout CompactWriter) {
    for stamp in [allianceStamp, rosterStamp] {
      w.optional(stamp) { w, s in
        w.int(Int(s.size))
        w.int(Int(s.modifiedNanoseconds))
      }
    }
    w.optional(figures) { $1.write(to: &$0) }
    w.optional(tally) { $1.write(to: &$0) }
    w.optional(duration) { $1.write(to: &$0) }
    w.optional(relink) { $1.write(to: &$0) }
    w.optional(firstAgreementStart) { $0.day($1) }
    w.optional(surveys) { $0.int($1) }
    w.optional(triage) { $1.write(to: &$0) }
    w.optional(dated) { $1.write(to: &$0) }
    w.array(problems) { $1.write(to: &$0) }
  }

  init(compact r: inout CompactReader) throws(CompactReader.Fault) {
    typealias Fault = CompactReader.Fault
    func stamp(_ r: inout CompactReader) throws(Fault) -> FileStamp {
      FileStamp(size: Int64(try r.int()), modifiedNanoseconds: Int64(try r.int()))
    }
    allianceStamp = try r.optional(stamp)
    rosterStamp = try r.optional(stamp)
    figures = try r.optional { r throws(Fault) in try AllianceFigures(compact: &r) }
    tally = try r.optional { r throws(Fault) in try HouseholdTally(compact: &r) }
    duration = try r.optional { r throws(Fault) in try AgreementDuration(compact: &r) }
    relink = try r.optional { r throws(Fault) in try RelinkCase(compact: &r) }
    firstAgreementStart = try r.optional { r throws(Fault) in try r.day() }
    surveys = try r.optional { r throws(Fault) in try r.int() }
    triage = try r.optional { r throws(Fault) in try TriageFacts(compact: &r) }
    dated = try r.optional { r throws(Fault) in try AllianceDatedInputs(compact: &r) }
    problems = try r.array { r throws(Fault) in try StoreProblem(compact: &r) }
  }
}
