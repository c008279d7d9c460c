import Testing

@testable import AlianzasDomain

/// Rules the interface asks the domain for instead of deciding them itself.
@Suite("Domain rules the screens ask for")
struct DomainRuleTests {
  func delivery(_ iso: String, _ kg: Double) -> Delivery { Delivery(date: day(iso), kg: kg, pricePerKg: 900) }

  @Test func complianceCountsTheTwelveMonthsBeforeTheDayOrTheRupture() {
    let g = agreement(start: day("2012-01-01"))
    // 10,000 kg a month agreed; the window is (2013-06-30, 2014-06-30].
    let deliveries = [
      delivery("2013-06-30", 999_999),  // a year before the day: outside (inside the rupture's year)
      delivery("2013-07-01", 60_000), delivery("2014-06-30", 60_000),
      delivery("2014-07-01", 999_999),  // after the day: outside
    ]
    let c = try! #require(g.compliance(deliveries: deliveries, asOf: day("2014-06-30")))
    #expect(abs(c - 120_000 / (10_000 * 365 / 30.4375)) < 1e-9)
    // A ruptured agreement is measured up to its rupture, whatever day it is asked on.
    var broken = g
    broken.rupture = Rupture(date: day("2013-12-31"), cause: .price, endedBy: .buyer)
    let atRupture = try! #require(broken.compliance(deliveries: deliveries, asOf: day("2014-06-30")))
    let window = Double(day("2012-12-31").days(until: day("2013-12-31"))) / 30.4375
    #expect(abs(atRupture - (999_999 + 60_000) / (10_000 * window)) < 1e-9)
    // Not started, or no volume agreed: no figure.
    #expect(g.compliance(deliveries: deliveries, asOf: day("2011-12-31")) == nil)
    var none = g
    none.volumeKgPerMonth = 0
    #expect(none.compliance(deliveries: deliveries, asOf: day("2014-06-30")) == nil)
  }

  @Test func theIDAPAndTheRuptureScreenUseTheSameCompliance() {
    var a = alliance(at: .comercializacion)
    a.visits = [
      Visit(
        id: "v1", stamp: author.stamp, date: day("2014-03-01"), officer: "Ana", kind: .comercial,
        deliveries: [delivery("2014-03-01", 45_000)])
    ]
    let g = try! #require(a.currentAgreement)
    let raw = a.idapRaw(today: today, links: instruments.idap.commercialLinkValues)
    #expect(raw["C1"]! == g.compliance(deliveries: a.deliveries, asOf: today))
  }

  @Test func theNextStepIgnoresTheDateItWillBeGivenAndNamesWhatIsMissing() {
    var a = alliance(at: .convenio)
    #expect(Lifecycle.nextStep(a) == .open(.fiducia))
    a.milestones.convenioNumber = nil
    #expect(Lifecycle.nextStep(a) == .refused(.fiducia, .missing([.convenioNumber])))
    #expect(Lifecycle.nextStep(a).refusal?.es.contains("falta") == true)
    // A stage dated after today does not block offering the step: the form's date is checked.
    var later = alliance(at: .convenio)
    later.stageHistory[later.stageHistory.count - 1].date = day("2015-01-01")
    #expect(Lifecycle.nextStep(later) == .open(.fiducia))
    var last = alliance(at: .convenio)
    last.stage = .post
    #expect(Lifecycle.nextStep(last) == .last(.post))
    #expect(Lifecycle.nextStep(last).refusal?.en.contains("last stage") == true)
  }

  @Test func theScreenerClearsTheItemsTheInstrumentAsksOnlyWithMinors() {
    let elcsa = instruments.elcsa
    #expect(elcsa.minorItems == elcsa.screener.beforeItem...15)
    var survey = Survey(id: "s1", stamp: author.stamp, date: today, enumerator: "Ana")
    survey.elcsa = Array(repeating: .yes, count: 15)
    survey.answerScreener(hasMinors: true, elcsa)
    #expect(survey.elcsa.allSatisfy { $0 == .yes })
    survey.answerScreener(hasMinors: false, elcsa)
    for n in 1...15 {
      #expect((survey.elcsa[n - 1] == nil) == elcsa.minorItems.contains(n), "item \(n)")
    }
  }

  @Test func aHouseholdMovedToControlAndBackKeepsItsJoinDate() {
    var h = Household(
      id: "h1", stamp: author.stamp, code: "CAU-2013-001-H001", group: .beneficiary, headName: "Ana",
      documentNumber: "123", village: "La Playa", members: 4, minors: 1, trained: false,
      joined: day("2012-05-01"))
    h.changeGroup(to: .control)
    #expect(h.joined == nil)
    #expect(h.validate(instruments: instruments, today: today).isEmpty)
    h.changeGroup(to: .beneficiary)
    #expect(h.joined == day("2012-05-01"))
    #expect(h.joinedBeforeControl == nil)
  }

  @Test func aLongSearchIsMeasuredAgainstTheThresholdInTheData() {
    #expect(reference.monitoring.longSearchDays == 182)
    var a = alliance(at: .comercializacion)
    let id = a.agreements[0].id
    a.agreements[0].rupture = Rupture(date: day("2014-01-01"), cause: .price, endedBy: .buyer)
    #expect(a.firstAgreement?.id == id)
    #expect(a.searchingForBuyer(today: day("2014-07-03"), longerThan: 182) == 183)
    #expect(a.searchingForBuyer(today: day("2014-07-02"), longerThan: 182) == nil, "182 days is not longer")
    #expect(a.searchingForBuyer(today: day("2014-07-01"), longerThan: 100) == 181)
  }

  @Test(arguments: [
    ("\"longSearchDays\": 182", "\"longSearchDays\": 0", "longSearchDays"),
    ("\"fiducia\": 90", "\"fiducia\": 0", "visitEveryDays.fiducia"),
    ("\"riskShare\": 0.1", "\"riskShare\": 1.5", "riskShare"),
  ])
  func aMonitoringThresholdOutOfRangeIsRefusedNamingTheFileAndKey(_ change: (String, String, String)) throws {
    try expectRefused("reference/monitoring.json", change)
  }
}
