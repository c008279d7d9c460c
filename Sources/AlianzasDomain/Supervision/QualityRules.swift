/// The data-quality checks, read from `data/rules/quality.json`: each with its severity, its
/// thresholds and its finding's words (`{0}`, `{1}`… are the figures it quotes).
public struct QualityRules: Hashable, Sendable, Codable {
  public struct Check: Hashable, Sendable, Codable {
    public enum ID: String, Hashable, Sendable, Codable, CaseIterable {
      case missingForStage, deliveryOutlier, priceOutlier, plausibility, duplicateHousehold,
        sameAnswerThroughout, answeredTooFast, completedWithoutAuthorization
    }

    public var id: ID
    /// 1 low, 2 medium, 3 high.
    public var severity: Int
    public var threshold: Double?
    public var minimum: Int?
    /// For the outlier checks: how far from the median, as a share of it, a value must also be.
    /// A steady alliance's MAD is tiny, and a price 4 % off its usual is no news to a supervisor.
    public var share: Double?
    /// Requirements the completeness check leaves to other checks (an agreement lost to a rupture).
    public var ignore: [String]?
    public var message: Localized

    func text(_ figures: [Localized]) -> Localized {
      message.filled(figures)
    }
  }

  public var checks: [Check]

  public func check(_ id: Check.ID) -> Check? { checks.first { $0.id == id } }
}

/// What a check found: which check, how serious, where (the alliance, and the record inside it
/// when it is about one) and why, in both languages.
public struct QualityFinding: Hashable, Sendable {
  public var check: QualityRules.Check.ID
  public var severity: Int
  public var allianceCode: String
  /// The survey, visit or rupture it is about, when it is about one.
  public var target: SupervisionTarget?
  public var message: Localized
}
