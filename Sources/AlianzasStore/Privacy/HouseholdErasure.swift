import AlianzasDomain
import Foundation

/// What erasing a household did.
public struct ErasureReport: Sendable {
  public var household: String
  public var alliance: String
  /// Changes of the history whose values held the household, now emptied.
  public var historyChanges: Int
  /// Copies outside the records (quarantine, migration backups) cleaned or removed.
  public var copies: [String]
}

extension FileStore {
  /// The alliance whose roster holds household `code` (`ALLIANCE-H001`).
  static func allianceCode(ofHousehold code: String) -> String? {
    guard let range = code.range(of: "-H", options: .backwards) else { return nil }
    return String(code[..<range.lowerBound])
  }

  /// The roster file and the household's id, for a household code or id.
  func locate(household: String) throws(StoreError) -> (relative: String, id: RecordID, tree: JSONValue)? {
    let candidates =
      FileStore.allianceCode(ofHousehold: household).map { [$0] } ?? codes(in: .households)
    for alliance in candidates {
      let relative = relativePath(.households, code: alliance)
      guard let tree = try currentTree(relative).tree,
        case .array(let items)? = tree["households"]
      else { continue }
      if let found = items.first(where: { $0["code"]?.stringValue == household || $0.recordID == household }),
        let id = found.recordID
      {
        return (relative, id, tree)
      }
    }
    return nil
  }

  /// Erases household `code` at its titular's request (Ley 1581, art. 8 e): it leaves the roster
  /// file, every line of its history keeps its shape but none of its values, copies in
  /// quarantine and backups lose it, and the caches are dropped to be rebuilt. The erasure is a
  /// batch of its own — who, when, on which device, why, and the household's id; not what — which
  /// bundles and git carry to every store, and each erases it there too.
  public func erase(household code: String, reason: String) throws(StoreError) -> ErasureReport {
    guard isWritable else { throw readOnlyReason ?? .readOnly }
    guard let (relative, id, tree) = try locate(household: code) else {
      throw .unreadable(
        StoreProblem(path: code, line: nil, reason: StoreText.noSuchHousehold(code).localized))
    }
    let disk = try currentTree(relative)
    var loaded = try loadHistory(relative, diskDigest: disk.digest)
    if !loaded.history.batches.isEmpty && loaded.fileDigest != disk.digest {
      try recordOutsideChange(relative, disk: disk.tree, digest: disk.digest, base: nil, loaded: &loaded)
    }
    let household = HistoryScrub.path(of: id)
    let remaining = HistoryScrub.removing(id, at: household.steps, from: tree)
    let bytes: [UInt8]
    do { bytes = try StoreCoding.encode(remaining) } catch { throw .encoding("\(error)") }
    let now = clock()
    var erasure = ChangeBatch(
      id: ChangeBatch.newID(device: device), kind: .erasure, at: now, device: device, officer: officer,
      received: now, after: Digest.sha256(bytes), before: disk.digest ?? ChangeBatch.absentFile,
      changes: [
        Change(path: household, old: nil, new: nil, supersedes: loaded.history.heads(within: household))
      ])
    erasure.reason = reason
    let before = loaded.history.batches
    let scrubbed = HistoryScrub.scrub(before, erasing: [id])
    let emptied = zip(before, scrubbed).reduce(0) { sum, pair in
      sum + zip(pair.0.changes, pair.1.changes).filter { $0 != $1 }.count
    }
    // The history first, then the file: killed between the two, the erasure line is cut off at
    // the next open (its file was never written) and the household is still whole in the file,
    // so running the erasure again finishes it.
    try replaceHistory(relative, with: scrubbed + [erasure])
    do { try fs.writeAtomically(bytes, to: path(relative)) } catch { throw .file(error) }
    histories[relative] = nil
    recentTrees[relative] = nil
    let record = tree["households"].flatMap { items -> JSONValue? in
      guard case .array(let list) = items else { return nil }
      return list.first { $0.recordID == id }
    }
    let personal = [id, record?["headName"]?.stringValue, record?["documentNumber"]?.stringValue]
      .compactMap { $0 }.filter { $0.count >= 4 }
    let copies = cleanCopies(of: id, personal: personal)
    dropCaches()
    return ErasureReport(
      household: code, alliance: String(relative.dropFirst(11).dropLast(5)), historyChanges: emptied,
      copies: copies)
  }

  /// Acts on the erasures a file's history holds (received by bundle or git): the households
  /// they name leave the file, and nothing of them stays in the history. True when it changed
  /// anything.
  @discardableResult
  public func enforceErasures(_ relative: String) throws(StoreError) -> Bool {
    guard isWritable, relative.hasPrefix("households/") else { return false }
    histories[relative] = nil
    recentTrees[relative] = nil
    let disk = try currentTree(relative)
    let loaded = try loadHistory(relative, diskDigest: disk.digest)
    let ids = HistoryScrub.erased(in: loaded.history.batches)
    guard !ids.isEmpty else { return false }
    var tree = disk.tree
    for id in ids {
      tree = tree.map { HistoryScrub.removing(id, at: HistoryScrub.path(of: id).steps, from: $0) }
    }
    let historyHolds = HistoryScrub.holds(loaded.history.batches, ids)
    guard historyHolds || tree != disk.tree else { return false }
    var batches = HistoryScrub.scrub(loaded.history.batches, erasing: ids)
    var bytes: [UInt8]?
    if let tree, tree != disk.tree {
      do { bytes = try StoreCoding.encode(tree) } catch { throw .encoding("\(error)") }
    }
    let now = clock()
    batches.append(
      ChangeBatch(
        id: ChangeBatch.newID(device: device), kind: .merge, at: now, device: device, officer: officer,
        received: now, after: bytes.map(Digest.sha256) ?? disk.digest,
        before: disk.digest ?? ChangeBatch.absentFile,
        changes: []))
    try replaceHistory(relative, with: batches)
    if let bytes { do { try fs.writeAtomically(bytes, to: path(relative)) } catch { throw .file(error) } }
    histories[relative] = nil
    recentTrees[relative] = nil
    for id in ids.sorted() { _ = cleanCopies(of: id, personal: [id]) }
    dropCaches()
    return true
  }

  /// Rewrites a history whole, atomically (the one place a history is not only appended to).
  func replaceHistory(_ relative: String, with batches: [ChangeBatch]) throws(StoreError) {
    var lines: [UInt8] = []
    for batch in batches {
      do { lines += try ChangeLog.line(batch) } catch { throw .encoding("\(error)") }
    }
    let logRelative = ChangeLog.relativePath(for: relative)
    do {
      try FileStore.makeFolders(for: logRelative, root: root, fs: fs)
      try fs.writeAtomically(lines, to: path(logRelative))
    } catch { throw .file(error) }
  }

  /// Copies outside the records that hold the household (a quarantined file, its history, its
  /// note; a migration backup): a roster or history that reads loses the household; any other
  /// file that names it is removed. Returns the files touched, relative to the store.
  func cleanCopies(of id: RecordID, personal: [String]) -> [String] {
    var touched: [String] = []
    for folder in ["quarantine", "backups"] {
      guard let walker = FileManager.default.enumerator(atPath: path(folder)) else { continue }
      while let relative = walker.nextObject() as? String {
        let full = path(folder) + "/" + relative
        guard let bytes = try? fs.read(full) else { continue }
        let text = String(decoding: bytes, as: UTF8.self)
        guard personal.contains(where: { text.contains($0) }) else { continue }
        if relative.hasSuffix(".jsonl") {
          let contents = ChangeLog.read(bytes)
          var lines: [UInt8] = []
          for batch in HistoryScrub.scrub(contents.batches, erasing: [id]) {
            lines += (try? ChangeLog.line(batch)) ?? []
          }
          if !personal.contains(where: { String(decoding: lines, as: UTF8.self).contains($0) && $0 != id }),
            (try? fs.writeAtomically(lines, to: full)) != nil
          {
            touched.append(folder + "/" + relative)
            continue
          }
        } else if let tree = JSONValue.parse(bytes) {
          let cleaned = HistoryScrub.removing(id, at: HistoryScrub.path(of: id).steps, from: tree)
          if let out = try? StoreCoding.encode(cleaned),
            !personal.contains(where: { $0 != id && String(decoding: out, as: UTF8.self).contains($0) }),
            (try? fs.writeAtomically(out, to: full)) != nil
          {
            touched.append(folder + "/" + relative)
            continue
          }
        }
        // A damaged copy that names the household cannot be cleaned field by field: it goes.
        if (try? fs.remove(full)) != nil { touched.append(folder + "/" + relative) }
      }
    }
    return touched
  }

  /// The caches hold codes and scores (and the histories' summaries, record ids); after an
  /// erasure they are rebuilt from the records.
  func dropCaches() {
    func empty(_ folder: String) {
      for name in (try? fs.list(folder)) ?? [] {
        let full = folder + "/" + name
        if (try? fs.remove(full)) == nil {
          empty(full)
          try? fs.remove(full)
        }
      }
    }
    empty(path(".cache"))
  }
}
