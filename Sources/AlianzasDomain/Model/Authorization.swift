/// The titular's authorization to process the household's data (Ley 1581 de 2012, art. 9;
/// Decreto 1377 de 2013, arts. 5–7): prior, express and informed, obtained no later than the
/// data, and kept so it can be consulted later — when, by whom, how and for what.
public struct Authorization: Hashable, Sendable, Codable {
  public var date: Day
  /// The officer who obtained it.
  public var officer: String
  public var means: Means
  public var scope: [Scope]

  public init(date: Day, officer: String, means: Means = .written, scope: [Scope] = [.surveys]) {
    self.date = date
    self.officer = officer
    self.means = means
    self.scope = scope.sorted()
  }

  /// How it was given; each can be consulted later (art. 7 of the decree): a signed form, a
  /// recorded statement, or an unequivocal conduct noted by the officer.
  public enum Means: String, CaseIterable, Sendable, Codable {
    case written, oral, conduct

    public var label: Localized {
      switch self {
      case .written: Localized(es: "Escrita", en: "Written")
      case .oral: Localized(es: "Verbal", en: "Oral")
      case .conduct: Localized(es: "Conducta inequívoca", en: "Unequivocal conduct")
      }
    }
  }

  /// What it covers.
  public enum Scope: String, CaseIterable, Sendable, Codable, Comparable {
    /// Collecting and processing the household's data and surveys for the program's monitoring.
    case surveys
    /// Ethnic origin and displacement: sensitive data, authorized explicitly and optional to answer.
    case sensitiveData
    /// Handing anonymized figures on to researchers.
    case research

    public static func < (a: Scope, b: Scope) -> Bool { a.rawValue < b.rawValue }
  }

  public func covers(_ scope: Scope) -> Bool { self.scope.contains(scope) }
}

/// Why the law stops a step on a household's data; the interface says it and does not take the step.
public enum ConsentIssue: Hashable, Sendable {
  case noAuthorization
  case notForSurveys
  case after(Day)
  case noSensitiveAuthorization

  public var reason: Localized {
    switch self {
    case .noAuthorization:
      Localized(
        es: "falta la autorización del titular (Ley 1581): regístrela con e en el hogar",
        en: "no titular's authorization (Ley 1581): record it with e on the household")
    case .notForSurveys:
      Localized(
        es: "la autorización del titular no cubre las encuestas",
        en: "the titular's authorization does not cover surveys")
    case .after(let day):
      Localized(
        es: "la autorización es del \(day.iso), posterior a la encuesta: debe obtenerse antes",
        en: "the authorization is of \(day.iso), after the survey: it must come first")
    case .noSensitiveAuthorization:
      Localized(
        es:
          "dato sensible: requiere que la autorización del titular cubra datos sensibles (y es opcional responder)",
        en:
          "sensitive data: the titular's authorization must cover sensitive data (and answering is optional)")
    }
  }
}

extension Household {
  /// Why `survey` cannot be completed now; nil when it can. Asked when an officer completes a
  /// survey, not when a file is read: records made before the rule keep opening.
  public func consentIssue(completing survey: Survey) -> ConsentIssue? {
    guard let authorization else { return .noAuthorization }
    guard authorization.covers(.surveys) else { return .notForSurveys }
    if authorization.date > survey.date { return .after(authorization.date) }
    return nil
  }

  /// Whether ethnic origin and displacement may be recorded and handed on for this household.
  public var authorizesSensitive: Bool { authorization?.covers(.sensitiveData) ?? false }
}
