import Testing

@testable import AlianzasDomain

/// The vectorized partial likelihood against its textbook form, written plainly here: for every
/// event time, the risk set's sums and, for Efron, one term per death (Therneau & Grambsch,
/// "Modeling Survival Data", §3.3). Covariate counts on both sides of the 8-lane vectors (3, 8, 9,
/// 12), heavy ties, Efron and Breslow, at β = 0 and at random β, in one pass and in slices.
@Suite("Cox partial likelihood against its definition")
struct CoxProblemTests {
  struct Value {
    var ll = 0.0
    var gradient: [Double]
    var information: [[Double]]
  }

  static func textbook(
    times: [Double], events: [Bool], x: [[Double]], beta: [Double], ties: CoxTies
  ) -> Value {
    let p = beta.count
    var value = Value(
      gradient: Array(repeating: 0, count: p),
      information: Array(repeating: Array(repeating: 0, count: p), count: p))
    let w = x.map { row in _exp(zip(row, beta).reduce(0) { $0 + $1.0 * $1.1 }) }
    for t in Set(zip(times, events).filter(\.1).map(\.0)).sorted() {
      let deaths = times.indices.filter { times[$0] == t && events[$0] }
      let risk = times.indices.filter { times[$0] >= t }
      func sums(_ set: [Int]) -> (Double, [Double], [[Double]]) {
        var s0 = 0.0, s1 = Array(repeating: 0.0, count: p)
        var s2 = Array(repeating: Array(repeating: 0.0, count: p), count: p)
        for i in set {
          s0 += w[i]
          for a in 0..<p {
            s1[a] += w[i] * x[i][a]
            for b in 0..<p { s2[a][b] += w[i] * x[i][a] * x[i][b] }
          }
        }
        return (s0, s1, s2)
      }
      let (r0, r1, r2) = sums(risk), (d0, d1, d2) = sums(deaths)
      for i in deaths {
        value.ll += zip(x[i], beta).reduce(0) { $0 + $1.0 * $1.1 }
        for a in 0..<p { value.gradient[a] += x[i][a] }
      }
      for l in 0..<deaths.count {
        let f = ties == .efron ? Double(l) / Double(deaths.count) : 0
        let a0 = r0 - f * d0
        value.ll -= _log(a0)
        for a in 0..<p {
          let a1 = r1[a] - f * d1[a]
          value.gradient[a] -= a1 / a0
          for b in 0..<p {
            let b1 = r1[b] - f * d1[b]
            value.information[a][b] += (r2[a][b] - f * d2[a][b]) / a0 - a1 * b1 / (a0 * a0)
          }
        }
      }
    }
    return value
  }

  @Test(arguments: [3, 8, 9, 12], [CoxTies.efron, .breslow])
  func vectorsEqualTheDefinition(_ p: Int, _ ties: CoxTies) {
    var rng = SeededGenerator(seed: UInt64(p * 31 + (ties == .efron ? 1 : 2)))
    let n = 150
    // Whole days in a short span: many subjects share a time, and several die at it.
    let times = (0..<n).map { _ in Double(Int(rng.unit() * 20)) }
    let events = (0..<n).map { _ in rng.unit() < 0.7 }
    let x = (0..<n).map { _ in (0..<p).map { _ in rng.unit() * 2 - 1 } }
    let order = RadixOrder.order(times, descending: true)
    // In one pass, and split in slices as a large table is (the slices' sums gathered after).
    let problems = [20_000, 1].map { parallelRows in
      CoxProblem(
        times: times, events: events, flat: x.flatMap { $0 }, means: Array(repeating: 0, count: p),
        order: order, ties: ties, parallelRows: parallelRows)
    }
    for beta in [Array(repeating: 0.0, count: p), (0..<p).map { _ in rng.unit() - 0.5 }] {
      for problem in problems {
        let ours = problem.evaluate(beta)
        let expected = Self.textbook(times: times, events: events, x: x, beta: beta, ties: ties)
        #expect(abs(ours.logLikelihood - expected.ll) < 1e-9 * abs(expected.ll))
        for a in 0..<p {
          #expect(
            abs(ours.gradient[a] - expected.gradient[a]) < 1e-9 * max(1, abs(expected.gradient[a])), "∂\(a)")
          for b in 0..<p {
            let scale = max(1, abs(expected.information[a][b]))
            #expect(abs(ours.information[a][b] - expected.information[a][b]) < 1e-9 * scale, "I[\(a)][\(b)]")
          }
        }
      }
    }
  }
}
