/// One household survey: ELCSA food security, the PPI poverty scorecard and incomes.
public struct Survey: Hashable, Sendable, Codable, Identifiable {
  public var id: RecordID
  public var stamp: RecordStamp
  public var date: Day
  public var enumerator: String
  /// The ELCSA screener: are there members under 18? nil until asked.
  public var hasMinors: Bool?
  /// ELCSA items 1–15 in order; nil is "not asked yet".
  public var elcsa: [ElcsaAnswer?]
  /// PPI indicators 1–10 in order, as option codes (`A`, `B`, …); nil is "not asked yet".
  public var ppi: [String?]
  public var incomeTotal: Pesos?
  public var incomeFromProduct: Pesos?
  public var status: SurveyStatus
  /// Each time the survey was opened again after being completed, with the reason.
  public var unlocks: [SignedReason]? = nil
  /// The supervisor's verdict and the officer's answer; nil until reviewed.
  public var review: SupervisorReview? = nil
  /// When the first answer was typed and when the survey was last completed, on the laptop's
  /// clock: what the quality check for a survey answered implausibly fast reads. nil on surveys
  /// recorded before the times were kept, or brought in from elsewhere.
  public var startedAt: Timestamp? = nil
  public var completedAt: Timestamp? = nil
  /// The sample this round belongs to; nil is routine monitoring (and is not written, so the files
  /// of monitoring surveys stay as they were).
  public var sample: SurveySample? = nil

  /// The sample, monitoring when unmarked.
  public var drawnFor: SurveySample { sample ?? .monitoring }

  public static let elcsaItemCount = 15
  public static let ppiIndicatorCount = 10

  public init(
    id: RecordID, stamp: RecordStamp, date: Day, enumerator: String, hasMinors: Bool? = nil,
    elcsa: [ElcsaAnswer?] = Array(repeating: nil, count: Survey.elcsaItemCount),
    ppi: [String?] = Array(repeating: nil, count: Survey.ppiIndicatorCount),
    incomeTotal: Pesos? = nil, incomeFromProduct: Pesos? = nil, status: SurveyStatus = .draft
  ) {
    self.id = id
    self.stamp = stamp
    self.date = date
    self.enumerator = enumerator
    self.hasMinors = hasMinors
    self.elcsa = elcsa
    self.ppi = ppi
    self.incomeTotal = incomeTotal
    self.incomeFromProduct = incomeFromProduct
    self.status = status
  }
}

public enum ElcsaAnswer: String, CaseIterable, Sendable, Codable {
  case yes = "si"
  case no = "no"
  case dontKnow = "noSabe"
  case refused = "noResponde"

  public var label: Localized {
    switch self {
    case .yes: Localized(es: "Sí", en: "Yes")
    case .no: Localized(es: "No", en: "No")
    case .dontKnow: Localized(es: "No sabe", en: "Don't know")
    case .refused: Localized(es: "No responde", en: "Refused")
    }
  }
}

public enum SurveyStatus: String, CaseIterable, Sendable, Codable {
  case draft, complete

  public var label: Localized {
    switch self {
    case .draft: Localized(es: "Borrador", en: "Draft")
    case .complete: Localized(es: "Completa", en: "Complete")
    }
  }
}
