/// SplitMix64: a small, fast generator whose sequence is fixed by its seed on every platform,
/// which is what makes demo stores byte-identical for the same `--seed`.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in [0, 1).
  public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

  public mutating func chance(_ probability: Double) -> Bool { unit() < probability }

  public mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  public mutating func double(_ low: Double, _ high: Double) -> Double {
    low + (high - low) * unit()
  }

  /// Normal deviate by Box–Muller; good enough for synthetic incomes and yields.
  public mutating func normal(mean: Double = 0, sd: Double = 1) -> Double {
    let u1 = max(unit(), 1e-12)
    let u2 = unit()
    return mean + sd * (-2 * _log(u1)).squareRoot() * _cos(2 * Double.pi * u2)
  }

  public mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

  /// Picks an index with probability proportional to `weights`.
  public mutating func weightedIndex(_ weights: [Double]) -> Int {
    let total = weights.reduce(0, +)
    var target = unit() * total
    for (index, weight) in weights.enumerated() {
      target -= weight
      if target < 0 { return index }
    }
    return weights.count - 1
  }
}
