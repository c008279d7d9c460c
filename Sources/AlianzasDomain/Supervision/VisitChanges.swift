/// A figure recorded on two visits (or two surveys) side by side, marked when it moved beyond the
/// thresholds of `reference/monitoring.json`.
public struct FigureChange: Hashable, Sendable {
  public enum Figure: Hashable, Sendable {
    case deliveredKg, rejectedKg, pricePerKg, checklist
    /// The OP's active members, as counted on each visit.
    case members
    /// An operating-plan (POA) indicator's cumulative "realizado".
    case poa(RecordID)
    /// ELCSA: how many items were answered yes.
    case elcsaYes
    case ppiScore, incomeTotal, incomeFromProduct
  }

  public var figure: Figure
  public var before: Double
  public var after: Double
  public var marked: Bool

  /// The change as a share of the earlier value, when that is not zero.
  public var relative: Double? { before != 0 ? (after - before) / abs(before) : nil }
}

extension Alliance {
  /// The visit before `visitID` (by date) and each figure both visits recorded, the changes
  /// beyond `rules.changeShare` marked. Nil for the first visit.
  public func changes(since visitID: RecordID, rules: MonitoringRules) -> (
    previous: Visit, changes: [FigureChange]
  )? {
    let ordered = visits.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    guard let i = ordered.firstIndex(where: { $0.id == visitID }), i > 0 else { return nil }
    let (before, after) = (ordered[i - 1], ordered[i])
    var out: [FigureChange] = []
    func relative(_ figure: FigureChange.Figure, _ a: Double?, _ b: Double?) {
      guard let a, let b else { return }
      let moved = a == 0 ? b != 0 : abs(b - a) / abs(a) >= rules.changeShare
      out.append(FigureChange(figure: figure, before: a, after: b, marked: moved))
    }
    func kilos(_ v: Visit) -> Double? { v.deliveries.isEmpty ? nil : v.deliveries.reduce(0) { $0 + $1.kg } }
    func rejected(_ v: Visit) -> Double? {
      v.deliveries.isEmpty ? nil : v.deliveries.reduce(0) { $0 + $1.rejectedKg }
    }
    func price(_ v: Visit) -> Double? {
      let priced = v.deliveries.filter { $0.pricePerKg.amount > 0 }
      let kg = priced.reduce(0) { $0 + $1.kg }
      return kg > 0 ? priced.reduce(0) { $0 + $1.kg * $1.pricePerKg.double } / kg : nil
    }
    func checklist(_ v: Visit) -> Double? {
      v.checklist.isEmpty ? nil : Double(v.checklist.answers.compactMap { $0 }.filter { $0 }.count)
    }
    relative(.deliveredKg, kilos(before), kilos(after))
    relative(.rejectedKg, rejected(before), rejected(after))
    relative(.pricePerKg, price(before), price(after))
    // Members leaving is what matters: a drop beyond the share is marked, growth is not.
    if let m = before.activeMembers, let n = after.activeMembers {
      let dropped = m > 0 ? Double(m - n) / Double(m) >= rules.changeShare : false
      out.append(FigureChange(figure: .members, before: Double(m), after: Double(n), marked: dropped))
    }
    if let a = checklist(before), let b = checklist(after) {
      out.append(FigureChange(figure: .checklist, before: a, after: b, marked: b < a))
    }
    for progress in after.poaProgress {
      guard let earlier = before.poaProgress.first(where: { $0.indicatorID == progress.indicatorID }) else {
        continue
      }
      relative(.poa(progress.indicatorID), earlier.done, progress.done)
    }
    return (before, out)
  }
}

extension Household {
  /// Its survey before `surveyID` (by date) and the scores and incomes both recorded, the
  /// changes beyond the thresholds marked. Nil for the first survey.
  public func changes(since surveyID: RecordID, instruments: Instruments, rules: MonitoringRules)
    -> (previous: Survey, changes: [FigureChange])?
  {
    let ordered = surveys.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    guard let i = ordered.firstIndex(where: { $0.id == surveyID }), i > 0 else { return nil }
    let (before, after) = (ordered[i - 1], ordered[i])
    var out: [FigureChange] = []
    let yes = { (s: Survey) -> Double in Double(s.elcsa.filter { $0 == .yes }.count) }
    let (a, b) = (yes(before), yes(after))
    out.append(
      FigureChange(
        figure: .elcsaYes, before: a, after: b, marked: abs(b - a) >= Double(rules.elcsaChangeAnswers)))
    if let p = instruments.ppi.score(answers: before.ppi).score,
      let q = instruments.ppi.score(answers: after.ppi).score
    {
      out.append(
        FigureChange(
          figure: .ppiScore, before: Double(p), after: Double(q),
          marked: abs(Double(q - p)) >= rules.ppiChangePoints))
    }
    for (figure, value) in [
      (FigureChange.Figure.incomeTotal, { (s: Survey) in s.incomeTotal }),
      (.incomeFromProduct, { (s: Survey) in s.incomeFromProduct }),
    ] {
      guard let x = value(before)?.double, let y = value(after)?.double else { continue }
      out.append(
        FigureChange(
          figure: figure, before: x, after: y,
          marked: x == 0 ? y != 0 : abs(y - x) / abs(x) >= rules.changeShare))
    }
    return (before, out)
  }
}
