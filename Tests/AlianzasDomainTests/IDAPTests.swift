import Testing

@testable import AlianzasDomain

@Suite("IDAP")
struct IDAPTests {
  let idap = instruments.idap

  /// The worked example of paap-domain.md §2.3.
  let example: [String: Double?] = [
    "C1": 0.85, "C2": 0.95, "C3": 0.8, "C4": 1.05, "E1": 0.9, "E2": 0.8, "E3": 0.2, "E4": 0.75,
    "S1": 0.6, "S2": 0.9, "S3": 1, "S4": 0.94,
  ]

  @Test func reproducesTheWorkedExample() throws {
    let result = idap.score(raw: example)
    let score = try #require(result.score)
    // C = (0.85 + 0.8333 + 0.7143 + 0.625) / 4 = 0.7557, E = 0.7375, S = 0.8 → 76.44, "≈ 76".
    #expect(abs(score - 76.44) < 0.005)
    #expect(score.rounded() == 76)
    #expect(idap.bands[try #require(result.band)].id == "alto")
    #expect(!result.partial)
    let c = try #require(result.dimensions.first { $0.id == "competitiveness" }?.value)
    #expect(abs(c - 0.75565) < 0.00001)
    // Contributions add up to the score.
    #expect(abs(result.indicators.reduce(0) { $0 + $1.contribution } - score) < 1e-9)
    // E3 (margin 0.2 → 0.5) loses 100/3/4 × 0.5 = 4.17 points, more than C4 (1.05 → 0.625).
    #expect(result.weakest?.id == "E3")
    #expect(abs(result.weakest!.shortfall - 100.0 / 12 * 0.5) < 1e-9)
  }

  @Test func clampsOutsideTheBounds() {
    var raw = example
    raw["C2"] = 0.5  // below L = 0.7
    raw["C4"] = 2.0  // above U = 1.2
    let result = idap.score(raw: raw)
    #expect(result.indicators.first { $0.id == "C2" }?.normalized == 0)
    #expect(result.indicators.first { $0.id == "C4" }?.normalized == 1)
  }

  @Test func aDimensionNeedsHalfItsIndicators() {
    var raw = example
    raw["S1"] = nil
    raw["S2"] = nil
    let half = idap.score(raw: raw)
    #expect(abs(half.dimensions[2].value! - 0.9) < 1e-12, "S3 = 1 and S4 = 0.8: still counted with 2 of 4")
    raw["S3"] = nil
    let less = idap.score(raw: raw)
    #expect(less.dimensions[2].value == nil)
    #expect(less.partial, "one dimension missing: the other two are re-weighted")
    #expect(abs(less.score! - 100 * (0.75565 + 0.7375) / 2) < 0.001)
  }

  @Test func twoMissingDimensionsGiveNoScore() {
    var raw = example
    for id in ["E1", "E2", "E3", "S1", "S2", "S3"] { raw[id] = nil }
    let result = idap.score(raw: raw)
    #expect(result.score == nil)
    #expect(result.band == nil)
  }

  @Test func bandsEdges() {
    #expect(idap.bandIndex(for: 39.99) == 0)
    #expect(idap.bandIndex(for: 40) == 1)
    #expect(idap.bandIndex(for: 69.99) == 1)
    #expect(idap.bandIndex(for: 70) == 2)
  }

  @Test func computedFromTheAlliancesOwnRecords() throws {
    var a = alliance(at: .comercializacion)
    a.agreements = [agreement(start: day("2013-06-30"))]  // 10,000 kg/month at $900
    a.visits = [
      Visit(
        id: "v1", stamp: author.stamp, date: day("2014-03-01"), officer: "Ana", kind: .comercial,
        deliveries: [Delivery(date: day("2014-03-01"), kg: 60_000, pricePerKg: 990, rejectedKg: 6_000)],
        checklist: ManagementChecklist(costsKnown: true, booksUpToDate: false, assemblyHeldLastYear: true))
    ]
    a.businessPlan.observedYieldKgPerHa = 3600
    a.finance.programmedToDate = 200
    a.finance.disbursements = [Disbursement(id: "d", date: day("2014-01-01"), amount: 150, source: "IM")]
    a.finance.accounts = Accounts(year: 2013, revenue: 1000, costs: 900)
    a.finance.fund = RevolvingFund(
      repaymentTarget: 120_000, repaymentStart: day("2013-06-30"), repaymentMonths: 12,
      repayments: [Repayment(id: "r", date: day("2014-01-01"), amount: 60_000)],
      loans: [Loan(id: "l", date: day("2014-01-01"), amount: 100, outstanding: 80, overdue: 20)])
    let raw = a.idapRaw(today: today, links: idap.commercialLinkValues)
    #expect(abs(raw["C1"]!! - 60_000 / (10_000 * 365 / 30.4375)) < 1e-9)
    #expect(raw["C2"]!! == 0.9)
    #expect(raw["C3"]!! == 0.8)
    #expect(abs(raw["C4"]!! - 1.1) < 1e-12)
    #expect(raw["E1"]!! == 0.8)
    #expect(raw["E2"]!! == 0.75)
    #expect(abs(raw["E3"]!! - 0.1) < 1e-12)
    #expect(abs(raw["E4"]!! - 2.0 / 3) < 1e-12)
    #expect(raw["S1"]!! == 0.5, "12 of 12 months due: 120,000; 60,000 repaid")
    #expect(raw["S2"]!! == 0.75)
    #expect(raw["S3"]!! == 1)
    #expect(abs(raw["S4"]!! - (1 - 2.0 / 62)) < 1e-12)
    // A delivery changes the score.
    let before = a.idap(idap, today: today).score!
    a.visits[0].deliveries.append(Delivery(date: day("2014-04-01"), kg: 40_000, pricePerKg: 990))
    #expect(a.idap(idap, today: today).score! > before)
  }

  @Test func commercialLinkFollowsTheRelinkDelay() throws {
    var a = alliance(at: .comercializacion)
    #expect(a.commercialLink(links: idap.commercialLinkValues) == 1)
    try a.recordRupture(
      agreement: "g1", Rupture(date: day("2013-08-01"), cause: .volume, endedBy: .organization),
      author: author, today: today)
    #expect(a.commercialLink(links: idap.commercialLinkValues) == 0)
    try a.recordRelink(
      replacing: "g1", with: agreement(id: "g2", start: day("2014-03-01")), author: author, today: today)
    #expect(a.commercialLink(links: idap.commercialLinkValues) == 0.4, "212 days: later than a semester")
  }
}
