import Testing

@testable import AlianzasDomain

/// The last two visits, and the last two surveys, side by side with what moved marked.
@Suite("Visit-to-visit changes")
struct VisitChangesTests {
  let rules = reference.monitoring

  func visit(_ id: String, _ date: String, kg: Double, price: Pesos, yes: Int, poa: Double) -> Visit {
    Visit(
      id: id, stamp: author.stamp, date: day(date), officer: "Ana", kind: .comercial,
      poaProgress: [POAProgress(indicatorID: "p1", done: poa)],
      deliveries: [Delivery(date: day(date), kg: kg, pricePerKg: price)],
      checklist: ManagementChecklist(
        costsKnown: yes > 0, booksUpToDate: yes > 1, assemblyHeldLastYear: yes > 2,
        cdaSessionsAsPlanned: yes > 3))
  }

  @Test func aVisitIsSetAgainstThePreviousOneAndBigMovesAreMarked() throws {
    var a = alliance(at: .comercializacion)
    a.visits = [
      visit("v2", "2014-05-01", kg: 3_000, price: 920, yes: 2, poa: 6),
      visit("v1", "2014-04-01", kg: 4_000, price: 900, yes: 3, poa: 5),
    ]
    #expect(a.changes(since: "v1", rules: rules) == nil, "the first visit has nothing before it")
    let (previous, changes) = try #require(a.changes(since: "v2", rules: rules))
    #expect(previous.id == "v1")
    func find(_ f: FigureChange.Figure) -> FigureChange? { changes.first { $0.figure == f } }
    #expect(find(.deliveredKg)?.marked == true, "a quarter less is beyond a fifth")
    #expect(abs((find(.deliveredKg)?.relative ?? 0) + 0.25) < 1e-12)
    #expect(find(.pricePerKg)?.marked == false, "2 % is not")
    #expect(find(.checklist)?.marked == true && find(.checklist)?.after == 2, "one fewer management fact")
    #expect(find(.poa("p1"))?.marked == true, "5 to 6 is a fifth")
    #expect(find(.members) == nil, "members not counted on either visit")
  }

  @Test func membersLeavingAreMarkedAndMembersJoiningAreNot() throws {
    var a = alliance(at: .comercializacion)
    a.visits = [
      visit("v1", "2014-04-01", kg: 4_000, price: 900, yes: 3, poa: 5),
      visit("v2", "2014-05-01", kg: 4_000, price: 900, yes: 3, poa: 5),
    ]
    func members(_ before: Int, _ after: Int?) throws -> FigureChange? {
      a.visits[0].activeMembers = before
      a.visits[1].activeMembers = after
      return try #require(a.changes(since: "v2", rules: rules)).changes.first { $0.figure == .members }
    }
    #expect(try members(40, 30)?.marked == true, "a quarter left")
    #expect(try members(40, 36)?.marked == false, "a tenth is within the threshold")
    #expect(try members(30, 40)?.marked == false, "joining is not a warning")
    #expect(try members(30, 40)?.after == 40)
    #expect(try members(40, nil) == nil, "not counted on the later visit")
  }

  func survey(_ id: String, _ date: String, yes: Int, ppi: [String?], income: Pesos) -> Survey {
    Survey(
      id: id, stamp: author.stamp, date: day(date), enumerator: "Ana", hasMinors: true,
      elcsa: (0..<15).map { $0 < yes ? .yes : .no }, ppi: ppi, incomeTotal: income, incomeFromProduct: income,
      status: .complete)
  }

  @Test func aSurveyIsSetAgainstTheHouseholdsPreviousOne() throws {
    let allA: [String?] = Array(repeating: "A", count: 10)
    var someB = allA
    someB[0] = "B"
    someB[1] = "B"
    var h = Household(
      id: "H1", stamp: author.stamp, code: "CAU-2013-001-H001", group: .beneficiary, headName: "María Muñoz",
      documentNumber: "1", village: "La Venta", members: 4, minors: 1, trained: true,
      joined: day("2013-01-01"))
    h.surveys = [
      survey("s1", "2013-06-01", yes: 3, ppi: allA, income: 10_000_000),
      survey("s2", "2014-06-01", yes: 4, ppi: someB, income: 13_000_000),
    ]
    let (previous, changes) = try #require(h.changes(since: "s2", instruments: instruments, rules: rules))
    #expect(previous.id == "s1")
    func find(_ f: FigureChange.Figure) -> FigureChange? { changes.first { $0.figure == f } }
    #expect(find(.elcsaYes)?.before == 3 && find(.elcsaYes)?.marked == false, "one answer is below two")
    let ppi = try #require(find(.ppiScore))
    #expect(ppi.after > ppi.before)
    #expect(find(.incomeTotal)?.marked == true, "three tenths more")
    #expect(h.changes(since: "s1", instruments: instruments, rules: rules) == nil)
  }
}
