import Foundation

/// One plausibility rule, read from `data/rules/plausibility.json`: which check, next to which
/// form field it shows, its threshold and its message in both languages ({0}, {1}, {2} are the
/// figures it quotes).
public struct PlausibilityRule: Hashable, Sendable, Codable {
  public enum Check: String, Hashable, Sendable, Codable, CaseIterable {
    case familiesAboveMembers, tranchesAboveIncentive, marginBeforeExecution, marginYearBeforeExecution,
      deliveryAboveAgreed,
      priceFarFromHistory
  }

  public var id: Check
  /// The form field it is shown next to (`op.members`, `f.im`, `visit.kg`…).
  public var field: String
  public var threshold: Double?
  public var message: Localized

  /// The message with its figures in place.
  func text(_ figures: [Localized]) -> Localized {
    message.filled(figures)
  }
}

/// The rules file.
public struct PlausibilityRules: Hashable, Sendable, Codable {
  public var rules: [PlausibilityRule]

  public init(rules: [PlausibilityRule]) { self.rules = rules }

  func rule(_ check: PlausibilityRule.Check) -> PlausibilityRule? { rules.first { $0.id == check } }
}
