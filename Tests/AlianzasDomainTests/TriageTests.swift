import Testing

@testable import AlianzasDomain

/// Each triage alert from an alliance that raises it and one that does not.
@Suite("Supervisor's triage")
struct TriageTests {
  let rules = reference.monitoring

  func alerts(_ a: Alliance, durations: [AgreementDuration] = []) -> [TriageAlert] {
    Triage.alerts(
      [
        Triage.Member(
          figures: a.figures(instruments: instruments, today: today),
          facts: a.triageFacts(instruments.idap, today: today))
      ],
      durations: durations, rules: rules, today: today)
  }

  func kinds(_ a: Alliance) -> [TriageAlert.Kind] { alerts(a).map(\.kind) }

  func visited(_ a: Alliance, on days: [String]) -> Alliance {
    var a = a
    a.visits = days.enumerated().map { i, d in
      Visit(id: "v\(i)", stamp: author.stamp, date: day(d), officer: "Ana", kind: .comercial)
    }
    return a
  }

  @Test func aVisitIsOverdueByItsStagesSchedule() {
    let selling = alliance(at: .comercializacion)  // every 60 days
    #expect(!kinds(visited(selling, on: ["2014-05-15"])).contains(.visitOverdue))
    let late = alerts(visited(selling, on: ["2014-04-01"])).filter { $0.kind == .visitOverdue }
    #expect(late.count == 1 && late[0].severity == 2 && late[0].message.es.contains("hace 90 días"))
    #expect(alerts(visited(selling, on: ["2013-12-01"])).first { $0.kind == .visitOverdue }?.severity == 3)
    // After the plan, a visit every 120 days is enough.
    #expect(!kinds(visited(alliance(at: .post), on: ["2014-03-15"])).contains(.visitOverdue))
  }

  @Test func overdueLoansOfTheFundAreAlerted() {
    var a = visited(alliance(at: .fondoRotatorio), on: ["2014-06-01"])
    a.finance.fund.loans = [
      Loan(id: "l1", date: day("2014-01-10"), amount: 5_000_000, outstanding: 4_000_000)
    ]
    #expect(!kinds(a).contains(.fundArrears))
    a.finance.fund.loans[0].overdue = 1_000_000
    let arrears = alerts(a).filter { $0.kind == .fundArrears }
    #expect(arrears.count == 1 && arrears[0].severity == 3, "a quarter of the portfolio is overdue")
    #expect(arrears[0].message.en.contains("25%"))
  }

  @Test func aLongSearchForABuyerIsAlerted() {
    var a = visited(alliance(at: .comercializacion), on: ["2014-06-01"])
    a.agreements = [agreement(rupture: Rupture(date: day("2014-03-01"), cause: .price, endedBy: .buyer))]
    #expect(!kinds(a).contains(.longSearch), "four months: not yet")
    a.agreements = [agreement(rupture: Rupture(date: day("2013-09-01"), cause: .price, endedBy: .buyer))]
    #expect(kinds(a).contains(.longSearch))
  }

  @Test func anIDAPDropSinceThePreviousVisitIsAlerted() {
    // The facts as the index keeps them: the IDAP at the previous visit against today's.
    var a = visited(alliance(at: .comercializacion), on: ["2014-04-01", "2014-06-01"])
    var now = a.figures(instruments: instruments, today: today)
    now.idap = 60
    let idap = 60.0
    var facts = a.triageFacts(instruments.idap, today: today)
    #expect(facts.previousVisit == day("2014-04-01"))
    facts.idapBefore = idap + rules.idapDropPoints + 1
    let dropped = Triage.alerts(
      [Triage.Member(figures: now, facts: facts)], durations: [], rules: rules, today: today)
    #expect(dropped.map(\.kind) == [.idapDrop])
    facts.idapBefore = idap + 1
    #expect(
      Triage.alerts([Triage.Member(figures: now, facts: facts)], durations: [], rules: rules, today: today)
        .isEmpty)
    a.visits.removeLast()
    #expect(a.triageFacts(instruments.idap, today: today).idapBefore == nil, "one visit: nothing to compare")
  }

  @Test func theRecordsAsOfADayLeaveOutWhatCameLater() {
    var a = alliance(at: .comercializacion)
    a.agreements = [agreement(rupture: Rupture(date: day("2014-03-01"), cause: .price, endedBy: .buyer))]
    a.finance.fund.repayments = [Repayment(id: "r1", date: day("2014-05-01"), amount: 1_000)]
    let before = a.asOf(day("2014-02-01"))
    #expect(before.agreements[0].rupture == nil && before.finance.fund.repayments.isEmpty)
    #expect(before.stage == .comercializacion, "the stages were reached in 2013")
  }

  @Test func closedAlliancesRaiseNothingAndTheListIsMostSeriousFirst() {
    var closed = alliance(at: .post)
    closed.status = .cerrada
    #expect(alerts(closed).isEmpty)
    var a = visited(alliance(at: .comercializacion), on: ["2014-03-01"])
    a.agreements = [agreement(rupture: Rupture(date: day("2013-09-01"), cause: .price, endedBy: .buyer))]
    let list = alerts(a)
    #expect(list.map(\.severity) == list.map(\.severity).sorted(by: >))
  }
}
