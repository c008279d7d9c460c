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
    let refused = { (reason: Localized) -> Action in .review(.failed(reason)) }
    if target.inRoster {
      let before: HouseholdRoster
      switch StoreValidator.readRoster(store, code: code, instruments: instruments, today: data.today) {
      case .success(let r): before = r
      case .failure(let p): return refused(p.localized)
      }
      guard let current = before.review(of: target) else { return refused(Self.gone) }
      if let reason = step.refusal(from: current, reasons: reference.reviewReasons) { return refused(reason) }
      var after = before
      guard after.setReview(review, on: target) else { return refused(Self.gone) }
      do {
        // Saved onto the file as just read: the step changes the review and nothing else.
        let saved = try store.save(after, base: before) ?? after
        onDiskRosters[code] = saved
        return .review(
          .supervised(
            supervisionQueue(), alliance: nil, roster: saved, verdict: review.verdict,
            id: SupervisionItem.id(code: code, target: target)))
      } catch {
        return refused(failureReason(error))
      }
    }
    let before: Alliance
    switch StoreValidator.readAlliance(store, code: code, reference: reference, today: data.today) {
    case .success(let a): before = a
    case .failure(let p): return refused(p.localized)
    }
    guard let current = before.review(of: target) else { return refused(Self.gone) }
    if let reason = step.refusal(from: current, reasons: reference.reviewReasons) { return refused(reason) }
    var after = before
    guard after.setReview(review, on: target) else { return refused(Self.gone) }
    do {
      let saved = try store.save(after, base: before) ?? after
      onDiskAlliances[code] = saved
      return .review(
        .supervised(
          supervisionQueue(), alliance: saved, roster: nil, verdict: review.verdict,
          id: SupervisionItem.id(code: code, target: target)))
    } catch {
      return refused(failureReason(error))
    }
  }

  static let gone = Localized(
    es: "Ese registro ya no está en el almacén (¿se archivó o lo cambió una sincronización?).",
    en: "That record is no longer in the store (archived, or changed by a sync?).")
}
