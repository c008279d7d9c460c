import Testing

@testable import AlianzasDomain

/// Harrell's concordance by the Fenwick tree equals the definition counted over every pair, on
/// random data with tied times, tied risks and censoring (the lifelines cases are in
/// SurvivalReferenceTests).
@Suite("Harrell's concordance")
struct ConcordanceTests {
  /// The definition, pair by pair: the oracle.
  static func pairwise(_ times: [Double], _ events: [Bool], _ risk: [Double]) -> Double {
    var concordant = 0.0, comparable = 0.0
    for i in times.indices where events[i] {
      for j in times.indices where j != i {
        guard times[i] < times[j] || (times[i] == times[j] && !events[j]) else { continue }
        comparable += 1
        if risk[i] > risk[j] { concordant += 1 } else if risk[i] == risk[j] { concordant += 0.5 }
      }
    }
    return comparable > 0 ? concordant / comparable : 0.5
  }

  @Test(arguments: 1...40)
  func equalsThePairwiseDefinition(_ seed: Int) {
    var rng = SeededGenerator(seed: UInt64(seed))
    let n = rng.int(0...300)
    // Few distinct times and risks, so ties of every kind occur.
    let times = (0..<n).map { _ in Double(rng.int(1...(seed % 3 == 0 ? 5 : 60))) }
    let events = (0..<n).map { _ in rng.chance(0.6) }
    let risk = (0..<n).map { _ in seed % 2 == 0 ? Double(rng.int(0...6)) : rng.normal(sd: 1) }
    let fast = CoxModel.concordance(times: times, events: events, risk: risk)
    #expect(abs(fast - Self.pairwise(times, events, risk)) < 1e-12, "n = \(n)")
    // Split in two halves of the risks as a large table is, the upper half starting from the
    // lower's counts: the same count.
    let split = CoxModel.concordance(times: times, events: events, risk: risk, splitFrom: 2)
    #expect(split == fast, "n = \(n), split")
  }

  @Test func edgeCases() {
    #expect(CoxModel.concordance(times: [], events: [], risk: []) == 0.5)
    #expect(CoxModel.concordance(times: [1, 2], events: [false, false], risk: [1, 2]) == 0.5)
    #expect(CoxModel.concordance(times: [1, 2, 3], events: [true, true, true], risk: [3, 2, 1]) == 1)
    #expect(CoxModel.concordance(times: [1, 2, 3], events: [true, true, true], risk: [1, 2, 3]) == 0)
    #expect(CoxModel.concordance(times: [1, 1], events: [true, false], risk: [5, 5]) == 0.5)
    #expect(CoxModel.concordance(times: [1, 1], events: [true, true], risk: [5, 1]) == 0.5, "not compared")
  }
}
