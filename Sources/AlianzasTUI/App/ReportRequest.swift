import AlianzasDomain

/// A report asked for from the interface: national, or one department's (its DIVIPOLA code), in
/// the interface's language, to a file. The runtime writes it and answers `reported` or
/// `reportFailed`; the interface writes no file.
public struct ReportRequest: Hashable, Sendable {
  public var department: String?
  public var path: String
  public var language: Language

  public init(department: String?, path: String, language: Language) {
    self.department = department
    self.path = path
    self.language = language
  }
}
