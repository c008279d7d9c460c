import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

/// A supervisor's verdict travels with the data: the field laptop and the supervisor's exchange
/// bundles, the officer sees what came back and why, corrects, sends it back, the supervisor
/// approves. No conflict, nothing lost, and the same stores whatever the order of the imports.
@Suite("Supervision across laptops")
struct SupervisionSyncTests {
  /// The first alliance whose households have a complete survey, and that survey.
  func completeSurvey(_ store: FileStore) throws -> (code: String, target: SupervisionTarget) {
    for code in store.codes(in: .households) {
      let roster = try store.loadRoster(code: code).get()
      if let item = roster.supervisionItems.first { return (code, item.target) }
    }
    throw CancellationError()
  }

  func step(
    _ laptops: Laptops, _ i: Int, code: String, target: SupervisionTarget, _ step: ReviewStep,
    change: (inout HouseholdRoster) -> Void = { _ in }
  ) throws {
    let store = laptops.stores[i]
    let before = try store.loadRoster(code: code).get()
    #expect(step.refusal(from: before.review(of: target) ?? nil, reasons: reference.reviewReasons) == nil)
    var after = before
    change(&after)
    let set = after.setReview(step.review(by: store.officer, on: asOf), on: target)
    #expect(set)
    try store.save(after, base: before)
  }

  func exchange(_ laptops: Laptops, from: Int, to: Int) throws {
    let report = try laptops.importing(laptops.stores[from].exportBundle(since: nil), into: to)
    #expect(report.conflicts.isEmpty, "\(report.conflicts)")
    #expect(report.refused.isEmpty)
  }

  @Test func aReturnedSurveyGoesToTheOfficerAndComesBackApproved() throws {
    // 0: the field laptop; 1: the supervisor's; 2 and 3: fresh copies for the order of imports.
    let laptops = try Laptops(count: 4)
    let (code, target) = try completeSurvey(laptops.stores[1])
    guard case .survey(let householdID, let surveyID) = target else { return }

    try step(
      laptops, 1, code: code, target: target,
      .giveBack(reasons: ["implausibleValue"], comment: "El ingreso total parece muy bajo"))
    let returned = laptops.stores[1].openConflicts()
    #expect(returned.isEmpty)
    try exchange(laptops, from: 1, to: 0)

    // The officer's to-do list: what came back, with the reason and the comment.
    let todo = try laptops.stores[0].loadRoster(code: code).get().supervisionItems.filter {
      $0.verdict == .returned
    }
    #expect(todo.map(\.target) == [target])
    #expect(todo.first?.review?.reasons == ["implausibleValue"])
    #expect(todo.first?.review?.comment == "El ingreso total parece muy bajo")
    #expect(todo.first?.review?.by == "oficial1")

    // The officer opens the survey, corrects the income and sends it back.
    try step(
      laptops, 0, code: code, target: target, .resubmit(comment: "Corregido: 8.400.000"),
      change: { roster in
        let h = roster.households.firstIndex { $0.id == householdID }!
        let s = roster.households[h].surveys.firstIndex { $0.id == surveyID }!
        roster.households[h].surveys[s].unlock(on: asOf, by: "oficial0", reason: "Corregir el ingreso")
        roster.households[h].surveys[s].incomeTotal = Pesos(8_400_000)
        roster.households[h].surveys[s].status = .complete
      })
    try exchange(laptops, from: 0, to: 1)
    let back = try laptops.stores[1].loadRoster(code: code).get()
    #expect(back.review(of: target)??.verdict == .pending)
    let corrected = back.households.first { $0.id == householdID }?.surveys.first { $0.id == surveyID }
    #expect(corrected?.incomeTotal == Pesos(8_400_000))

    // The supervisor approves; the approval reaches the field.
    try step(laptops, 1, code: code, target: target, .approve)
    try exchange(laptops, from: 1, to: 0)
    #expect(try laptops.stores[0].loadRoster(code: code).get().review(of: target)??.verdict == .approved)
    #expect(laptops.records(0) == laptops.records(1), "both laptops hold the same records")

    // Every verdict is in the file's history, signed.
    let history = laptops.stores[0].history(of: "households/\(code).json").batches
    #expect(Set(history.map(\.officer)).isSuperset(of: ["oficial0", "oficial1"]))

    // Two fresh copies importing the two laptops' bundles in opposite orders end byte-identical.
    let fromField = laptops.stores[0].exportBundle(since: nil)
    let fromSupervisor = laptops.stores[1].exportBundle(since: nil)
    _ = try laptops.importing(fromField, into: 2)
    _ = try laptops.importing(fromSupervisor, into: 2)
    _ = try laptops.importing(fromSupervisor, into: 3)
    _ = try laptops.importing(fromField, into: 3)
    #expect(laptops.stores[2].openConflicts().isEmpty && laptops.stores[3].openConflicts().isEmpty)
    #expect(laptops.records(2) == laptops.records(3))
    #expect(laptops.records(2) == laptops.records(0))
  }

  @Test func aVisitAndARuptureAreReviewedInTheAllianceFile() throws {
    let laptops = try Laptops(count: 2)
    let store = laptops.stores[1]
    let code = try #require(
      store.codes().first {
        (try? store.loadAlliance(code: $0).get())?.agreements.contains { $0.rupture != nil } == true
      })
    let before = try store.loadAlliance(code: code).get()
    var after = before
    let items = before.supervisionItems
    let visit = try #require(items.first { $0.kind == .visit })
    let rupture = try #require(items.first { $0.kind == .rupture })
    let approved = after.setReview(ReviewStep.approve.review(by: "oficial1", on: asOf), on: visit.target)
    let issues = ReviewStep.markIssues(reasons: ["causeUnclear"], comment: "¿Quién terminó el acuerdo?")
    let marked = after.setReview(issues.review(by: "oficial1", on: asOf), on: rupture.target)
    #expect(approved && marked)
    try store.save(after, base: before)
    try exchange(laptops, from: 1, to: 0)
    let there = try laptops.stores[0].loadAlliance(code: code).get()
    #expect(there.review(of: visit.target)??.verdict == .approved)
    #expect(there.review(of: rupture.target)??.reasons == ["causeUnclear"])
  }
}
