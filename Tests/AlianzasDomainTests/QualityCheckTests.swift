import Testing

@testable import AlianzasDomain

/// Each data-quality check against a record that trips it and one that does not.
@Suite("Data-quality checks")
struct QualityCheckTests {
  let rules = reference.quality

  func findings(_ a: Alliance) -> [QualityFinding] {
    a.qualityFindings(rules, plausibility: reference.plausibility)
  }

  func checks(_ a: Alliance) -> [QualityRules.Check.ID] { findings(a).map(\.check) }

  /// An alliance at commercialization with eight visits, one delivery each of `kilos[i]` at `prices[i]`.
  func delivering(_ kilos: [Double], _ prices: [Pesos]) -> Alliance {
    var a = alliance(at: .comercializacion)
    a.visits = zip(kilos, prices).enumerated().map { i, d in
      let date = day("2013-07-01").adding(days: 30 * i)
      return Visit(
        id: "v\(i)", stamp: author.stamp, date: date, officer: "Ana", kind: .comercial,
        deliveries: [Delivery(date: date, kg: d.0, pricePerKg: d.1)])
    }
    return a
  }

  @Test func aFactTheStageNeedsIsMissingOnceAndNamed() {
    #expect(!checks(alliance(at: .comercializacion)).contains(.missingForStage))
    var a = alliance(at: .comercializacion)
    set(.cdaInstalled, false, in: &a)
    let found = findings(a).filter { $0.check == .missingForStage }
    #expect(found.count == 1 && found[0].severity == 3)
    #expect(found[0].message.es == "En la etapa 8. Ejecución falta el acta de instalación del CDA.")
    #expect(found[0].message.en == "At stage 8. Execution, the board (CDA) installation act is missing.")
    // An agreement lost to a rupture is the alerts' business, not a missing fact.
    var ruptured = alliance(at: .comercializacion)
    set(.activeAgreement, false, in: &ruptured)
    #expect(!checks(ruptured).contains(.missingForStage))
  }

  @Test func aDeliveryFarFromTheAlliancesOwnIsFoundByTheMedianAndMAD() {
    let usual: [Double] = [4_000, 4_200, 3_900, 4_100, 4_050, 3_950, 4_150]
    let prices = [Pesos](repeating: 900, count: 8)
    #expect(!checks(delivering(usual + [4_300], prices)).contains(.deliveryOutlier))
    let odd = findings(delivering(usual + [40_000], prices)).filter { $0.check == .deliveryOutlier }
    #expect(odd.count == 1 && odd[0].target == .visit("v7"))
    #expect(odd[0].message.es.contains("40.000 kg") && odd[0].message.en.contains("40,000 kg"))
    // Too few deliveries to judge: nothing.
    #expect(!checks(delivering([4_000, 4_100, 40_000], [900, 900, 900])).contains(.deliveryOutlier))
  }

  @Test func aPriceFarFromTheAlliancesOwnIsFound() {
    let kilos = [Double](repeating: 4_000, count: 8)
    let usual: [Pesos] = [900, 910, 890, 905, 895, 900, 915]
    #expect(!checks(delivering(kilos, usual + [920])).contains(.priceOutlier))
    let odd = findings(delivering(kilos, usual + [9_000])).filter { $0.check == .priceOutlier }
    #expect(odd.count == 1 && odd[0].target == .visit("v7"))
  }

  /// A steady alliance (most values equal, so the MAD is nearly 0) makes any difference look
  /// extreme; a value must also be far from the median in plain terms: 40 % for kilograms, 25 %
  /// for prices.
  @Test func aSmallDepartureFromASteadyAllianceIsNoFinding() {
    let steady = [Double](repeating: 40_000, count: 7)
    let prices = [Pesos](repeating: 1_100, count: 8)
    #expect(!checks(delivering(steady + [27_500], prices)).contains(.deliveryOutlier), "31 % below")
    #expect(checks(delivering(steady + [20_000], prices)).contains(.deliveryOutlier), "half")
    let kilos = [Double](repeating: 4_000, count: 8)
    let usual = [Pesos](repeating: 1_100, count: 7)
    #expect(!checks(delivering(kilos, usual + [1_150])).contains(.priceOutlier), "5 % above")
    #expect(checks(delivering(kilos, usual + [1_500])).contains(.priceOutlier), "36 % above")
  }

  @Test func anOpenPlausibilityWarningIsAFindingAndAConfirmedOneIsNot() {
    var a = alliance(at: .comercializacion)
    a.organization.members = a.organization.initialMembers + 5
    #expect(checks(a).contains(.plausibility))
    let warning = a.openWarnings(reference.plausibility)[0]
    a.plausibilityConfirmed = [
      PlausibilityConfirmation(
        rule: warning.rule, subject: warning.subject, fingerprint: warning.fingerprint, by: "Ana", date: today
      )
    ]
    #expect(!checks(a).contains(.plausibility))
  }

  /// A household whose titular authorized surveys when it joined.
  func household(_ id: String, name: String, document: String, village: String) -> Household {
    var h = Household(
      id: id, stamp: author.stamp, code: "CAU-2013-001-\(id)", group: .beneficiary, headName: name,
      documentNumber: document, village: village, members: 4, minors: 1, trained: true,
      joined: day("2013-01-01"))
    h.authorization = Authorization(date: day("2013-01-01"), officer: "Ana")
    return h
  }

  @Test func aSurveyCompletedWithoutTheTitularsAuthorizationIsFound() {
    var h = household("H1", name: "María Eugenia Muñoz", document: "1", village: "La Venta")
    h.surveys = [
      Survey(
        id: "s1", stamp: author.stamp, date: day("2014-03-01"), enumerator: "Ana", hasMinors: true,
        elcsa: (0..<15).map { $0 % 3 == 0 ? .yes : .no }, ppi: (0..<10).map { $0 % 2 == 0 ? "A" : "B" },
        status: .complete)
    ]
    let covered = HouseholdRoster(allianceCode: "CAU-2013-001", households: [h])
    #expect(covered.qualityFindings(rules).isEmpty)
    h.authorization = nil
    let missing = HouseholdRoster(allianceCode: "CAU-2013-001", households: [h]).qualityFindings(rules)
    #expect(missing.map(\.check) == [.completedWithoutAuthorization])
    #expect(missing.first?.severity == 3)
    #expect(missing.first?.message.en.contains("CAU-2013-001-H1 on 2014-03-01") == true)
    h.authorization = Authorization(date: day("2014-04-01"), officer: "Ana")
    let late = HouseholdRoster(allianceCode: "CAU-2013-001", households: [h]).qualityFindings(rules)
    #expect(late.map(\.check) == [.completedWithoutAuthorization], "given after the survey")
  }

  @Test func aHouseholdRegisteredTwiceIsFoundByDocumentOrByANearlyEqualName() {
    let duplicate = { (r: HouseholdRoster) in
      r.qualityFindings(rules).filter { $0.check == .duplicateHousehold }
    }
    let distinct = HouseholdRoster(
      allianceCode: "CAU-2013-001",
      households: [
        household("H1", name: "María Eugenia Muñoz", document: "34.567.890", village: "La Venta"),
        household("H2", name: "José Libardo Pérez", document: "10.234.567", village: "La Venta"),
      ])
    #expect(duplicate(distinct).isEmpty)
    let sameDocument = HouseholdRoster(
      allianceCode: "CAU-2013-001",
      households: [
        household("H1", name: "María Eugenia Muñoz", document: "34.567.890", village: "La Venta"),
        household("H2", name: "Maria E. Munoz", document: "34567890", village: "El Tambo"),
      ])
    #expect(duplicate(sameDocument).first?.message.es.contains("mismo documento") == true)
    // Accents and one typo aside, the same name in the same village.
    let typo = HouseholdRoster(
      allianceCode: "CAU-2013-001",
      households: [
        household("H1", name: "María Eugenia Muñoz", document: "", village: "La Venta"),
        household("H2", name: "Maria Eugenia Munos", document: "", village: "la venta"),
      ])
    #expect(duplicate(typo).count == 1)
    // Said to be different families: not asked again.
    var told = typo
    told.households[1].distinctFrom = ["H1"]
    #expect(duplicate(told).isEmpty)
  }

  @Test func aSurveyWithTheSameAnswerThroughoutIsFound() {
    func roster(elcsa: [ElcsaAnswer?], ppi: [String?]) -> HouseholdRoster {
      var h = household("H1", name: "María Eugenia Muñoz", document: "1", village: "La Venta")
      h.surveys = [
        Survey(
          id: "s1", stamp: author.stamp, date: day("2014-03-01"), enumerator: "Ana", hasMinors: true,
          elcsa: elcsa,
          ppi: ppi, status: .complete)
      ]
      return HouseholdRoster(allianceCode: "CAU-2013-001", households: [h])
    }
    let same = roster(
      elcsa: Array(repeating: ElcsaAnswer.yes, count: 15), ppi: Array(repeating: "A", count: 10))
    #expect(same.qualityFindings(rules).map(\.check) == [.sameAnswerThroughout])
    var varied = Array(repeating: ElcsaAnswer.yes, count: 15)
    varied[3] = .no
    #expect(roster(elcsa: varied, ppi: Array(repeating: "A", count: 10)).qualityFindings(rules).isEmpty)
  }

  @Test func aSurveyAnsweredTooFastIsFoundAndOneTakenCalmlyIsNot() throws {
    func roster(seconds: Int64?, status: SurveyStatus = .complete) -> HouseholdRoster {
      var h = household("H1", name: "María Eugenia Muñoz", document: "1", village: "La Venta")
      var s = Survey(
        id: "s1", stamp: author.stamp, date: day("2014-03-01"), enumerator: "Ana", hasMinors: true,
        elcsa: (0..<15).map { $0 % 3 == 0 ? .yes : .no }, ppi: (0..<10).map { $0 % 2 == 0 ? "A" : "B" },
        status: status)
      let start = Timestamp(day: day("2014-03-01"), hour: 9)
      s.startedAt = start
      s.completedAt = seconds.map { Timestamp(secondsSinceEpoch: start.secondsSinceEpoch + $0) }
      h.surveys = [s]
      return HouseholdRoster(allianceCode: "CAU-2013-001", households: [h])
    }
    // 25 answers at 4 seconds each is 100 seconds.
    let fast = roster(seconds: 75).qualityFindings(rules)
    #expect(fast.map(\.check) == [.answeredTooFast])
    #expect(
      fast.first?.message.es
        == "Encuesta de CAU-2013-001-H1 del 2014-03-01: 25 respuestas en 1 min 15 s, menos de 4 segundos por respuesta."
    )
    #expect(
      fast.first?.message.en
        == "Survey of CAU-2013-001-H1 on 2014-03-01: 25 answers in 1 min 15 s, under 4 seconds an answer.")
    #expect(fast.first?.target == .survey(household: "H1", survey: "s1"))
    #expect(
      roster(seconds: 100).qualityFindings(rules).isEmpty, "exactly four seconds an answer is not too fast")
    #expect(roster(seconds: 1_500).qualityFindings(rules).isEmpty)
    #expect(roster(seconds: nil).qualityFindings(rules).isEmpty, "never completed: no duration")
    #expect(roster(seconds: 30, status: .draft).qualityFindings(rules).isEmpty, "a draft is not judged")
    #expect(roster(seconds: -60).qualityFindings(rules).isEmpty, "a clock set back proves nothing")
  }

  @Test func theEditDistanceStopsEarlyAndCountsTypos() {
    #expect(Robust.editDistance("maria munoz", "maria munos", atMost: 2) == 1)
    #expect(Robust.editDistance("kitten", "sitting", atMost: 5) == 3)
    #expect(Robust.editDistance("abcdefgh", "zyxwvuts", atMost: 2) == 3, "stops once past the bound")
    #expect(Robust.median([3, 1, 2, 10]) == 2.5)
  }
}
