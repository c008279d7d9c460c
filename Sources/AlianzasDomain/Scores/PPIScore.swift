/// A household's PPI result: a score only when all ten indicators are answered.
public struct PPIResult: Hashable, Sendable {
  public var score: Int?
  /// Points of the answered indicators, shown while the form is being filled.
  public var partialPoints: Int
  /// Indicator numbers (1-based) still unanswered or with an unknown option.
  public var missing: [Int]
  public var bandMin: Int?
  public var bandMax: Int?
  /// Percent likelihood by line id; empty while the score is unknown.
  public var likelihood: [String: Double]

  public func likelihood(line: String) -> Double? { likelihood[line] }
}

extension PPIDefinition {
  public func score(answers: [String?]) -> PPIResult {
    var points = 0
    var missing: [Int] = []
    for (index, indicator) in indicators.enumerated() {
      if index < answers.count, let code = answers[index], let option = indicator.option(code: code) {
        points += option.points
      } else {
        missing.append(index + 1)
      }
    }
    guard missing.isEmpty, let band = band(for: points) else {
      return PPIResult(
        score: nil, partialPoints: points, missing: missing, bandMin: nil, bandMax: nil, likelihood: [:])
    }
    return PPIResult(
      score: points, partialPoints: points, missing: [], bandMin: band.min, bandMax: band.max,
      likelihood: band.likelihood)
  }

  /// A group's poverty rate at `line`: the mean of its households' likelihoods (never the
  /// likelihood of the mean score), in percent; nil for an empty group.
  public func povertyRate(_ results: [PPIResult], line: String) -> Double? {
    let values = results.compactMap { $0.likelihood[line] }
    return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
  }
}
