import Testing

@testable import AlianzasDomain

@Suite("Lifecycle guards")
struct LifecycleTests {
  static let steps = Stage.allCases.dropFirst().map { $0 }

  @Test("each stage is reachable from the one before when its facts are on record", arguments: steps)
  func allowed(stage: Stage) throws {
    var a = alliance(at: Stage.allCases[stage.number - 2])
    try Lifecycle.advance(
      &a, to: stage, on: day("2014-05-01"), officer: "Ana", note: "ok", author: author, today: today)
    #expect(a.stage == stage)
    #expect(a.stageHistory.last?.stage == stage)
    #expect(a.stageHistory.last?.note == "ok")
    #expect(a.stamp.revision == 2)
  }

  @Test("every requirement of every stage refuses the step when missing, naming it", arguments: steps)
  func refusedForEachMissingFact(stage: Stage) {
    for requirement in Lifecycle.requirements(for: stage) {
      var a = alliance(at: Stage.allCases[stage.number - 2])
      set(requirement, false, in: &a)
      let reasons = Lifecycle.refusals(a, to: stage, on: day("2014-05-01"), officer: "Ana", today: today)
      #expect(reasons == [.missing([requirement])], "\(stage) without \(requirement)")
      let message = reasons[0].message(.es, target: stage.label.es)
      #expect(message.contains(requirement.label.es))
      var copy = a
      #expect(throws: LifecycleRefusal.missing([requirement])) {
        try Lifecycle.advance(
          &copy, to: stage, on: day("2014-05-01"), officer: "Ana", note: "", author: author, today: today)
      }
      #expect(copy == a, "a refused step changes nothing")
    }
  }

  @Test func designExampleMessage() {
    var a = alliance(at: .instalacionCDA)
    set(.giroDate, false, in: &a)
    let reasons = Lifecycle.refusals(a, to: .ejecucion, on: day("2014-05-01"), officer: "Ana", today: today)
    #expect(
      reasons.first?.message(.es, target: "Ejecución")
        == "no puede pasar a Ejecución: falta la fecha de giro del Incentivo Modular")
    #expect(
      reasons.first?.message(.en, target: "Execution")
        == "cannot move to Execution: missing the date the Incentivo Modular was transferred")
  }

  @Test func severalMissingFactsAreListedTogether() {
    var a = alliance(at: .instalacionCDA)
    set(.giroDate, false, in: &a)
    set(.cdaInstalled, false, in: &a)
    let message = Lifecycle.refusals(a, to: .ejecucion, on: day("2014-05-01"), officer: "Ana", today: today)[
      0
    ]
    .message(.es, target: "Ejecución")
    #expect(
      message
        == "no puede pasar a Ejecución: falta la fecha de giro del Incentivo Modular y el acta de instalación del CDA"
    )
  }

  @Test func stagesCannotBeSkippedOrRepeated() {
    let a = alliance(at: .perfil)
    let skip = Lifecycle.refusals(a, to: .aprobacion, on: day("2014-05-01"), officer: "Ana", today: today)
    #expect(skip.contains(.notNext(current: .perfil, next: .preinversion)))
    #expect(skip[0].message(.es, target: "Aprobación").contains("la etapa siguiente es Preinversión"))
    let back = Lifecycle.refusals(a, to: .convocatoria, on: day("2014-05-01"), officer: "Ana", today: today)
    #expect(back.contains(.notNext(current: .perfil, next: .preinversion)))
    let last = alliance(at: .post)
    #expect(
      Lifecycle.refusals(last, to: .post, on: day("2014-05-01"), officer: "Ana", today: today).first
        == .notNext(current: .post, next: nil))
  }

  @Test func datesCannotGoBackwardsNorIntoTheFuture() {
    let a = alliance(at: .perfil)  // last change on 2013-03-08
    #expect(
      Lifecycle.refusals(a, to: .preinversion, on: day("2013-03-07"), officer: "Ana", today: today)
        == [.dateBeforePrevious(day("2013-03-08"))])
    #expect(
      Lifecycle.refusals(a, to: .preinversion, on: day("2013-03-08"), officer: "Ana", today: today).isEmpty)
    #expect(
      Lifecycle.refusals(a, to: .preinversion, on: today.adding(days: 1), officer: "Ana", today: today) == [
        .dateInFuture
      ])
  }

  @Test func anEarlierStageCanBeRecordedWithItsOwnDate() throws {
    var a = alliance(at: .perfil)
    try Lifecycle.advance(
      &a, to: .preinversion, on: day("2013-05-02"), officer: "Ana", note: "registro tardío", author: author,
      today: today)
    #expect(a.stageHistory.last?.date == day("2013-05-02"))
    #expect(a.stageHistory.last?.recordedAt == author.at)
  }

  @Test func officerIsRequired() {
    let a = alliance(at: .perfil)
    #expect(
      Lifecycle.refusals(a, to: .preinversion, on: day("2014-01-01"), officer: "  ", today: today) == [
        .officerMissing
      ])
  }

  @Test func suspendedOrClosedAlliancesDoNotAdvance() throws {
    var a = alliance(at: .perfil)
    try Lifecycle.setStatus(
      &a, to: .suspendida, on: day("2014-01-01"), officer: "Ana", note: "orden público", author: author,
      today: today)
    #expect(
      Lifecycle.refusals(a, to: .preinversion, on: day("2014-02-01"), officer: "Ana", today: today) == [
        .statusBlocks(.suspendida)
      ])
    try Lifecycle.setStatus(
      &a, to: .activa, on: day("2014-02-01"), officer: "Ana", note: "", author: author, today: today)
    try Lifecycle.advance(
      &a, to: .preinversion, on: day("2014-02-02"), officer: "Ana", note: "", author: author, today: today)
    #expect(a.statusHistory.map(\.status) == [.suspendida, .activa])
  }

  @Test func statusRules() throws {
    var a = alliance(at: .ejecucion)
    let on = day("2014-01-01")
    #expect(
      Lifecycle.refusals(a, status: .activa, on: on, officer: "Ana", note: "", today: today) == [.sameStatus])
    #expect(
      Lifecycle.refusals(a, status: .suspendida, on: on, officer: "Ana", note: "", today: today) == [
        .noteMissing
      ])
    #expect(
      Lifecycle.refusals(a, status: .rupturaComercial, on: on, officer: "Ana", note: "x", today: today) == [
        .missing([.activeAgreement])
      ])
    try Lifecycle.setStatus(
      &a, to: .cerrada, on: on, officer: "Ana", note: "dejó de operar", author: author, today: today)
    let reopened = Lifecycle.refusals(
      a, status: .activa, on: day("2014-02-01"), officer: "Ana", note: "", today: today)
    #expect(reopened == [.closedIsFinal])
    #expect(
      reopened[0].message(.es, target: "Activa")
        == "no puede pasar a Activa: una alianza cerrada no cambia de estado")
    #expect(
      Lifecycle.refusals(
        a, status: .suspendida, on: day("2013-12-01"), officer: "Ana", note: "x", today: today
      ).contains(.dateBeforePrevious(on)))
  }

  @Test func ruptureAndRelinkMoveTheStatus() throws {
    var a = alliance(at: .comercializacion)
    try a.recordRupture(
      agreement: "g1", Rupture(date: day("2014-01-10"), cause: .price, endedBy: .buyer), author: author,
      today: today)
    #expect(a.status == .rupturaComercial)
    #expect(a.currentAgreement == nil)
    #expect(
      Lifecycle.refusals(a, status: .activa, on: day("2014-02-01"), officer: "Ana", note: "", today: today)
        == [.needsRelink])
    #expect(throws: AgreementRefusal.alreadyEnded) {
      try a.recordRupture(
        agreement: "g1", Rupture(date: day("2014-01-11"), cause: .price, endedBy: .buyer), author: author,
        today: today)
    }
    #expect(throws: AgreementRefusal.beforeRupture(day("2014-01-10"))) {
      try a.recordRelink(
        replacing: "g1", with: agreement(id: "g2", start: day("2014-01-09")), author: author, today: today)
    }
    try a.recordRelink(
      replacing: "g1", with: agreement(id: "g2", start: day("2014-03-01")), author: author, today: today)
    #expect(a.status == .activa)
    #expect(a.currentAgreement?.id == "g2")
    #expect(a.daysToRelink(a.firstAgreement!) == 50)
    #expect(a.validate(reference: reference, today: today).isEmpty)
  }

  @Test func ruptureRefusals() {
    var a = alliance(at: .comercializacion)
    #expect(throws: AgreementRefusal.unknownAgreement) {
      try a.recordRupture(
        agreement: "nope", Rupture(date: day("2014-01-10"), cause: .price, endedBy: .buyer), author: author,
        today: today)
    }
    #expect(throws: AgreementRefusal.beforeStart(day("2013-06-01"))) {
      try a.recordRupture(
        agreement: "g1", Rupture(date: day("2013-01-10"), cause: .price, endedBy: .buyer), author: author,
        today: today)
    }
    #expect(throws: AgreementRefusal.inFuture) {
      try a.recordRupture(
        agreement: "g1", Rupture(date: today.adding(days: 2), cause: .price, endedBy: .buyer), author: author,
        today: today)
    }
    #expect(throws: AgreementRefusal.causeDetailMissing) {
      try a.recordRupture(
        agreement: "g1", Rupture(date: day("2014-01-10"), cause: .other, endedBy: .buyer), author: author,
        today: today)
    }
    #expect(throws: AgreementRefusal.notRuptured) {
      try a.recordRelink(replacing: "g1", with: agreement(id: "g2"), author: author, today: today)
    }
    #expect(AgreementRefusal.causeDetailMissing.message(.es) == "con la causa «Otra» hay que describirla")
  }
}
