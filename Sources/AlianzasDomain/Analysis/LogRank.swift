/// The log-rank test that k survival curves are equal.
public struct LogRankResult: Hashable, Sendable {
  public var chi2: Double
  public var df: Int
  public var p: Double
  public var observed: [Double]
  public var expected: [Double]
}

public enum LogRank {
  /// Mantel (1966) / Peto log-rank: at each event time, observed minus expected events per group
  /// with the hypergeometric covariance; chi² = (O − E)ᵀ V⁻¹ (O − E) over k − 1 groups.
  /// Returns nil with fewer than two non-empty groups or a degenerate covariance.
  public static func test(_ groups: [[SurvivalObservation]]) -> LogRankResult? {
    let groups = groups.filter { !$0.isEmpty }
    let k = groups.count
    guard k >= 2 else { return nil }
    var unsorted: [(time: Double, event: Bool, group: Int)] = []
    for (g, members) in groups.enumerated() { unsorted += members.map { ($0.time, $0.event, g) } }
    // Ordered by time with the radix order: a comparing sort was most of this at 600,000 rows.
    let all = RadixOrder.order(unsorted.map(\.time)).map { unsorted[$0] }
    var atRisk = groups.map(\.count)
    var observed = Array(repeating: 0.0, count: k)
    var expected = Array(repeating: 0.0, count: k)
    var v = Array(repeating: Array(repeating: 0.0, count: k), count: k)
    var deaths = Array(repeating: 0, count: k), leaving = Array(repeating: 0, count: k)
    var index = 0
    while index < all.count {
      let time = all[index].time
      for j in 0..<k {
        deaths[j] = 0
        leaving[j] = 0
      }
      while index < all.count && all[index].time == time {
        if all[index].event { deaths[all[index].group] += 1 }
        leaving[all[index].group] += 1
        index += 1
      }
      let d = Double(deaths.reduce(0, +))
      let n = Double(atRisk.reduce(0, +))
      if d > 0 {
        for j in 0..<k {
          let nj = Double(atRisk[j])
          observed[j] += Double(deaths[j])
          expected[j] += d * nj / n
          if n > 1 {
            for l in 0..<k {
              let nl = Double(atRisk[l])
              v[j][l] += d * (n - d) / (n - 1) * (nj / n) * ((j == l ? 1 : 0) - nl / n)
            }
          }
        }
      }
      for j in 0..<k { atRisk[j] -= leaving[j] }
    }
    let difference = (0..<(k - 1)).map { observed[$0] - expected[$0] }
    let reduced = (0..<(k - 1)).map { i in (0..<(k - 1)).map { v[i][$0] } }
    guard let inverse = SymmetricMatrix.inverse(reduced) else { return nil }
    let chi2 = zip(difference, SymmetricMatrix.multiply(inverse, difference)).reduce(0) { $0 + $1.0 * $1.1 }
    return LogRankResult(
      chi2: chi2, df: k - 1, p: Distributions.chiSquareUpperTail(chi2, df: Double(k - 1)), observed: observed,
      expected: expected)
  }
}
