/// What a household with a complete survey brings to the group comparisons. The index keeps one
/// per surveyed household, so comparisons need not parse every household file.
public struct HouseholdSample: Hashable, Sendable, Codable {
  public var beneficiary: Bool
  public var trained: Bool
  /// Years in the alliance on the day the sample is seen (`seen(on:)`), from `joined`.
  public var years: Double?
  /// When the household joined: what `years` is derived from, so a sample kept in a cache
  /// serves any later day.
  public var joined: Day?
  public var incomeTotal: Double?
  public var incomeFromProduct: Double?
  public var ppiScore: Int?
  public var elcsaCategory: Int?
  /// Poverty likelihood at the national line, percent.
  public var likelihoodNational: Double?
  /// The sample the survey was drawn for (study, impact evaluation or monitoring).
  public var sample: SurveySample

  public init?(_ h: Household, instruments: Instruments, today: Day) {
    guard let s = h.currentSurvey, s.status == .complete else { return nil }
    beneficiary = h.group == .beneficiary
    trained = h.trained
    joined = h.joined
    years = h.yearsInAlliance(on: today)
    incomeTotal = s.incomeTotal?.double
    incomeFromProduct = s.incomeFromProduct?.double
    let ppi = instruments.ppi.score(answers: s.ppi)
    ppiScore = ppi.score
    elcsaCategory =
      instruments.elcsa.score(answers: s.elcsa, hasMinors: s.hasMinors ?? (h.minors > 0)).category?.rawValue
    likelihoodNational = ppi.likelihood(line: instruments.ppi.nationalLine)
    sample = s.drawnFor
  }

  /// The sample as seen on `today`: its years in the alliance on that day.
  public mutating func seen(on today: Day) {
    years = joined.map { Double($0.days(until: today)) / 365.25 }
  }

  // One array per household keeps the index small:
  // [b, t, joined, total, product, ppi, elcsa, likelihood, sample]; the sample is left out for
  // monitoring, the common case. The day it joined is kept rather than its years, which change
  // with the day: a decoded sample has no years until `seen(on:)`.
  public init(from decoder: any Decoder) throws {
    var c = try decoder.unkeyedContainer()
    beneficiary = try c.decode(Bool.self)
    trained = try c.decode(Bool.self)
    joined = try c.decodeIfPresent(Int.self).map(Day.init(ordinal:))
    years = nil
    incomeTotal = try c.decodeIfPresent(Double.self)
    incomeFromProduct = try c.decodeIfPresent(Double.self)
    ppiScore = try c.decodeIfPresent(Int.self)
    elcsaCategory = try c.decodeIfPresent(Int.self)
    likelihoodNational = try c.decodeIfPresent(Double.self)
    sample = c.isAtEnd ? .monitoring : try c.decode(SurveySample.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.unkeyedContainer()
    try c.encode(beneficiary)
    try c.encode(trained)
    try c.encode(joined?.ordinal)
    try c.encode(incomeTotal)
    try c.encode(incomeFromProduct)
    try c.encode(ppiScore)
    try c.encode(elcsaCategory)
    try c.encode(likelihoodNational)
    if sample != .monitoring { try c.encode(sample) }
  }
}
