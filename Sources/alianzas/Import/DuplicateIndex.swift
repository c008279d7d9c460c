import AlianzasDomain

/// The households an import compares a new one with, to find a possible duplicate: every
/// household of the store, and each one this file's accepted rows create. It holds an entry for
/// every household, so it is kept small: texts are kept by their 64-bit hash (two different codes,
/// documents or names sharing one is about one chance in ten thousand million at national scale),
/// and a household a row created is found again through its row rather than copied.
struct DuplicateIndex {
  /// What a message and `distinctFrom` need of a household the index found.
  struct Found {
    var id: RecordID
    var code: String
    var alliance: String
    var document: String
  }

  private enum Place {
    case stored(Int32)
    case row(Int32)
  }

  let sheet: ImportSheet
  private var stored: [Found] = []
  private var codes: [Int: Place] = [:]
  private var documents: [Int: Place] = [:]
  private var names: [Int: Place] = [:]

  init(sheet: ImportSheet) { self.sheet = sheet }

  static func hash(_ text: String) -> Int {
    var hasher = Hasher()
    hasher.combine(text)
    return hasher.finalize()
  }

  /// Head's name and village, folded, within a municipality: what two records of one family
  /// share when their documents cannot tell them apart.
  static func nameKey(name: String, village: String, municipality: String) -> String {
    [name, village].map { ImportCell.folded($0).split(separator: " ").joined(separator: " ") }
      .joined(separator: "\u{1F}") + "\u{1F}" + municipality
  }

  /// A household the store has (or one a row changed): kept with its texts.
  mutating func add(_ h: Household, alliance: String, municipality: String) {
    stored.append(Found(id: h.id, code: h.code, alliance: alliance, document: h.documentNumber))
    let place = Place.stored(Int32(stored.count - 1))
    codes[Self.hash(h.code)] = place
    if !h.documentNumber.isEmpty { documents[Self.hash(h.documentNumber)] = place }
    if !h.headName.isEmpty {
      names[Self.hash(Self.nameKey(name: h.headName, village: h.village, municipality: municipality))] = place
    }
  }

  /// A household row `row` of the file created: found again through the row.
  mutating func add(row: Int, _ h: Household, municipality: String) {
    let place = Place.row(Int32(row))
    codes[Self.hash(h.code)] = place
    if !h.documentNumber.isEmpty { documents[Self.hash(h.documentNumber)] = place }
    if !h.headName.isEmpty {
      names[Self.hash(Self.nameKey(name: h.headName, village: h.village, municipality: municipality))] = place
    }
  }

  func byCode(_ code: String) -> Found? { codes[Self.hash(code)].map(found) }
  func byDocument(_ document: String) -> Found? { documents[Self.hash(document)].map(found) }
  func byName(_ key: String) -> Found? { names[Self.hash(key)].map(found) }

  private func found(_ place: Place) -> Found {
    switch place {
    case .stored(let i): return stored[Int(i)]
    case .row(let i):
      let row = sheet.row(Int(i))
      let alliance = row.text("alliance_code") ?? "", code = row.text("household_code") ?? ""
      return Found(
        id: ImportWork.id("household", alliance, code), code: code, alliance: alliance,
        document: row.text("document_number") ?? "")
    }
  }
}
