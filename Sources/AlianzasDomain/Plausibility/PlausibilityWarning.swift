/// A value that breaks no rule but deserves a second look, found by a plausibility rule.
public struct PlausibilityWarning: Hashable, Sendable {
  public var rule: PlausibilityRule.Check
  /// The form field it belongs next to.
  public var field: String
  /// The record it is about inside the alliance (a visit's id), or "" for the alliance itself.
  public var subject: String
  /// The figures it was raised on: a confirmation holds while they stay the same.
  public var fingerprint: String
  public var message: Localized
}

/// A person looked at a warning and confirmed the value: who, when, and on which figures.
public struct PlausibilityConfirmation: Hashable, Sendable, Codable {
  public var rule: PlausibilityRule.Check
  public var subject: String
  public var fingerprint: String
  public var by: String
  public var date: Day

  public init(rule: PlausibilityRule.Check, subject: String, fingerprint: String, by: String, date: Day) {
    self.rule = rule
    self.subject = subject
    self.fingerprint = fingerprint
    self.by = by
    self.date = date
  }
}
