import AlianzasDomain

/// What a person asked to export from a list: the table, the rows shown (with their filters, in
/// their order), the file kind and where. The runtime writes it and answers `exported` or
/// `exportFailed`; the interface writes no file.
public struct ExportRequest: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// An Excel workbook.
    case xlsx
    /// CSV for a Spanish spreadsheet (";", decimal comma, byte-order mark).
    case csv

    var label: T { self == .xlsx ? .exportKindXlsx : .exportKindCsv }
  }

  public var table: String
  /// The alliance whose households are exported (for `households`).
  public var scope: String?
  public var codes: [String]
  public var kind: Kind
  public var path: String
  /// The language of the labels written (the interface's).
  public var language: Language

  public init(
    table: String, scope: String? = nil, codes: [String], kind: Kind, path: String, language: Language
  ) {
    self.table = table
    self.scope = scope
    self.codes = codes
    self.kind = kind
    self.path = path
    self.language = language
  }
}
