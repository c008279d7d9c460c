import AlianzasDomain
import Testing

@testable import AlianzasTUI

/// The review screen as a supervisor and an officer use it: the queue, a return with its reason
/// and comment, the to-do first, the filter by state.
@Suite("The supervisor's queue")
struct SupervisionQueueTests {
  func loaded() -> AppState {
    var s = state(80, 24)
    press(&s, .char("5"))
    let items = s.data.alliances.keys.sorted().prefix(2).flatMap { s.data.alliances[$0]!.supervisionItems }
    _ = reduce(&s, .review(.loaded([], supervision: items)))
    return s
  }

  @Test func aReturnAsksAReasonThenACommentAndAsksTheRuntime() throws {
    var s = loaded()
    #expect(screen(s).contains("Mostrando: por atender"))
    let first = try #require(ReviewFeature.selectedRecord(s))
    press(&s, .char("d"))
    #expect(screen(s).contains("¿Por qué se devuelve?"))
    // Only reasons for this kind of record are offered.
    #expect(!screen(s).contains("La misma respuesta en todas las preguntas"))
    for c in "fecha" { press(&s, .char(c)) }
    press(&s, .enter)
    #expect(screen(s).contains("Fecha equivocada"))
    for c in "Revisar la fecha" { press(&s, .char(c)) }
    let effects = press(&s, .enter)
    guard case .supervise(let code, let target, let step)? = effects.first else {
      Issue.record("no step: \(effects)")
      return
    }
    #expect(code == first.allianceCode && target == first.target)
    #expect(step == .giveBack(reasons: ["wrongDate"], comment: "Revisar la fecha"))
  }

  @Test func aReturnedRecordHeadsTheQueueAndOnlyTheOfficerCanSendItBack() throws {
    var s = loaded()
    var items = s.review.supervision
    let last = items.count - 1
    items[last].review = SupervisorReview(
      verdict: .returned, reasons: ["wrongDate"], comment: "", by: "Ana Muñoz", date: s.data.today)
    _ = reduce(&s, .review(.loaded([], supervision: items)))
    #expect(ReviewFeature.selectedRecord(s)?.id == items[last].id, "the to-do comes first")
    // Approving it is refused with the reason; resubmitting asks a comment.
    press(&s, .char("a"))
    #expect(screen(s).contains("Está devuelto al técnico"))
    press(&s, .char("r"))
    for c in "Corregida" { press(&s, .char(c)) }
    let effects = press(&s, .enter)
    guard case .supervise(_, _, let step)? = effects.first else {
      Issue.record("no step: \(effects)")
      return
    }
    #expect(step == .resubmit(comment: "Corregida"))
    // After the step the selection stays on the record, wherever it now sorts.
    items[last].review = step.review(by: "Ana Muñoz", on: s.data.today)
    _ = reduce(
      &s,
      .review(.supervised(items, alliance: nil, roster: nil, verdict: .pending, id: items[last].id)))
    #expect(ReviewFeature.selectedRecord(s)?.id == items[last].id)
    #expect(screen(s).contains("Reenviado corregido por Ana Muñoz"))
  }

  @Test func theFilterCyclesThroughTheStates() {
    var s = loaded()
    let total = s.review.supervision.count
    #expect(ReviewFeature.visible(s).count == total)
    press(&s, .char("e"))
    #expect(screen(s).contains("Mostrando: Por revisar"))
    for _ in 0..<3 { press(&s, .char("e")) }
    #expect(screen(s).contains("Mostrando: Aprobado"))
    #expect(screen(s).contains("Nada en este estado"))
    press(&s, .char("e"))
    #expect(ReviewFeature.visible(s).count == total)
  }

  @Test func theTriageListsAlertsMostSeriousFirstAndOpensTheAlliance() throws {
    var s = loaded()
    let codes = s.data.alliances.keys.sorted()
    let alerts = [
      TriageAlert(
        kind: .longSearch, allianceCode: codes[1], severity: 3,
        message: Localized(
          es: "Sin comprador desde la ruptura del 2013-09-01: 302 días.",
          en: "No buyer since the rupture of 2013-09-01: 302 days.")),
      TriageAlert(
        kind: .visitOverdue, allianceCode: codes[0], severity: 2,
        message: Localized(
          es: "Última visita hace 90 días (2014-04-01).", en: "Last visit 90 days ago (2014-04-01).")),
    ]
    _ = reduce(&s, .review(.loaded([], supervision: s.review.supervision, triage: alerts)))
    press(&s, .char("t"))
    #expect(screen(s).contains("Alertas de supervisión: 2 en 2 alianzas"))
    #expect(screen(s).contains("Sin comprador desde la ruptura del 2013-09-01: 302 días."))
    press(&s, .down)
    #expect(screen(s).contains("Última visita hace 90 días"))
    press(&s, .enter)
    #expect(s.screen == .alliances && s.alliances.detail?.code == codes[0])
    // Back on the review screen, t returns to the queue.
    press(&s, .char("5"))
    press(&s, .char("t"))
    #expect(screen(s).contains("Mostrando: por atender"))
  }
}
