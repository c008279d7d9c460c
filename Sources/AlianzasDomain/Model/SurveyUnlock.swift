/// A complete survey opened again for changes: when, by whom and why. Kept in the survey itself,
/// so the reason travels with the data and shows in its history.
public struct SurveyUnlock: Hashable, Sendable, Codable {
  public var date: Day
  public var by: String
  public var reason: String

  public init(date: Day, by: String, reason: String) {
    self.date = date
    self.by = by
    self.reason = reason
  }
}

extension Survey {
  /// Opens a complete survey for changes: it is a draft again (out of the complete counts until
  /// completed again) and the unlock is recorded with its reason.
  public mutating func unlock(on date: Day, by officer: String, reason: String) {
    guard status == .complete else { return }
    status = .draft
    unlocks = (unlocks ?? []) + [SurveyUnlock(date: date, by: officer, reason: reason)]
  }
}
