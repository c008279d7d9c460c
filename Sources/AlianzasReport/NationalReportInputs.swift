import AlianzasDomain

extension NationalReport.Inputs {
  /// The report's figures from a store's records: the same totals as `alianzas summary` (the
  /// score engine) and the same analyses as `alianzas analyze` (first-agreement durations, relink
  /// cases and household samples, derived as the index and the sample cache derive them).
  /// `department` keeps one department's alliances and their households.
  public static func build(
    alliances all: [Alliance], rosters allRosters: [HouseholdRoster], instruments: Instruments,
    reference: ReferenceData, today: Day, language: Language, department: Department? = nil,
    map: NationalReport.MapFigure = .idap
  ) -> NationalReport.Inputs {
    let alliances = all.filter { department == nil || $0.departmentCode == department!.code }
      .sorted { $0.code < $1.code }
    let codes = Set(alliances.map(\.code))
    let rosters = allRosters.filter { department == nil || codes.contains($0.allianceCode) }
      .sorted { $0.allianceCode < $1.allianceCode }
    var engine = ScoreEngine(instruments: instruments, today: today)
    for alliance in alliances { engine.setAlliance(alliance) }
    for roster in rosters { engine.setRoster(roster) }
    let surveys = rosters.reduce(0) { $0 + $1.inUse.reduce(0) { $0 + $1.surveys.count } }
    let idapByAge: [(years: Double, idap: Double)] = alliances.compactMap { a in
      guard let idap = engine.figures[a.code]?.idap, let first = a.firstAgreement else { return nil }
      return (Double(first.start.days(until: today)) / 365.25, idap)
    }
    let durations = alliances.compactMap { $0.firstAgreementDuration(today: today) }
    // Each curve named with its grouping ("Población vulnerable: Sí"), as its legend shows it.
    let grouping = SurvivalGrouping.vulnerable
    let survival = AgreementSurvival.groups(durations, by: grouping, reference: reference, language: language)
      .map { (name: "\(grouping.label(language)): \($0.name)", observations: $0.observations) }
    let samples = rosters.flatMap { roster in
      roster.inUse.compactMap { HouseholdSample($0, instruments: instruments, today: today) }
    }
    // Controls were surveyed near few alliances: a grouping with an empty side is left out.
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
      relink: RelinkTable(cases: alliances.compactMap(\.relinkCase)), comparisons: comparisons)
    inputs.mapFigure = map
    do { inputs.cox = .success(try AgreementSurvival.cox(durations)) } catch { inputs.cox = .failure(error) }
    var byDepartment: [String: NationalReport.Area] = [:]
    var byProduct: [String: NationalReport.Area] = [:]
    for a in alliances {
      let figures = engine.figures[a.code], tally = engine.tallies[a.code]
      byDepartment[a.departmentCode, default: .init(code: a.departmentCode, name: "")].add(figures, tally)
      byProduct[a.product, default: .init(code: a.product, name: "")].add(figures, tally)
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
