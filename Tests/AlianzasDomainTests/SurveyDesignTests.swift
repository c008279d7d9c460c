import Foundation
import Testing

@testable import AlianzasDomain

/// The study's survey design, deliveries credited to one buyer, and products by department.
@Suite("Survey design, agreement in force, products by department")
struct SurveyDesignTests {
  static let seenOn = Day(year: 2014, month: 6, day: 30)!

  /// A household's facts as the sample cache keeps them: [b, t, joined, total, product, ppi,
  /// elcsa, likelihood, sample?], `joined` as a day's ordinal; seen on `seenOn`.
  func sample(_ json: String) throws -> HouseholdSample {
    var s = try JSONDecoder().decode(HouseholdSample.self, from: Data(json.utf8))
    #expect(s.years == nil, "a kept sample has no years until it is seen on a day")
    s.seen(on: Self.seenOn)
    return s
  }

  /// The ordinal of the day `years` whole years before `seenOn`.
  func joined(_ years: Int) -> Int { Self.seenOn.adding(days: -365 * years - 2).ordinal }

  @Test func theStudysDesignSetsImpactBeneficiariesAgainstControls() throws {
    let samples = [
      try sample(#"[true,true,\#(joined(5)),12000000,5000000,40,0,20,"impact"]"#),
      try sample(#"[true,false,\#(joined(2)),9000000,2000000,35,1,30,"study"]"#),
      try sample(#"[true,true,\#(joined(1)),30000000,9000000,60,0,5]"#),  // monitoring: no sample written
      try sample(#"[false,false,null,8000000,1500000,30,2,40,"impact"]"#),
    ]
    #expect(samples[0].years.map { $0 > 5 && $0 < 5.1 } == true)
    #expect(samples[2].sample == .monitoring)
    #expect(ComparisonDesign.preferred(for: samples) == .study)
    #expect(ComparisonDesign.preferred(for: [samples[2]]) == .all, "a programme's own store: every survey")
    let impact = GroupComparison(samples: samples, by: .beneficiary)
    #expect(impact.design == .study && impact.n == [1, 1])
    #expect(GroupComparison(samples: samples, by: .beneficiary, design: .all).n == [3, 1])
    #expect(GroupComparison(samples: samples, by: .training).n == [1, 1], "the study's beneficiaries only")
    #expect(GroupComparison(samples: samples, by: .tenure, design: .all).n == [1, 2])
    // What the cache writes reads back the same, and monitoring stays an eight-entry array.
    for s in samples {
      let data = try JSONEncoder().encode(s)
      var back = try JSONDecoder().decode(HouseholdSample.self, from: data)
      back.seen(on: Self.seenOn)
      #expect(back == s)
    }
    // The same sample seen later has more years: nothing of one day is kept.
    var later = samples[1]
    later.seen(on: Self.seenOn.adding(days: 365))
    #expect(later.years.map { $0 > 3 } == true)
    let monitoring = try #require(String(data: JSONEncoder().encode(samples[2]), encoding: .utf8))
    #expect(!monitoring.contains("monitoring"))
  }

  @Test func aDeliveryIsCreditedToTheAgreementInForceThatDay() throws {
    var a = newAlliance()
    let broke = day("2013-10-15")
    a.agreements = [
      agreement(
        id: "g1", start: day("2013-06-01"), rupture: Rupture(date: broke, cause: .price, endedBy: .buyer)),
      agreement(id: "g2", start: broke, replaces: "g1"),
    ]
    func delivery(_ date: String, _ kg: Double) -> Visit {
      Visit(
        id: "v\(date)", stamp: author.stamp, date: day(date), officer: "Ana", kind: .comercial,
        deliveries: [Delivery(date: day(date), kg: kg, pricePerKg: 900)])
    }
    a.visits = [delivery("2013-09-01", 9_000), delivery("2013-10-15", 4_000), delivery("2013-11-15", 10_000)]
    #expect(a.agreement(inForceOn: day("2013-09-01"))?.id == "g1")
    #expect(a.agreement(inForceOn: broke)?.id == "g2", "the day one broke and the next began: the new one")
    #expect(a.agreement(inForceOn: day("2013-05-31")) == nil)
    #expect(a.deliveries(under: a.agreements[0]).map(\.kg) == [9_000])
    #expect(a.deliveries(under: a.agreements[1]).map(\.kg) == [4_000, 10_000])
    // On its first day the new buyer has what was delivered to it that day, never the old buyer's.
    #expect(a.compliance(of: a.agreements[1], asOf: broke) == 0.4)
    // The old one, over its 136 days, only what was delivered before it broke.
    let old = try #require(a.compliance(of: a.agreements[0], asOf: today))
    #expect(abs(old - 9_000 / (10_000 * 136 / 30.4375)) < 1e-12)
  }

  @Test func productsByDepartmentAreCheckedData() throws {
    let file = "reference/department-products.json"
    try expectRefused(file, (#""19": ["leche""#, #""19": ["lechuga""#, "departments.19"))
    try expectRefused(
      file, (#""99": ["caucho", "cacao", "palma", "carne", "miel"]"#, #""99": []"#, "departments.99"))
    try expectRefused(file, (#""88": []"#, #""88": [], "00": ["leche"]"#, "departments.00"))
  }

  @Test func theDemoFarmsWhatEachDepartmentFarmsAndMarksItsStudy() {
    var alliances = 0, misplaced: [String] = [], impact: [String] = [], study = 0
    DemoGenerator(reference: reference, instruments: instruments, seed: 1, scale: 0.1).generate { a, r in
      alliances += 1
      let department = reference.department(code: a.departmentCode)!
      if !reference.products(in: department).contains(where: { $0.id == a.product }) {
        misplaced.append("\(a.code) \(a.product)")
      }
      let samples = Set(r.households.flatMap { $0.surveys.compactMap(\.sample) })
      if samples.contains(.impact) { impact.append("\(a.departmentCode) \(a.product)") }
      if samples.contains(.study) { study += 1 }
      // A delivery never falls on a day without an agreement in force.
      for d in a.deliveries { #expect(a.agreement(inForceOn: d.date) != nil, "\(a.code) \(d.date)") }
    }
    #expect(alliances == 78)
    #expect(misplaced.isEmpty, "\(misplaced)")
    #expect(impact.sorted() == ["19 leche", "66 panela"])
    #expect(study == 8)
  }
}
