import AlianzasDomain

extension NationalReport {
  /// What one alliance brings to the national report, as the store's index keeps it (so the
  /// report need not parse every file) or as its records give it.
  public struct Member: Sendable {
    public var figures: AllianceFigures
    public var tally: HouseholdTally?
    public var surveys: Int
    public var firstAgreementStart: Day?
    public var duration: AgreementDuration?
    public var relink: RelinkCase?
    public var samples: [HouseholdSample]

    public init(
      figures: AllianceFigures, tally: HouseholdTally?, surveys: Int, firstAgreementStart: Day?,
      duration: AgreementDuration?, relink: RelinkCase?, samples: [HouseholdSample]
    ) {
      self.figures = figures
      self.tally = tally
      self.surveys = surveys
      self.firstAgreementStart = firstAgreementStart
      self.duration = duration
      self.relink = relink
      self.samples = samples
    }

    /// From the records themselves, derived as the index and the sample cache derive them.
    public init(alliance a: Alliance, roster: HouseholdRoster?, instruments: Instruments, today: Day) {
      var tally: HouseholdTally?
      if let roster {
        var t = HouseholdTally()
        for h in roster.inUse { t.add(instruments.score(h)) }
        tally = t
      }
      self.init(
        figures: a.figures(instruments: instruments, today: today), tally: tally,
        surveys: roster?.inUse.reduce(0) { $0 + $1.surveys.count } ?? 0,
        firstAgreementStart: a.firstAgreement?.start,
        duration: a.firstAgreementDuration(today: today), relink: a.relinkCase,
        samples: roster?.inUse.compactMap { HouseholdSample($0, instruments: instruments, today: today) }
          ?? [])
    }
  }
}

extension NationalReport.Inputs {
  /// The report's figures from what each alliance brings: the same totals as `alianzas summary`
  /// (the score engine) and the same analyses as `alianzas analyze` (first-agreement durations,
  /// relink cases, household samples). `department` keeps one department's alliances and their
  /// households.
  public static func build(
    members all: [NationalReport.Member], instruments: Instruments, reference: ReferenceData, today: Day,
    language: Language, department: Department? = nil, map: NationalReport.MapFigure = .idap
  ) -> NationalReport.Inputs {
    let members = all.filter { department == nil || $0.figures.departmentCode == department!.code }
      .sorted { $0.figures.code < $1.figures.code }
    var engine = ScoreEngine(instruments: instruments, today: today)
    for m in members {
      engine.setFigures(m.figures)
      if let tally = m.tally { engine.setTally(tally, alliance: m.figures.code) }
    }
    let surveys = members.reduce(0) { $0 + $1.surveys }
    let idapByAge: [(years: Double, idap: Double)] = members.compactMap { m in
      guard let idap = m.figures.idap, let start = m.firstAgreementStart else { return nil }
      return (Double(start.days(until: today)) / 365.25, idap)
    }
    let durations = members.compactMap(\.duration)
    // Each curve named with its grouping ("Población vulnerable: Sí"), as its legend shows it.
    let grouping = SurvivalGrouping.vulnerable
    let survival = AgreementSurvival.groups(durations, by: grouping, reference: reference, language: language)
      .map { (name: "\(grouping.label(language)): \($0.name)", observations: $0.observations) }
    let samples = members.flatMap(\.samples)
    let comparisons = ComparisonGrouping.allCases.map { GroupComparison(samples: samples, by: $0) }
      .filter { $0.n.allSatisfy { $0 > 0 } }
    let title =
      department.map {
        language == .es
          ? "Alianzas productivas: informe de \($0.name)" : "Productive alliances: \($0.name) report"
      }
      ?? (language == .es
        ? "Alianzas productivas: informe nacional" : "Productive alliances: national report")
    var inputs = NationalReport.Inputs(
      title: title, today: today, totals: engine.totals, surveys: surveys, idapByAge: idapByAge,
      survival: survival, survivalGrouping: grouping.label(language),
      relink: RelinkTable(cases: members.compactMap(\.relink)), comparisons: comparisons)
    inputs.mapFigure = map
    do { inputs.cox = .success(try AgreementSurvival.cox(durations)) } catch { inputs.cox = .failure(error) }
    var byDepartment: [String: NationalReport.Area] = [:]
    var byProduct: [String: NationalReport.Area] = [:]
    for m in members {
      let f = m.figures, tally = engine.tallies[f.code]
      byDepartment[f.departmentCode, default: .init(code: f.departmentCode, name: "")].add(f, tally)
      byProduct[f.product, default: .init(code: f.product, name: "")].add(f, tally)
    }
    // Every department with a square on the map, those without alliances too.
    inputs.byDepartment = reference.departments.filter { $0.tile != nil || byDepartment[$0.code] != nil }.map
    {
      var area = byDepartment[$0.code] ?? .init(code: $0.code, name: "")
      area.name = $0.name
      area.abbreviation = $0.abbreviation
      area.tile = $0.tile
      return area
    }.sorted { $0.name.folded < $1.name.folded }
    inputs.byProduct = byProduct.values.map {
      var area = $0
      area.name = reference.product(id: $0.code)?.name(language) ?? $0.code
      return area
    }.sorted { $0.name.folded < $1.name.folded }
    return inputs
  }
}

extension ReferenceData {
  /// A department by its DIVIPOLA code or its name, accents and case aside ("bogota", "05").
  public func department(named text: String) -> Department? {
    let wanted = text.trimmingCharacters(in: .whitespaces).folded
    return departments.first { $0.code == text || $0.name.folded == wanted }
  }
}
