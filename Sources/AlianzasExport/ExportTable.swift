import AlianzasDomain

/// One table of an export: named columns and rows of values, the same for every format. The
/// writers (CSV, Excel, Stata, SPSS) only decide how each kind of value is written.
public struct ExportTable: Sendable {
  /// snake_case, English: the file or sheet name (`alliances`, `survey_answers`).
  public var name: String
  public var label: Localized
  public var columns: [ExportColumn]
  public var rows: [[ExportValue]]

  public init(name: String, label: Localized, columns: [ExportColumn], rows: [[ExportValue]] = []) {
    self.name = name
    self.label = label
    self.columns = columns
    self.rows = rows
  }
}

/// A column: its stable name, its label in both languages, its kind and unit.
public struct ExportColumn: Sendable {
  public enum Kind: Sendable, Equatable {
    case integer
    case decimal
    case text
    /// A day, written as a real date where the format has dates.
    case date
    /// Whole pesos.
    case pesos
    /// A code with a label per value (value labels in Stata and SPSS).
    case coded(ExportCodes)
  }

  public var name: String
  public var label: Localized
  public var kind: Kind
  public var unit: String

  public init(_ name: String, _ label: Localized, _ kind: Kind, unit: String = "") {
    self.name = name
    self.label = label
    self.kind = kind
    self.unit = unit
  }
}

extension ExportColumn {
  /// The keys that join the tables: the same name and label in every table.
  static let allianceCode = ExportColumn(
    "alliance_code", Localized(es: "Código de la alianza", en: "Alliance code"), .text)
  static let householdCode = ExportColumn(
    "household_code", Localized(es: "Código del hogar", en: "Household code"), .text)
  /// A survey's identity, date and state, the same in the long and the wide answers.
  static let surveyColumns = [
    ExportColumn("survey_id", Localized(es: "Encuesta", en: "Survey"), .text),
    ExportColumn("survey_date", Localized(es: "Fecha de la encuesta", en: "Survey date"), .date),
    ExportColumn(
      "survey_status", Localized(es: "Estado de la encuesta", en: "Survey status"),
      .coded(ExportCodeLists.surveyStatus)),
    ExportColumn(
      "survey_sample", Localized(es: "Muestra de la encuesta", en: "Survey sample"),
      .coded(ExportCodeLists.surveySample)),
  ]
}

/// A coded variable's values: an integer per code, with the code as stored and its label.
public struct ExportCodes: Sendable, Equatable {
  public struct Code: Sendable, Equatable {
    public var value: Int32
    public var raw: String
    public var label: Localized
  }

  /// The label set's name in Stata and SPSS (`stage`, `elcsa_answer`).
  public var name: String
  public var codes: [Code]

  public init(_ name: String, _ codes: [(raw: String, label: Localized)], from first: Int32 = 1) {
    self.name = name
    self.codes = codes.enumerated().map {
      Code(value: first + Int32($0.offset), raw: $0.element.raw, label: $0.element.label)
    }
  }

  public func value(of raw: String) -> ExportValue {
    codes.first { $0.raw == raw }.map { .code($0.value) } ?? .missing
  }

  public func code(_ value: Int32) -> Code? { codes.first { $0.value == value } }
}

/// One cell.
public enum ExportValue: Sendable, Equatable {
  case missing
  case integer(Int64)
  case decimal(Double)
  case text(String)
  case date(Day)
  case code(Int32)

  public static func of(_ n: Int?) -> ExportValue { n.map { .integer(Int64($0)) } ?? .missing }
  public static func of(_ d: Double?) -> ExportValue {
    d.map { $0.isFinite ? .decimal($0) : .missing } ?? .missing
  }
  public static func of(_ p: Pesos?) -> ExportValue { p.map { .integer($0.amount) } ?? .missing }
  public static func of(_ d: Day?) -> ExportValue { d.map { .date($0) } ?? .missing }
  public static func of(_ b: Bool?) -> ExportValue { b.map { .code($0 ? 1 : 0) } ?? .missing }
  public static func of(_ s: String?) -> ExportValue { s.map { .text($0) } ?? .missing }
}
