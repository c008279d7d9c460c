import Testing

@testable import AlianzasDomain

/// What a supervisor and an officer may do to a record's review, and the reason when not.
@Suite("Review steps")
struct ReviewStepTests {
  let reasons = reference.reviewReasons
  let day = Day(iso: "2014-06-30")!

  func review(_ verdict: SupervisorReview.Verdict) -> SupervisorReview {
    SupervisorReview(verdict: verdict, reasons: ["otherReason"], by: "Sup", date: day)
  }

  @Test func aPendingRecordCanBeApprovedMarkedOrReturnedButNotResubmitted() {
    for current in [nil, review(.pending)] {
      #expect(ReviewStep.approve.refusal(from: current, reasons: reasons) == nil)
      #expect(
        ReviewStep.markIssues(reasons: ["inconsistent"], comment: "").refusal(from: current, reasons: reasons)
          == nil)
      #expect(
        ReviewStep.giveBack(reasons: ["wrongDate"], comment: "x").refusal(from: current, reasons: reasons)
          == nil)
      #expect(ReviewStep.resubmit(comment: "").refusal(from: current, reasons: reasons) != nil)
    }
  }

  @Test func aReturnOrIssuesNeedAKnownReason() {
    let none = ReviewStep.giveBack(reasons: [], comment: "x").refusal(from: nil, reasons: reasons)
    #expect(none?.es == "Elija al menos un motivo." && none?.en == "Choose at least one reason.")
    let unknown = ReviewStep.markIssues(reasons: ["porqueSi"], comment: "").refusal(
      from: nil, reasons: reasons)
    #expect(unknown?.es.contains("porqueSi") == true)
  }

  @Test func aReturnedRecordWaitsForTheOfficerWhoAloneSendsItBack() {
    let returned = review(.returned)
    #expect(ReviewStep.approve.refusal(from: returned, reasons: reasons) != nil)
    #expect(
      ReviewStep.giveBack(reasons: ["wrongDate"], comment: "").refusal(from: returned, reasons: reasons)
        != nil)
    #expect(ReviewStep.resubmit(comment: "listo").refusal(from: returned, reasons: reasons) == nil)
    let back = ReviewStep.resubmit(comment: "listo").review(by: "Ana", on: day)
    #expect(back.verdict == .pending && back.comment == "listo" && back.by == "Ana" && back.reasons.isEmpty)
  }

  @Test func anApprovedRecordIsNotApprovedTwiceButMayStillBeMarked() {
    let approved = review(.approved)
    #expect(ReviewStep.approve.refusal(from: approved, reasons: reasons) != nil)
    #expect(
      ReviewStep.markIssues(reasons: ["inconsistent"], comment: "").refusal(from: approved, reasons: reasons)
        == nil)
  }

  @Test func unlockingAnApprovedSurveyReturnsItToPending() {
    var survey = Survey(
      id: "s1", stamp: RecordStamp(revision: 1, device: "d", officer: "o", at: Timestamp(day: day, hour: 8)),
      date: day, enumerator: "Ana", status: .complete)
    survey.review = review(.approved)
    survey.unlock(on: day, by: "Ana", reason: "Corregir la fecha")
    #expect(survey.status == .draft && survey.review?.verdict == .pending)
    #expect(survey.review?.comment == "Corregir la fecha")
    // A survey returned stays returned when opened: the officer is correcting it.
    survey.status = .complete
    survey.review = review(.returned)
    survey.unlock(on: day, by: "Ana", reason: "Corregir")
    #expect(survey.review?.verdict == .returned)
  }

  @Test func everyReasonIsNamedInBothLanguagesAndAppliesToSomething() {
    #expect(reasons.count >= 5)
    #expect(Set(reasons.map(\.id)).count == reasons.count)
    for r in reasons {
      #expect(!r.label.es.isEmpty && !r.label.en.isEmpty && !r.applies.isEmpty)
    }
    for kind in SupervisedKind.allCases {
      #expect(reasons.contains { $0.applies.contains(kind) }, "a reason for every \(kind)")
    }
  }
}
