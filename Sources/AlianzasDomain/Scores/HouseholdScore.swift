/// What one household contributes to the figures: its group and its current survey's results.
public struct HouseholdScore: Hashable, Sendable, Codable {
  public var group: HouseholdGroup
  public var surveyed: Bool
  public var complete: Bool
  /// ELCSA category code 0–3, or 4 for incomplete; nil without a survey.
  public var elcsaSlot: Int?
  public var ppiScore: Int?
  /// Poverty likelihood per line in tenths of a percent, in the order of the scorecard's lines.
  public var likelihoodTenths: [Int]?
}

extension Instruments {
  public func score(_ household: Household) -> HouseholdScore {
    guard let survey = household.currentSurvey else {
      return HouseholdScore(
        group: household.group, surveyed: false, complete: false, elcsaSlot: nil, ppiScore: nil,
        likelihoodTenths: nil)
    }
    let elcsaResult = elcsa.score(
      answers: survey.elcsa, hasMinors: survey.hasMinors ?? (household.minors > 0))
    let ppiResult = ppi.score(answers: survey.ppi)
    var tenths: [Int]?
    if ppiResult.score != nil {
      tenths = ppi.lines.map { Int(((ppiResult.likelihood[$0.id] ?? 0) * 10).rounded()) }
    }
    return HouseholdScore(
      group: household.group, surveyed: true, complete: survey.status == .complete,
      elcsaSlot: elcsaResult.category?.rawValue ?? 4, ppiScore: ppiResult.score, likelihoodTenths: tenths)
  }
}

/// Household figures that add and subtract exactly (integers only), so a running total updated
/// one household at a time equals a total recomputed from scratch.
public struct HouseholdTally: Hashable, Sendable, Codable {
  public var households = 0
  public var beneficiaries = 0
  public var control = 0
  public var surveyed = 0
  public var completeSurveys = 0
  /// secure, mild, moderate, severe, incomplete.
  public var elcsa = [0, 0, 0, 0, 0]
  public var ppiScored = 0
  public var ppiScoreSum = 0
  public var likelihoodTenthsSum: [Int] = []

  public init() {}

  public mutating func add(_ s: HouseholdScore, sign: Int = 1) {
    households += sign
    if s.group == .beneficiary { beneficiaries += sign } else { control += sign }
    if s.surveyed { surveyed += sign }
    if s.complete { completeSurveys += sign }
    if let slot = s.elcsaSlot { elcsa[slot] += sign }
    if let score = s.ppiScore {
      ppiScored += sign
      ppiScoreSum += sign * score
    }
    if let tenths = s.likelihoodTenths {
      if likelihoodTenthsSum.count < tenths.count {
        likelihoodTenthsSum += Array(repeating: 0, count: tenths.count - likelihoodTenthsSum.count)
      }
      for (i, t) in tenths.enumerated() { likelihoodTenthsSum[i] += sign * t }
    }
  }

  public mutating func add(_ other: HouseholdTally, sign: Int = 1) {
    households += sign * other.households
    beneficiaries += sign * other.beneficiaries
    control += sign * other.control
    surveyed += sign * other.surveyed
    completeSurveys += sign * other.completeSurveys
    for i in 0..<5 { elcsa[i] += sign * other.elcsa[i] }
    ppiScored += sign * other.ppiScored
    ppiScoreSum += sign * other.ppiScoreSum
    if likelihoodTenthsSum.count < other.likelihoodTenthsSum.count {
      likelihoodTenthsSum += Array(
        repeating: 0, count: other.likelihoodTenthsSum.count - likelihoodTenthsSum.count)
    }
    for (i, t) in other.likelihoodTenthsSum.enumerated() { likelihoodTenthsSum[i] += sign * t }
  }

  public var meanPPIScore: Double? { ppiScored > 0 ? Double(ppiScoreSum) / Double(ppiScored) : nil }

  /// Mean poverty likelihood at the line with this index, in percent.
  public func povertyRate(lineIndex: Int) -> Double? {
    guard ppiScored > 0, lineIndex < likelihoodTenthsSum.count else { return nil }
    return Double(likelihoodTenthsSum[lineIndex]) / 10 / Double(ppiScored)
  }
}
