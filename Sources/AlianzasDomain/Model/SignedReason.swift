/// A step a person took on a record and had to give a reason for: when, by whom and why. Kept in
/// the record itself, so the reason travels with the data and shows in its history. Archiving a
/// household and unlocking a complete survey are such steps.
public struct SignedReason: Hashable, Sendable, Codable {
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
    unlocks = (unlocks ?? []) + [SignedReason(date: date, by: officer, reason: reason)]
    // An approved survey opened again is approved no longer: it waits for review anew.
    if review?.verdict == .approved {
      review = SupervisorReview(verdict: .pending, comment: reason, by: officer, date: date)
    }
  }
}
