/// Distribution tails for p-values and intervals (Numerical Recipes' series and continued
/// fractions), in Double precision.
public enum Distributions {
  /// P(Z > z) for a standard normal Z.
  public static func normalUpperTail(_ z: Double) -> Double { 0.5 * _erfc(z / 2.0.squareRoot()) }

  /// Two-sided p-value of a standard normal statistic.
  public static func normalTwoSided(_ z: Double) -> Double { _erfc(abs(z) / 2.0.squareRoot()) }

  /// P(X > x) for X ~ chi-square with `df` degrees of freedom.
  public static func chiSquareUpperTail(_ x: Double, df: Double) -> Double {
    guard x > 0 else { return 1 }
    return regularizedGammaQ(df / 2, x / 2)
  }

  /// Two-sided p-value of a Student t statistic.
  public static func studentTwoSided(_ t: Double, df: Double) -> Double {
    guard t.isFinite, df > 0 else { return t.isFinite ? 1 : 0 }
    return regularizedBeta(df / 2, 0.5, df / (df + t * t))
  }

  /// The t value with two-sided tail `alpha` (1.96-like for large df).
  public static func studentQuantile(twoSided alpha: Double, df: Double) -> Double {
    var low = 0.0, high = 1000.0
    for _ in 0..<200 {
      let mid = (low + high) / 2
      if studentTwoSided(mid, df: df) > alpha { low = mid } else { high = mid }
    }
    return (low + high) / 2
  }

  static func regularizedGammaQ(_ a: Double, _ x: Double) -> Double {
    if x < a + 1 {
      var sum = 1 / a, term = sum, ap = a
      for _ in 0..<10_000 {
        ap += 1
        term *= x / ap
        sum += term
        if abs(term) < abs(sum) * 1e-16 { break }
      }
      return max(0, 1 - sum * _exp(-x + a * _log(x) - _lgamma(a)))
    }
    let tiny = 1e-300
    var b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d
    for i in 1..<10_000 {
      let an = -Double(i) * (Double(i) - a)
      b += 2
      d = an * d + b
      if abs(d) < tiny { d = tiny }
      c = b + an / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if abs(delta - 1) < 1e-16 { break }
    }
    return _exp(-x + a * _log(x) - _lgamma(a)) * h
  }

  static func regularizedBeta(_ a: Double, _ b: Double, _ x: Double) -> Double {
    guard x > 0 else { return 0 }
    guard x < 1 else { return 1 }
    let front = _exp(_lgamma(a + b) - _lgamma(a) - _lgamma(b) + a * _log(x) + b * _log(1 - x))
    if x < (a + 1) / (a + b + 2) { return front * betaFraction(a, b, x) / a }
    return 1 - front * betaFraction(b, a, 1 - x) / b
  }

  private static func betaFraction(_ a: Double, _ b: Double, _ x: Double) -> Double {
    let tiny = 1e-300
    var c = 1.0, d = 1 - (a + b) * x / (a + 1)
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var h = d
    for m in 1..<10_000 {
      let m = Double(m)
      var aa = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
      d = 1 + aa * d
      if abs(d) < tiny { d = tiny }
      c = 1 + aa / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      h *= d * c
      aa = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
      d = 1 + aa * d
      if abs(d) < tiny { d = tiny }
      c = 1 + aa / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if abs(delta - 1) < 1e-16 { break }
    }
    return h
  }
}

/// Small dense symmetric matrices, enough for information matrices of a few covariates.
enum SymmetricMatrix {
  /// The inverse of a positive-definite matrix by Cholesky, or nil when it is (numerically) singular.
  static func inverse(_ m: [[Double]]) -> [[Double]]? {
    let n = m.count
    var l = Array(repeating: Array(repeating: 0.0, count: n), count: n)
    let scale = max(m.indices.map { abs(m[$0][$0]) }.max() ?? 1, 1e-300)
    for i in 0..<n {
      for j in 0...i {
        var sum = m[i][j]
        for k in 0..<j { sum -= l[i][k] * l[j][k] }
        if i == j {
          guard sum > 1e-12 * scale else { return nil }
          l[i][i] = sum.squareRoot()
        } else {
          l[i][j] = sum / l[j][j]
        }
      }
    }
    var inverse = Array(repeating: Array(repeating: 0.0, count: n), count: n)
    for column in 0..<n {
      var y = Array(repeating: 0.0, count: n)
      for i in 0..<n {
        var sum = i == column ? 1.0 : 0.0
        for k in 0..<i { sum -= l[i][k] * y[k] }
        y[i] = sum / l[i][i]
      }
      for i in stride(from: n - 1, through: 0, by: -1) {
        var sum = y[i]
        for k in (i + 1)..<n { sum -= l[k][i] * inverse[k][column] }
        inverse[i][column] = sum / l[i][i]
      }
    }
    return inverse
  }

  static func multiply(_ m: [[Double]], _ v: [Double]) -> [Double] {
    m.map { row in zip(row, v).reduce(0) { $0 + $1.0 * $1.1 } }
  }
}
