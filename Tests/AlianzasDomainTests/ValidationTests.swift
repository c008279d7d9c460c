import Testing

@testable import AlianzasDomain

@Suite("Validation names the field and the reason")
struct ValidationTests {
  func fields(_ issues: [ValidationIssue]) -> [String] { issues.map(\.field) }

  @Test func aValidAllianceHasNoIssues() {
    #expect(alliance(at: .post).validate(reference: reference, today: today).isEmpty)
  }

  @Test func allianceIdentity() {
    var a = newAlliance()
    a.code = "cau-13-1"
    a.name = ""
    a.departmentCode = "00"
    a.municipality.code = "52001"
    a.product = "uranio"
    a.callYear = 1990
    let issues = a.validate(reference: reference, today: today)
    #expect(fields(issues) == ["code", "name", "departmentCode", "municipality.code", "product", "callYear"])
    #expect(issues[1].message(.es) == "name: no puede estar vacío")
    #expect(issues[4].message(.en) == "product: unknown code «uranio»")
    #expect(issues[5].message(.es) == "callYear: debe estar entre 2002 y 2014")
  }

  @Test func municipalityMustBelongToItsDepartment() {
    var a = newAlliance()
    a.municipality.code = "52001"
    let issue = a.validate(reference: reference, today: today).first
    #expect(issue?.message(.es) == "municipality.code: no pertenece al departamento 19")
  }

  @Test func organization() {
    var a = newAlliance()
    a.organization.members = 0
    a.organization.resignations = 100
    a.organization.indigenousMembers = -1
    a.organization.nit = "ABC"
    #expect(
      fields(a.validate(reference: reference, today: today)) == [
        "organization.nit", "organization.members", "organization.resignations",
        "organization.indigenousMembers",
      ])
  }

  @Test func controlCharactersAndLongTextAreRejected() {
    var a = newAlliance()
    a.name = "Alianza\u{0007}"
    a.oga = String(repeating: "x", count: 201)
    let issues = a.validate(reference: reference, today: today)
    #expect(issues.map(\.problem) == [.controlCharacters, .tooLong(max: 200)])
  }

  @Test func agreementsAndMoney() {
    var a = alliance(at: .comercializacion)
    a.agreements = [
      agreement(id: "g1", rupture: Rupture(date: day("2013-01-01"), cause: .other, endedBy: .buyer)),
      agreement(id: "g2", start: today.adding(days: 3)),
      agreement(id: "g3"),
    ]
    a.agreements[2].pricePerKg = -5
    a.finance.modularIncentive = 2_000_000_000
    a.finance.fund.loans = [Loan(id: "l1", date: day("2013-01-01"), amount: 10, outstanding: 5, overdue: 9)]
    let issues = fields(a.validate(reference: reference, today: today))
    #expect(
      issues == [
        "agreements[0].rupture.date", "agreements[0].rupture.causeDetail", "agreements[1].start",
        "agreements[2].pricePerKg", "agreements", "finance.modularIncentive", "finance.fund.loans[0].overdue",
      ])
  }

  @Test func historyCannotGoBack() {
    var a = alliance(at: .convenio)
    a.stageHistory.swapAt(1, 2)
    let issues = a.validate(reference: reference, today: today)
    #expect(fields(issues).contains("stageHistory[2].stage"))
    #expect(fields(issues).contains("stageHistory[2].date"))
  }

  @Test func visits() {
    var a = alliance(at: .ejecucion)
    a.visits = [
      Visit(
        id: "v1", stamp: author.stamp, date: day("2014-01-10"), officer: "", kind: .comercial,
        poaProgress: [POAProgress(indicatorID: "p9", done: 3)],
        deliveries: [Delivery(date: day("2014-01-10"), kg: 10, pricePerKg: 900, rejectedKg: 20)],
        commitments: [Commitment(text: "Enviar actas", due: day("2014-01-01"))]),
      Visit(id: "v1", stamp: author.stamp, date: today.adding(days: 1), officer: "Ana", kind: .tecnica),
    ]
    #expect(
      fields(a.validate(reference: reference, today: today)) == [
        "visits[0].officer", "visits[0].deliveries[0].rejectedKg", "visits[0].poaProgress[0].indicatorID",
        "visits[0].commitments[0].due", "visits[1].id", "visits[1].date",
      ])
  }

  func household() -> Household {
    Household(
      id: "h1", stamp: author.stamp, code: "CAU-2013-001-H001", group: .beneficiary, headName: "María Gómez",
      documentNumber: "12345678", village: "La Esperanza", members: 4, minors: 2, trained: true,
      joined: day("2013-05-01"))
  }

  @Test func households() {
    #expect(household().validate(instruments: instruments, today: today).isEmpty)
    var h = household()
    h.members = 0
    h.minors = 3
    h.documentNumber = "12.345"
    h.group = .control
    #expect(
      fields(h.validate(instruments: instruments, today: today)) == [
        "documentNumber", "members", "minors", "joined",
      ])
  }

  @Test func surveys() {
    var s = Survey(id: "s1", stamp: author.stamp, date: day("2014-02-01"), enumerator: "Ana")
    #expect(s.validate(instruments: instruments, today: today).isEmpty, "a draft may be incomplete")
    s.status = .complete
    let issue = s.validate(instruments: instruments, today: today).first
    #expect(issue?.field == "status")
    #expect(issue?.message(.es).contains("ELCSA P, ELCSA 1") == true)
    s.ppi[0] = "Z"
    s.incomeTotal = 100
    s.incomeFromProduct = 200
    s.elcsa = [nil]
    #expect(
      fields(s.validate(instruments: instruments, today: today)) == ["elcsa", "ppi[0]", "incomeFromProduct"])
  }
}
