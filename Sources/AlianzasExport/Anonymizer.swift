import AlianzasDomain
import Crypto
import Foundation

/// The research export: tables with no names, no document numbers and no free text; households
/// and surveys under keyed pseudonyms (HMAC-SHA-256 with a key kept outside the exports, so one
/// household keeps its pseudonym from one export to the next and two stores never share one);
/// dates to the month when asked; and households whose quasi-identifiers (municipality, group,
/// vulnerability, size) single out fewer than `k` of them coarsened, then suppressed, with a
/// report of each such cell.
public struct Anonymizer: Sendable {
  public var key: SymmetricKey
  public var monthDates: Bool
  public var k: Int

  public init(key: SymmetricKey, monthDates: Bool = false, k: Int = 5) {
    self.key = key
    self.monthDates = monthDates
    self.k = max(1, k)
  }

  /// Columns that name or describe a person, or hold what someone typed freely.
  static let dropped: Set<String> = [
    "head_name", "document_number", "village", "officer", "observations", "note", "cause_detail",
  ]
  /// Columns that identify a household or one of its surveys.
  static let pseudonymous: Set<String> = ["household_code", "survey_id"]

  public func pseudonym(_ kind: String, _ value: String) -> String {
    let mac = HMAC<SHA256>.authenticationCode(for: Data((kind + "|" + value).utf8), using: key)
    let hex = mac.prefix(8).map { String(format: "%02x", $0) }.joined()
    return (kind == "survey_id" ? "S-" : "H-") + hex
  }

  public func apply(_ tables: [ExportTable], municipalities: [String: String]) -> [ExportTable] {
    var out: [ExportTable] = []
    var report: ExportTable?
    for var table in tables {
      if table.name == "households" {
        (table, report) = protectRareHouseholds(table, municipalities: municipalities)
      }
      out.append(strip(table))
    }
    return out + (report.map { [$0] } ?? [])
  }

  /// Drops identifying columns, puts pseudonyms in place of codes, and dates to the month.
  func strip(_ table: ExportTable) -> ExportTable {
    let keep = table.columns.indices.filter { !Self.dropped.contains(table.columns[$0].name) }
    var result = ExportTable(name: table.name, label: table.label, columns: keep.map { table.columns[$0] })
    result.rows = table.rows.map { row in
      keep.map { i in
        let name = table.columns[i].name
        switch row[i] {
        case .text(let t) where Self.pseudonymous.contains(name): return .text(pseudonym(name, t))
        case .date(let d) where monthDates:
          let (y, m, _) = d.components
          return .date(Day(iso: String(format: "%04d-%02d-01", y, m)) ?? d)
        default: return row[i]
        }
      }
    }
    return result
  }

  static let sizeBands = ExportCodes(
    "household_size_band",
    [
      ("1-2", Localized(es: "1 a 2 personas", en: "1 to 2 persons")),
      ("3-4", Localized(es: "3 a 4 personas", en: "3 to 4 persons")),
      ("5-6", Localized(es: "5 a 6 personas", en: "5 to 6 persons")),
      ("7+", Localized(es: "7 o más personas", en: "7 or more persons")),
    ])

  static let bandOnly = "size_to_band"
  static let bandAndSuppress = "size_to_band+vulnerability_suppressed"

  static func band(_ members: Int64) -> Int32 { Int32(min(4, max(1, (members + 1) / 2))) }

  /// Households whose municipality × group × vulnerability × size is shared by fewer than `k`:
  /// their size becomes a band; those still fewer than `k` lose their vulnerability flags too.
  /// Returns the table and the report of every cell that was acted on.
  func protectRareHouseholds(_ table: ExportTable, municipalities: [String: String]) -> (
    ExportTable, ExportTable
  ) {
    func column(_ name: String) -> Int? { table.columns.firstIndex { $0.name == name } }
    var report = ExportTable(
      name: "anonymization_report",
      label: Localized(es: "Informe de anonimización (k = \(k))", en: "Anonymization report (k = \(k))"),
      columns: [
        ExportColumn(
          "municipality_code", Localized(es: "Municipio (DIVIPOLA)", en: "Municipality (DIVIPOLA)"), .text),
        ExportColumn("group", Localized(es: "Grupo", en: "Group"), .coded(ExportCodeLists.group)),
        ExportColumn(
          "vulnerability",
          Localized(
            es: "Desplazado, afrocolombiano, indígena (1 sí, 0 no)",
            en: "Displaced, Afro-Colombian, Indigenous (1 yes, 0 no)"),
          .text),
        ExportColumn("size", Localized(es: "Tamaño del hogar", en: "Household size"), .text),
        ExportColumn(
          "households", Localized(es: "Hogares en la celda", en: "Households in the cell"), .integer),
        ExportColumn("action", Localized(es: "Medida", en: "Action"), .text),
      ])
    guard let code = column("alliance_code"), let group = column("group"), let members = column("members")
    else {
      return (table, report)
    }
    let flags = ["displaced", "afro_colombian", "indigenous"].compactMap(column)
    var result = table
    let bandColumn = ExportColumn(
      "household_size_band", Localized(es: "Tamaño del hogar (rango)", en: "Household size (band)"),
      .coded(Self.sizeBands))
    result.columns.insert(bandColumn, at: members + 1)
    func text(_ v: ExportValue) -> String {
      switch v {
      case .text(let t): t
      case .integer(let n): String(n)
      case .code(let c): String(c)
      default: "."
      }
    }
    func municipality(_ row: [ExportValue]) -> String { municipalities[text(row[code])] ?? text(row[code]) }
    func vulnerability(_ row: [ExportValue]) -> String { flags.map { text(row[$0]) }.joined() }
    func size(_ row: [ExportValue]) -> Int64 {
      if case .integer(let n) = row[members] { return n }
      return 0
    }
    // First pass: exact sizes.
    var exact: [String: Int] = [:]
    let keyExact = { (row: [ExportValue]) in
      [municipality(row), text(row[group]), vulnerability(row), String(size(row))].joined(separator: "|")
    }
    for row in table.rows { exact[keyExact(row), default: 0] += 1 }
    let keyBand = { (row: [ExportValue]) in
      [municipality(row), text(row[group]), vulnerability(row), String(Self.band(size(row)))].joined(
        separator: "|")
    }
    var banded: [String: Int] = [:]
    for row in table.rows where exact[keyExact(row)]! < k { banded[keyBand(row), default: 0] += 1 }
    var reported = Set<String>()
    result.rows = table.rows.map { row in
      var out = row
      out.insert(.code(Self.band(size(row))), at: members + 1)
      let cell = keyExact(row)
      guard exact[cell]! < k else { return out }
      out[members] = .missing
      let coarse = keyBand(row)
      let alsoFlags = banded[coarse]! < k
      // The flags sit after the size, one place further on once the band is in.
      if alsoFlags { for f in flags { out[f > members ? f + 1 : f] = .missing } }
      if reported.insert(cell).inserted {
        report.rows.append([
          .text(municipality(row)), row[group], .text(vulnerability(row)), .text(String(size(row))),
          .integer(Int64(exact[cell]!)),
          .text(alsoFlags ? Self.bandAndSuppress : Self.bandOnly),
        ])
      }
      return out
    }
    return (result, report)
  }
}
