/// One subject of a survival analysis: how long it was followed and whether the event happened.
public struct SurvivalObservation: Hashable, Sendable {
  public var time: Double
  public var event: Bool

  public init(time: Double, event: Bool) {
    self.time = time
    self.event = event
  }
}

/// A row of the Kaplan–Meier table at one distinct time.
public struct KaplanMeierRow: Hashable, Sendable, Codable {
  public var time: Double
  public var atRisk: Int
  public var events: Int
  public var censored: Int
  public var survival: Double
  /// Greenwood standard error of the survival; nil once the survival has reached 0.
  public var stdError: Double?
  /// 95 % interval on the log(−log) scale.
  public var lower: Double?
  public var upper: Double?
}

public struct KaplanMeierCurve: Hashable, Sendable {
  public var rows: [KaplanMeierRow]
  /// The first time at which the survival is at or below one half; nil when never reached.
  public var median: Double?
  public var subjects: Int
  public var events: Int

  public init(rows: [KaplanMeierRow], median: Double?, subjects: Int, events: Int) {
    self.rows = rows
    self.median = median
    self.subjects = subjects
    self.events = events
  }

  /// S(t): the survival just after time `t`.
  public func survival(at t: Double) -> Double {
    rows.last { $0.time <= t }?.survival ?? 1
  }
}

public enum KaplanMeier {
  /// Kaplan (1958) product-limit estimate with Greenwood (1926) variance:
  /// S(t) = Π (1 − dᵢ/nᵢ), Var S = S² Σ dᵢ / (nᵢ (nᵢ − dᵢ)).
  public static func fit(_ observations: [SurvivalObservation], z: Double = 1.959963984540054)
    -> KaplanMeierCurve
  {
    // Ordered by time with the radix order: a comparing sort was most of this at 600,000 rows.
    let sorted = RadixOrder.order(observations.map(\.time)).map { observations[$0] }
    var rows: [KaplanMeierRow] = []
    var atRisk = sorted.count
    var survival = 1.0
    var greenwood = 0.0
    var index = 0
    var median: Double?
    while index < sorted.count {
      let time = sorted[index].time
      var events = 0, censored = 0
      while index < sorted.count && sorted[index].time == time {
        if sorted[index].event { events += 1 } else { censored += 1 }
        index += 1
      }
      if events > 0 {
        survival *= 1 - Double(events) / Double(atRisk)
        if atRisk > events { greenwood += Double(events) / (Double(atRisk) * Double(atRisk - events)) }
      }
      var stdError: Double?, lower: Double?, upper: Double?
      if survival > 0 {
        stdError = survival * greenwood.squareRoot()
        if survival < 1 {
          let spread = z * greenwood.squareRoot() / abs(_log(survival))
          lower = _exp(_log(survival) * _exp(spread))
          upper = _exp(_log(survival) * _exp(-spread))
        } else {
          lower = 1
          upper = 1
        }
      }
      rows.append(
        KaplanMeierRow(
          time: time, atRisk: atRisk, events: events, censored: censored, survival: survival,
          stdError: stdError, lower: lower, upper: upper))
      if median == nil && survival <= 0.5 { median = time }
      atRisk -= events + censored
    }
    return KaplanMeierCurve(
      rows: rows, median: median, subjects: sorted.count, events: sorted.filter(\.event).count)
  }
}
