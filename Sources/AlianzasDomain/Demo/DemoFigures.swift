/// The study's figures [S0] as a store shows them: what `docs/demo.md` sets the demo against.
/// Computed from any alliances and households (the demo's, or a programme's), with the same
/// analyses the screens and the command line use, so a figure here is the figure a user sees.
public struct DemoFigures: Sendable {
  /// Figure identifiers in the order `docs/demo.md` lists them, with their values.
  public private(set) var values: [(id: String, value: Double?)] = []

  public subscript(id: String) -> Double? { values.first { $0.id == id }?.value ?? nil }

  /// Collects what the figures need one alliance at a time, so the 10× demo need not be held.
  public struct Collector: Sendable {
    let instruments: Instruments
    let today: Day
    var members = 0.0, displaced = 0.0, afro = 0.0, indigenous = 0.0
    var cases: [RelinkCase] = []
    var durations: [AgreementDuration] = []
    var samples: [HouseholdSample] = []
    /// IDAP, business age in years and whether the alliance has vulnerable population.
    var idap: [(score: Double, years: Double, vulnerable: Bool)] = []

    public init(instruments: Instruments, today: Day) {
      self.instruments = instruments
      self.today = today
    }

    public mutating func add(_ a: Alliance, _ roster: HouseholdRoster) {
      let op = a.organization
      members += Double(op.members)
      displaced += Double(op.displacedMembers)
      afro += Double(op.afroColombianMembers)
      indigenous += Double(op.indigenousMembers)
      if let c = a.relinkCase { cases.append(c) }
      if let d = a.firstAgreementDuration(today: today) { durations.append(d) }
      samples += roster.inUse.compactMap { HouseholdSample($0, instruments: instruments, today: today) }
      if let start = a.stageHistory.first(where: { $0.stage == .ejecucion })?.date,
        let score = a.idap(instruments.idap, today: today).score
      {
        idap.append((score, Double(start.days(until: today)) / 365.25, op.isVulnerable))
      }
    }

    public var figures: DemoFigures { DemoFigures(self) }
  }

  init(_ c: Collector) {
    func percent(_ part: Double) -> Double? { c.members > 0 ? 100 * part / c.members : nil }
    values.append(("displacedShare", percent(c.displaced)))
    values.append(("afroColombianShare", percent(c.afro)))
    values.append(("indigenousShare", percent(c.indigenous)))

    let table = RelinkTable(cases: c.cases)
    values.append(("relinked", Double(table.relinked)))
    for row in table.rows where row.withinDays != nil {
      values.append(("relinkedWithin\(row.withinDays!)Percent", table.relinked > 0 ? row.percent : nil))
    }
    values.append(("rupturedVulnerable", Double(table.rupturedVulnerable)))
    values.append(("rupturedConsolidation", Double(table.rupturedConsolidation)))
    values.append(("rupturedBoth", Double(table.rupturedBoth)))

    let study = c.samples.filter { $0.sample != .monitoring }
    values.append(("studyBeneficiaries", Double(study.count { $0.beneficiary })))
    values.append(("studyControls", Double(study.count { !$0.beneficiary })))
    let tenure = GroupComparison(samples: c.samples, by: .tenure, design: .study)
    let training = GroupComparison(samples: c.samples, by: .training, design: .study)
    let impact = GroupComparison(samples: c.samples, by: .beneficiary, design: .study)
    func percentDifference(_ g: GroupComparison, _ metric: String) -> Double? {
      g.means.first { $0.metric == metric }?.percentDifference ?? nil
    }
    values.append(("tenureProductIncomePercent", percentDifference(tenure, "incomeFromProduct")))
    values.append(("tenureFoodSecurePoints", tenure.foodSecureDifference))
    values.append(("trainingIncomePercent", percentDifference(training, "incomeTotal")))
    values.append(("trainingProductIncomePercent", percentDifference(training, "incomeFromProduct")))
    values.append(("impactPPIPoints", impact.means.first { $0.metric == "ppiScore" }?.difference ?? nil))
    values.append(("impactFoodSecurePoints", impact.foodSecureDifference))

    // The determinants of the first agreement's duration: each covariate's p-value and hazard ratio.
    let fit = try? AgreementSurvival.cox(c.durations)
    for name in AgreementSurvival.covariates {
      let coefficient = fit?.coefficients.first { $0.name == name }
      values.append(("cox.\(name).hazardRatio", coefficient?.hazardRatio))
      values.append(("cox.\(name).p", coefficient?.p))
    }

    // IDAP: vulnerable against other alliances (Welch), and its slope on the business's age.
    let gap = MeanComparison(
      metric: "idap", c.idap.filter(\.vulnerable).map(\.score), c.idap.filter { !$0.vulnerable }.map(\.score))
    values.append(("idapVulnerableGap", gap.difference))
    values.append(("idapVulnerableGap.p", gap.p))
    let slope = LinearSlope(x: c.idap.map(\.years), y: c.idap.map(\.score))
    values.append(("idapPerYearOfBusiness", slope?.slope))
    values.append(("idapPerYearOfBusiness.p", slope?.p))
  }
}

/// Least-squares slope of y on x with its two-sided p-value (Student's t, n − 2 degrees).
struct LinearSlope {
  var slope: Double
  var p: Double

  init?(x: [Double], y: [Double]) {
    let n = Double(x.count)
    guard x.count > 2, x.count == y.count else { return nil }
    let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
    var sxx = 0.0, sxy = 0.0
    for (a, b) in zip(x, y) {
      sxx += (a - mx) * (a - mx)
      sxy += (a - mx) * (b - my)
    }
    guard sxx > 0 else { return nil }
    let b = sxy / sxx
    let residual = zip(x, y).reduce(0.0) { $0 + pow2($1.1 - my - b * ($1.0 - mx)) }
    let se = (residual / (n - 2) / sxx).squareRoot()
    slope = b
    p = se > 0 ? Distributions.studentTwoSided(b / se, df: n - 2) : 0
  }
}

private func pow2(_ v: Double) -> Double { v * v }
