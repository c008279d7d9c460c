import AlianzasDomain
import AlianzasStore
import AlianzasTUI

/// Carries out a step on a field record's review: reads the record's file as it is on disk (so a
/// verdict that arrived by sync meanwhile is seen), asks the domain whether the step may be taken
/// from the review it finds, sets it and saves like any change (signed, in the history, merged
/// onto a file changed meanwhile).
extension StoreSession {
  /// The supervisor's triage from the index, brought up to date first (only changed files parsed).
  func triage() -> [TriageAlert] {
    let current = StoreIndex.refresh(
      store, reference: reference, instruments: instruments, today: data.today, starting: index
    ).index
    index = current
    return current.triage(reference.monitoring, today: data.today)
  }

  func supervisionQueue(progress: (Double) -> Void = { _ in }) -> [SupervisionItem] {
    let (items, cache) = SupervisionCache.current(
      store, reference: reference, instruments: instruments, today: data.today, starting: supervision,
      progress: progress)
    supervision = cache
    return items
  }

  func supervise(code: String, target: SupervisionTarget, step: ReviewStep) -> Action {
    let review = step.review(by: data.officer, on: data.today)
    let id = SupervisionItem.id(code: code, target: target)
    if target.inRoster {
      switch StoreValidator.readRoster(store, code: code, instruments: instruments, today: data.today) {
      case .failure(let p): return .review(.failed(p.localized))
      case .success(let before):
        return take(step, review, on: target, in: before, id: id) { (after) throws(StoreError) in
          let saved = try self.store.save(after, base: before) ?? after
          self.onDiskRosters[code] = saved
          return (nil, saved)
        }
      }
    }
    switch StoreValidator.readAlliance(store, code: code, reference: reference, today: data.today) {
    case .failure(let p): return .review(.failed(p.localized))
    case .success(let before):
      return take(step, review, on: target, in: before, id: id) { (after) throws(StoreError) in
        let saved = try self.store.save(after, base: before) ?? after
        self.onDiskAlliances[code] = saved
        return (saved, nil)
      }
    }
  }

  /// The step on a record of `before` (its file as just read), saved by `save` onto that version:
  /// the step changes the review and nothing else.
  private func take<File: ReviewHolder>(
    _ step: ReviewStep, _ review: SupervisorReview, on target: SupervisionTarget, in before: File, id: String,
    save: (File) throws(StoreError) -> (Alliance?, HouseholdRoster?)
  ) -> Action {
    guard let current = before.review(of: target) else { return .review(.failed(Self.gone)) }
    if let reason = step.refusal(from: current, reasons: reference.reviewReasons) {
      return .review(.failed(reason))
    }
    var after = before
    guard after.setReview(review, on: target) else { return .review(.failed(Self.gone)) }
    do {
      let (alliance, roster) = try save(after)
      return .review(
        .supervised(supervisionQueue(), alliance: alliance, roster: roster, verdict: review.verdict, id: id))
    } catch {
      return .review(.failed(failureReason(error)))
    }
  }

  static let gone = T.supRecordGone.localized
}
