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
}
