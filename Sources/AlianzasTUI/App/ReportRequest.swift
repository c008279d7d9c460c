import AlianzasDomain

/// A report asked for from the interface: national, one department's or one alliance's, in the
/// interface's language, to a file. The runtime writes it and answers `reported` or
/// `reportFailed`; the interface writes no file.
public struct ReportRequest: Hashable, Sendable {
  /// What the report covers.
  public enum Scope: Hashable, Sendable {
    case national
    /// One department, by its DIVIPOLA code.
    case department(String)
    /// One alliance's committee report, by its code.
    case alliance(String)
  }

  public var scope: Scope
  public var path: String
  public var language: Language

  public init(scope: Scope, path: String, language: Language) {
    self.scope = scope
    self.path = path
    self.language = language
  }
}
