import Testing

@testable import AlianzasDomain

/// The radix order must be the comparison sort's, stable, on every kind of key the analyses meet:
/// negatives, both zeros, repeated values, whole days and continuous risks, small and large tables.
@Suite("Radix order of keys")
struct RadixOrderTests {
  static func expected(_ keys: [Double], descending: Bool) -> [Int] {
    keys.indices.sorted { a, b in
      let (x, y) = (keys[a] + 0.0, keys[b] + 0.0)
      if x != y { return descending ? x > y : x < y }
      return a < b
    }
  }

  @Test(arguments: [0, 1, 2, 10, 255, 256, 300, 5_000, 40_000])
  func equalsAStableComparisonSort(_ n: Int) {
    var rng = SeededGenerator(seed: UInt64(n) + 7)
    let continuous = (0..<n).map { _ in (rng.unit() - 0.5) * 1e6 }
    let days = (0..<n).map { _ in Double(Int(rng.unit() * 2190)) }
    let mixed = (0..<n).map { i -> Double in
      [0.0, -0.0, -1.5, 3, .infinity, -.infinity, 1e-300, -1e-300][i % 8] + (i % 3 == 0 ? 0 : 0)
    }
    // Whole numbers on both sides of zero and too far apart for one counting pass.
    let signedDays = (0..<n).map { _ in Double(Int(rng.unit() * 400) - 200) }
    let wide = (0..<n).map { _ in Double(Int(rng.unit() * 200_000)) }
    // Keys that share their upper 32 bits in runs short and long, their lower bits differing:
    // each run must still come out in full order.
    let close = (0..<n).map { i -> Double in
      let base = [1.0, 2.5, -3.0][i % 3], run = i % 5 == 0 ? 40 : 3
      return Double(bitPattern: base.bitPattern &+ UInt64(Int(rng.unit() * Double(run))))
    }
    let fours = (0..<n).map { i in
      Double(bitPattern: (1.0 + Double(i / 4)).bitPattern &+ UInt64(rng.int(0...9)))
    }
    for keys in [continuous, days, mixed, signedDays, wide, close, fours] {
      for descending in [false, true] {
        #expect(RadixOrder.order(keys, descending: descending) == Self.expected(keys, descending: descending))
      }
    }
  }
}

/// A table large enough for the fit's parallel weights and radix order gives the same model
/// whatever the order of its rows, and the flat and per-row forms of the covariates agree.
@Suite("Cox fit on a large table")
struct LargeCoxTests {
  @Test func rowOrderAndLayoutDoNotChangeTheModel() throws {
    var rng = SeededGenerator(seed: 11)
    let n = 25_000
    var times: [Double] = [], events: [Bool] = [], rows: [[Double]] = []
    for _ in 0..<n {
      let a = rng.unit() < 0.4 ? 1.0 : 0, b = rng.unit() * 3
      let rate = 0.001 * _exp(-0.5 * a + 0.3 * b)
      times.append(min(2000, (-_log(1 - rng.unit()) / rate).rounded()))
      events.append(times.last! < 2000 && rng.unit() < 0.8)
      rows.append([a, b])
    }
    let names = ["a", "b"]
    let fit = try CoxModel.fit(times: times, events: events, covariates: rows, names: names)
    let flat = try CoxModel.fit(times: times, events: events, flat: rows.flatMap { $0 }, names: names)
    #expect(fit == flat)
    let shuffled = (0..<n).map { ($0 * 7_919) % n }
    let other = try CoxModel.fit(
      times: shuffled.map { times[$0] }, events: shuffled.map { events[$0] },
      covariates: shuffled.map { rows[$0] },
      names: names)
    for (x, y) in zip(fit.coefficients, other.coefficients) {
      #expect(abs(x.coef - y.coef) < 1e-9 && abs(x.se - y.se) / x.se < 1e-9, "\(x.name)")
    }
    #expect(abs(fit.logLikelihood - other.logLikelihood) < 1e-6)
    #expect(fit.concordance == other.concordance)
    #expect(
      abs(fit.coefficients[0].coef + 0.5) < 0.1 && abs(fit.coefficients[1].coef - 0.3) < 0.1,
      "recovers the truth")
  }
}
