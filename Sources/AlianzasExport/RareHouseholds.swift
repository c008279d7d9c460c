import AlianzasDomain

/// Households whose quasi-identifiers (municipality × group × size) single out fewer than `k` of
/// them: their size becomes a band (the vulnerability flags, sensitive data, never reach this
/// export). Every household is counted first (`count`, as the rows stream by), then each row is
/// protected (`protect`) and every cell acted on goes into the report.
final class RareHouseholds {
  struct Cell: Hashable {
    var municipality: String
    var group: String
    /// The exact size, or its band when the cell is a coarsened one.
    var size: Int64
  }

  let k: Int
  /// Each alliance's municipality (DIVIPOLA), by alliance code.
  var municipalities: [String: String]
  private let code, group, members: Int?
  private var exact: [Cell: Int] = [:]
  private var reported = Set<Cell>()
  private(set) var report: [[ExportValue]] = []

  /// `columns`: the households table's, before the band is put in.
  init(columns: [ExportColumn], k: Int, municipalities: [String: String]) {
    func column(_ name: String) -> Int? { columns.firstIndex { $0.name == name } }
    self.k = k
    self.municipalities = municipalities
    code = column("alliance_code")
    group = column("group")
    members = column("members")
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

  static func band(_ members: Int64) -> Int32 { Int32(min(4, max(1, (members + 1) / 2))) }

  /// The households table with the band column after the size.
  func table(_ households: ExportTable) -> ExportTable {
    guard let members else { return households }
    var out = households
    out.columns.insert(
      ExportColumn(
        "household_size_band", Localized(es: "Tamaño del hogar (rango)", en: "Household size (band)"),
        .coded(Self.sizeBands)),
      at: members + 1)
    return out
  }

  static func reportTable(k: Int) -> ExportTable {
    ExportTable(
      name: "anonymization_report",
      label: Localized(es: "Informe de anonimización (k = \(k))", en: "Anonymization report (k = \(k))"),
      columns: [
        ExportColumn(
          "municipality_code", Localized(es: "Municipio (DIVIPOLA)", en: "Municipality (DIVIPOLA)"), .text),
        ExportColumn("group", Localized(es: "Grupo", en: "Group"), .coded(ExportCodeLists.group)),
        ExportColumn("size", Localized(es: "Tamaño del hogar", en: "Household size"), .text),
        ExportColumn(
          "households", Localized(es: "Hogares en la celda", en: "Households in the cell"), .integer),
        ExportColumn("action", Localized(es: "Medida", en: "Action"), .text),
      ])
  }

  private static func text(_ v: ExportValue) -> String {
    switch v {
    case .text(let t): t
    case .integer(let n): String(n)
    case .code(let c): String(c)
    default: "."
    }
  }

  private func cell(_ row: [ExportValue]) -> Cell? {
    guard let code, let group, let members else { return nil }
    let alliance = Self.text(row[code])
    var size: Int64 = 0
    if case .integer(let n) = row[members] { size = n }
    return Cell(
      municipality: municipalities[alliance] ?? alliance, group: Self.text(row[group]), size: size)
  }

  func count(_ row: [ExportValue]) {
    if let cell = cell(row) { exact[cell, default: 0] += 1 }
  }

  /// The row with its band put in, its exact size removed when its cell is rare.
  func protect(_ row: [ExportValue]) -> [ExportValue] {
    guard let members, let exactCell = cell(row) else { return row }
    var out = row
    out.insert(.code(Self.band(exactCell.size)), at: members + 1)
    let n = exact[exactCell] ?? 0
    guard n < k else { return out }
    out[members] = .missing
    if reported.insert(exactCell).inserted, let group {
      report.append([
        .text(exactCell.municipality), row[group], .text(String(exactCell.size)), .integer(Int64(n)),
        .text(Self.bandOnly),
      ])
    }
    return out
  }
}
