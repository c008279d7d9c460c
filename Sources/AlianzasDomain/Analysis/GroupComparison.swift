/// The household comparisons of the study: beneficiaries against the control group, more than
/// three years in the alliance against fewer, trained against not trained.
public enum ComparisonGrouping: String, CaseIterable, Sendable, Codable {
  case beneficiary, tenure, training

  public var labels: (Localized, Localized) {
    switch self {
    case .beneficiary:
      (Localized(es: "Beneficiarios", en: "Beneficiaries"), Localized(es: "Control", en: "Control"))
    case .tenure:
      (
        Localized(es: "Más de 3 años", en: "Over 3 years"),
        Localized(es: "3 años o menos", en: "3 years or less")
      )
    case .training:
      (Localized(es: "Capacitados", en: "Trained"), Localized(es: "Sin capacitación", en: "Not trained"))
    }
  }
}

/// Which households a comparison sets side by side. The study's design [S0] compares the
/// beneficiaries of its two impact alliances with their 400 controls, and reads tenure and
/// training among its 718 surveyed beneficiaries; `all` takes every complete survey, monitoring
/// rounds included, which mixes alliances of every age and product into the beneficiary side.
public enum ComparisonDesign: String, CaseIterable, Sendable, Codable {
  case study, all

  /// The study's design when the store holds the study's surveys, every survey otherwise (a
  /// programme's own store has monitoring rounds only).
  public static func preferred(for samples: [HouseholdSample]) -> ComparisonDesign {
    samples.contains { $0.sample != .monitoring } ? .study : .all
  }

  /// Whether a household enters the comparison, under this design.
  func includes(_ h: HouseholdSample, in grouping: ComparisonGrouping) -> Bool {
    switch (self, grouping) {
    case (.all, _): true
    case (.study, .beneficiary): h.sample == .impact
    case (.study, .tenure), (.study, .training): h.beneficiary && h.sample != .monitoring
    }
  }

  public var label: Localized {
    switch self {
    case .study:
      Localized(
        es:
          "Diseño del estudio: impacto en 2 alianzas con sus controles; permanencia y capacitación en sus beneficiarios",
        en:
          "Study design: impact in 2 alliances against their controls; tenure and training among their beneficiaries"
      )
    case .all:
      Localized(
        es: "Todas las encuestas completas, las de seguimiento incluidas",
        en: "Every complete survey, monitoring rounds included")
    }
  }
}

/// Welch's comparison of two means: the difference, its 95 % interval and p-value, and the
/// difference as a percentage of the second group's mean ("45.06 % higher").
public struct MeanComparison: Hashable, Sendable, Codable {
  public var metric: String
  public var n: [Int]
  public var mean: [Double?]
  public var difference: Double?
  public var percentDifference: Double?
  public var lower: Double?
  public var upper: Double?
  public var p: Double?

  public init(metric: String, _ a: [Double], _ b: [Double]) {
    self.metric = metric
    n = [a.count, b.count]
    func mean(_ x: [Double]) -> Double? { x.isEmpty ? nil : x.reduce(0, +) / Double(x.count) }
    func variance(_ x: [Double], _ m: Double) -> Double {
      x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(x.count - 1)
    }
    self.mean = [mean(a), mean(b)]
    guard let ma = mean(a), let mb = mean(b) else { return }
    difference = ma - mb
    percentDifference = mb != 0 ? 100 * (ma - mb) / mb : nil
    guard a.count > 1, b.count > 1 else { return }
    let qa = variance(a, ma) / Double(a.count), qb = variance(b, mb) / Double(b.count)
    let se = (qa + qb).squareRoot()
    guard se > 0 else { return }
    let df = (qa + qb) * (qa + qb) / (qa * qa / Double(a.count - 1) + qb * qb / Double(b.count - 1))
    let t = Distributions.studentQuantile(twoSided: 0.05, df: df)
    lower = (ma - mb) - t * se
    upper = (ma - mb) + t * se
    p = Distributions.studentTwoSided((ma - mb) / se, df: df)
  }
}

public struct GroupComparison: Hashable, Sendable, Codable {
  public var grouping: ComparisonGrouping
  public var design: ComparisonDesign
  public var n: [Int]
  public var means: [MeanComparison]
  /// Shares (0–1) of secure, mild, moderate and severe among households with a complete ELCSA.
  public var elcsaShares: [[Double]]
  /// Difference in the probability of being food secure (first group minus second), with a
  /// 95 % Wald interval, in percentage points.
  public var foodSecureDifference: Double?
  public var foodSecureLower: Double?
  public var foodSecureUpper: Double?
  /// Mean poverty likelihood at the national line, percent.
  public var povertyRate: [Double?]

  public init(
    rosters: [HouseholdRoster], instruments: Instruments, today: Day, by grouping: ComparisonGrouping
  ) {
    let samples = rosters.flatMap {
      $0.inUse.compactMap { HouseholdSample($0, instruments: instruments, today: today) }
    }
    self.init(samples: samples, by: grouping)
  }

  /// The comparison from each surveyed household's facts (what the index keeps), under `design`
  /// (by default the study's when the samples hold it).
  public init(samples: [HouseholdSample], by grouping: ComparisonGrouping, design: ComparisonDesign? = nil) {
    self.grouping = grouping
    let design = design ?? .preferred(for: samples)
    self.design = design
    var sides: [[HouseholdSample]] = [[], []]
    for h in samples where design.includes(h, in: grouping) {
      let side: Int?
      switch grouping {
      case .beneficiary: side = h.beneficiary ? 0 : 1
      case .tenure: side = h.beneficiary ? h.years.map { $0 > 3 ? 0 : 1 } : nil
      case .training: side = h.beneficiary ? (h.trained ? 0 : 1) : nil
      }
      if let side { sides[side].append(h) }
    }
    n = sides.map(\.count)
    means = [
      MeanComparison(
        metric: "incomeTotal", sides[0].compactMap(\.incomeTotal), sides[1].compactMap(\.incomeTotal)),
      MeanComparison(
        metric: "incomeFromProduct", sides[0].compactMap(\.incomeFromProduct),
        sides[1].compactMap(\.incomeFromProduct)),
      MeanComparison(
        metric: "ppiScore", sides[0].compactMap { $0.ppiScore.map(Double.init) },
        sides[1].compactMap { $0.ppiScore.map(Double.init) }),
    ]
    var shares: [[Double]] = []
    var secure: [(Double, Int)] = []
    for side in 0..<2 {
      var counts = [0, 0, 0, 0]
      for h in sides[side] { if let c = h.elcsaCategory { counts[c] += 1 } }
      let total = counts.reduce(0, +)
      shares.append(counts.map { total > 0 ? Double($0) / Double(total) : 0 })
      secure.append((total > 0 ? Double(counts[0]) / Double(total) : 0, total))
    }
    elcsaShares = shares
    if secure[0].1 > 0, secure[1].1 > 0 {
      let (pa, na) = secure[0], (pb, nb) = secure[1]
      let se = (pa * (1 - pa) / Double(na) + pb * (1 - pb) / Double(nb)).squareRoot()
      foodSecureDifference = 100 * (pa - pb)
      foodSecureLower = 100 * (pa - pb - 1.959963984540054 * se)
      foodSecureUpper = 100 * (pa - pb + 1.959963984540054 * se)
    }
    povertyRate = sides.map { side in
      let values = side.compactMap(\.likelihoodNational)
      return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
  }
}
