/// An IDAP score with its explanation: every indicator's raw and normalized value and its share
/// of the score, so the screen can say which one pulls the alliance down.
public struct IDAPResult: Hashable, Sendable {
  public struct IndicatorPart: Hashable, Sendable {
    public var id: String
    public var dimension: String
    public var raw: Double?
    public var normalized: Double?
    /// Points (0–100 scale) this indicator adds to the score.
    public var contribution: Double
    /// Points lost against a perfect value of this indicator.
    public var shortfall: Double
  }

  public struct DimensionPart: Hashable, Sendable {
    public var id: String
    /// 0–1, nil when fewer than the minimum share of its indicators have data.
    public var value: Double?
    public var available: Int
    public var total: Int
  }

  /// 0–100; nil ("sin dato") when two or more dimensions lack data.
  public var score: Double?
  public var band: Int?
  /// True when one dimension is missing and the others were re-weighted.
  public var partial: Bool
  public var dimensions: [DimensionPart]
  public var indicators: [IndicatorPart]

  /// The indicator that costs the most points now.
  public var weakest: IndicatorPart? {
    indicators.filter { $0.normalized != nil }.max { $0.shortfall < $1.shortfall }
  }
}

extension IDAPDefinition {
  /// Scores raw indicator values keyed by indicator id (absent or nil means no data).
  public func score(raw unchecked: [String: Double?]) -> IDAPResult {
    // An infinite or undefined value (from a corrupt record) is no data, never a NaN score.
    let raw = unchecked.mapValues { value in value.flatMap { $0.isFinite ? $0 : nil } }
    var dims: [IDAPResult.DimensionPart] = []
    for dimension in dimensions {
      let values = dimension.indicators.compactMap { ind in (raw[ind.id] ?? nil).map(ind.normalize) }
      let needed = Double(dimension.indicators.count) * minimumShareOfIndicators
      let value =
        !values.isEmpty && Double(values.count) >= needed
        ? values.reduce(0, +) / Double(values.count) : nil
      dims.append(
        .init(id: dimension.id, value: value, available: values.count, total: dimension.indicators.count))
    }
    let present = zip(dimensions, dims).filter { $1.value != nil }
    let missing = dimensions.count - present.count
    let weightSum = present.reduce(0) { $0 + $1.0.weight }
    let scored = missing <= 1 && weightSum > 0
    var parts: [IDAPResult.IndicatorPart] = []
    for (dimension, part) in zip(dimensions, dims) {
      let share =
        scored && part.value != nil ? 100 * dimension.weight / weightSum / Double(part.available) : 0
      for indicator in dimension.indicators {
        let rawValue = raw[indicator.id] ?? nil
        let normalized = rawValue.map(indicator.normalize)
        parts.append(
          .init(
            id: indicator.id, dimension: dimension.id, raw: rawValue, normalized: normalized,
            contribution: share * (normalized ?? 0), shortfall: share * (1 - (normalized ?? 1))))
      }
    }
    guard scored else {
      return IDAPResult(score: nil, band: nil, partial: false, dimensions: dims, indicators: parts)
    }
    let score = 100 * present.reduce(0) { $0 + $1.0.weight * $1.1.value! } / weightSum
    return IDAPResult(
      score: score, band: bandIndex(for: score), partial: missing == 1, dimensions: dims, indicators: parts)
  }

  public func indicator(id: String) -> Indicator? {
    dimensions.lazy.flatMap(\.indicators).first { $0.id == id }
  }
}
