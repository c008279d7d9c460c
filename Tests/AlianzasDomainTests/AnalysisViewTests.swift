import Testing

@testable import AlianzasDomain

@Suite("Agreement durations, re-links, risks and household comparisons")
struct AnalysisViewTests {
  func ruptured(_ code: String, relinkAfter days: Int?, vulnerable: Bool = false, consolidation: Bool = false)
    throws -> Alliance
  {
    var a = alliance(at: .comercializacion)
    a.code = code
    a.consolidationZone = consolidation
    if vulnerable { a.organization.indigenousMembers = 30 }
    try a.recordRupture(
      agreement: "g1", Rupture(date: day("2013-07-01"), cause: .price, endedBy: .buyer), author: author,
      today: today)
    if let days {
      try a.recordRelink(
        replacing: "g1", with: agreement(id: "g2", start: day("2013-07-01").adding(days: days)),
        author: author, today: today)
    }
    return a
  }

  @Test func relinkTableCountsByPeriodAndGroup() throws {
    let alliances = [
      try ruptured("AAA-2010-001", relinkAfter: 100, vulnerable: true),
      try ruptured("AAA-2010-002", relinkAfter: 182, vulnerable: true, consolidation: true),
      try ruptured("AAA-2010-003", relinkAfter: 183),
      try ruptured("AAA-2010-004", relinkAfter: nil, consolidation: true),
      alliance(at: .comercializacion),
    ]
    let table = RelinkTable(alliances: alliances)
    #expect(table.ruptured == 4)
    #expect(table.relinked == 3)
    #expect(table.searching == 1)
    #expect(table.rows.map(\.count) == [2, 1, 0, 0])
    #expect(table.rows[0].vulnerable == 2 && table.rows[0].consolidation == 1 && table.rows[0].both == 1)
    #expect(table.rupturedVulnerable == 2 && table.rupturedConsolidation == 2 && table.rupturedBoth == 1)
    #expect(abs(table.rows[0].percent - 200.0 / 3) < 1e-9)
  }

  @Test func durationsAreCensoredTodayOrAtClosure() throws {
    var open = alliance(at: .comercializacion)
    open.code = "AAA-2010-010"
    var closed = alliance(at: .comercializacion)
    closed.code = "AAA-2010-011"
    try Lifecycle.setStatus(
      &closed, to: .cerrada, on: day("2014-01-01"), officer: "Ana", note: "fin", author: author, today: today)
    let broken = try ruptured("AAA-2010-012", relinkAfter: nil)
    let d = AgreementSurvival.durations([open, closed, broken], today: today)
    #expect(
      d.map(\.days) == [
        day("2013-06-01").days(until: today), day("2013-06-01").days(until: day("2014-01-01")), 30,
      ])
    #expect(d.map(\.ruptured) == [false, false, true])
    #expect(d.map(\.atRisk) == [true, false, false])
    #expect(d[0].covariates == [1, 0, 6, 0, 0, 0])
  }

  @Test func riskRankingOrdersByHazardAndNamesDrivers() throws {
    let fit = CoxFit(
      ties: .efron,
      coefficients: [
        CoxCoefficient(
          name: "priorExperience", coef: -1, se: 0.1, hazardRatio: 0.37, lower: 0, upper: 0, z: 0, p: 0),
        CoxCoefficient(
          name: "managerialSkills", coef: -0.5, se: 0.1, hazardRatio: 0.6, lower: 0, upper: 0, z: 0, p: 0),
      ],
      logLikelihood: 0, nullLogLikelihood: 0, likelihoodRatio: 0, likelihoodRatioP: 1, concordance: 0.5,
      iterations: 1,
      subjects: 2, events: 1, means: [0.5, 2])
    let durations = [
      AgreementDuration(
        code: "A", days: 10, ruptured: false, atRisk: true, product: "leche", departmentCode: "19",
        covariates: [1, 4]),
      AgreementDuration(
        code: "B", days: 10, ruptured: false, atRisk: true, product: "leche", departmentCode: "19",
        covariates: [0, 1]),
      AgreementDuration(
        code: "C", days: 10, ruptured: true, atRisk: false, product: "leche", departmentCode: "19",
        covariates: [0, 0]),
    ]
    let ranking = AgreementSurvival.riskRanking(durations, fit: fit)
    #expect(ranking.map(\.code) == ["B", "A"])
    #expect(abs(ranking[0].relativeHazard - _exp(0.5 + 0.5)) < 1e-12)
    #expect(ranking[0].drivers.map(\.covariate) == ["priorExperience", "managerialSkills"])
    #expect(ranking[1].drivers.isEmpty)
  }

  @Test func welchAgreesWithScipy() throws {
    let m = MeanComparison(metric: "x", [12, 15, 11, 19, 14, 13, 18], [10, 9, 12, 8, 11, 10])
    #expect(abs(m.p! - 0.005942874872675954) < 1e-10)
    #expect(abs(m.lower! - 1.6899355659103916) < 1e-8)
    #expect(abs(m.upper! - 7.452921576946751) < 1e-8)
    #expect(abs(m.percentDifference! - 100 * (102.0 / 7 - 10) / 10) < 1e-9)
  }

  @Test func householdComparisonUsesCompleteSurveysOnly() {
    func h(
      _ id: String, _ group: HouseholdGroup, trained: Bool, product: Int64, status: SurveyStatus = .complete
    ) -> Household {
      var s = Survey(
        id: "s\(id)", stamp: author.stamp, date: day("2014-01-01"), enumerator: "Ana", hasMinors: false)
      s.elcsa = (0..<15).map { $0 < 8 ? .no : nil }
      s.ppi = ["E", "F", "C", "C", "C", "D", "B", "B", "B", "C"]
      s.incomeTotal = Pesos(product * 2)
      s.incomeFromProduct = Pesos(product)
      s.status = status
      return Household(
        id: id, stamp: author.stamp, code: id, group: group, headName: "", documentNumber: "", village: "",
        members: 3, minors: 0,
        trained: trained, joined: group == .beneficiary ? day("2010-01-01") : nil, surveys: [s])
    }
    let roster = HouseholdRoster(
      allianceCode: "AAA-2010-001",
      households: [
        h("1", .beneficiary, trained: true, product: 300), h("2", .beneficiary, trained: false, product: 100),
        h("3", .control, trained: false, product: 100),
        h("4", .control, trained: false, product: 999, status: .draft),
      ])
    let c = GroupComparison(rosters: [roster], instruments: instruments, today: today, by: .beneficiary)
    #expect(c.n == [2, 1])
    #expect(c.means[1].mean == [200, 100])
    #expect(c.means[1].percentDifference == 100)
    #expect(c.elcsaShares[0] == [1, 0, 0, 0])
    #expect(c.means[2].mean == [100, 100])
    #expect(c.povertyRate == [0, 0])
    let training = GroupComparison(rosters: [roster], instruments: instruments, today: today, by: .training)
    #expect(training.n == [1, 1], "control households are not in the training comparison")
  }
}
