import AlianzasDomain

/// The index is a cache the program wrote, but it is a file like any other: a copy, an editor or
/// a hostile remote can change it while its stamps still match. Every entry is checked before it
/// is used; one that could not have been derived from a real record (a tally of the wrong shape,
/// counts beyond any store, a score out of its range, a number that is not finite) drops the
/// whole index, which is then rebuilt from the files.
extension StoreIndex.Entry {
  /// No alliance has more families, households or agreements than this.
  static let countBound = 10_000_000

  /// `day`: the day the index was last brought to.
  func isSound(code: String, lines: Int, day: Day) -> Bool {
    if let f = figures, !f.isSound(code: code) { return false }
    // Figures that move with the calendar can be brought to a new day only from their inputs.
    if figures != nil || duration != nil {
      guard let dated, dated.isSound(day: day) else { return false }
    }
    if let t = tally, !t.isSound(lines: lines) { return false }
    if let d = duration {
      guard d.code == code, (0...100_000).contains(d.days), d.covariates.allSatisfy(\.isFinite),
        d.covariates.count == AgreementSurvival.covariates.count, d.covariates.allSatisfy({ abs($0) < 1e9 })
      else { return false }
    }
    if let r = relink, let days = r.daysToRelink, !(0...100_000).contains(days) { return false }
    if let surveys, !(0...StoreIndex.Entry.countBound).contains(surveys) { return false }
    if let t = triage {
      if let before = t.idapBefore, !(before.isFinite && (0...100).contains(before)) { return false }
      if t.arrears.amount < 0 || t.portfolio.amount < 0 { return false }
    }
    return true
  }
}

extension AllianceFigures {
  func isSound(code: String) -> Bool {
    let bound = StoreIndex.Entry.countBound
    let counts = [families, agreementsActive, agreementsRuptured, agreementsRelinked]
    guard self.code == code, counts.allSatisfy({ (0...bound).contains($0) }),
      (1900...2200).contains(callYear)
    else { return false }
    if let idap, !(idap.isFinite && (0...100).contains(idap)) { return false }
    if let idapBand, !(0...2).contains(idapBand) { return false }
    return true
  }
}

extension HouseholdTally {
  /// `lines`: how many poverty lines the PPI instrument has.
  func isSound(lines: Int) -> Bool {
    let bound = StoreIndex.Entry.countBound
    let counts = [households, beneficiaries, control, surveyed, completeSurveys, ppiScored] + elcsa
    guard counts.allSatisfy({ (0...bound).contains($0) }), elcsa.count == 5,
      beneficiaries + control == households, surveyed <= households, completeSurveys <= surveyed,
      elcsa.reduce(0, +) <= households, ppiScored <= households,
      (0...(100 * ppiScored)).contains(ppiScoreSum),
      likelihoodTenthsSum.count <= lines,
      likelihoodTenthsSum.allSatisfy({ (0...(1000 * ppiScored)).contains($0) })
    else { return false }
    return true
  }
}

extension HouseholdSample {
  /// A sample the analyses can take: finite numbers within what a household can report.
  var isSound: Bool {
    // A day the store accepts (1900–2200), so the years since can be counted.
    if let joined, !(-25_567...84_005).contains(joined.ordinal) { return false }
    let numbers = [years, incomeTotal, incomeFromProduct, likelihoodNational].compactMap { $0 }
    guard numbers.allSatisfy({ $0.isFinite && (0...1e13).contains($0) }) else { return false }
    if let ppiScore, !(0...100).contains(ppiScore) { return false }
    if let elcsaCategory, !(0...3).contains(elcsaCategory) { return false }
    return true
  }
}

extension AllianceDatedInputs {
  /// Inputs a real alliance could have given on or before `day`: finite amounts, checklists of the
  /// four questions, the twelve indicators.
  func isSound(day: Day) -> Bool {
    guard since <= day, fixedIndicators.count == 12,
      fixedIndicators.allSatisfy({ $0.map { $0.isFinite && abs($0) < 1e9 } ?? true }),
      referencePricePerKg.isFinite, referencePricePerKg >= 0,
      deliveries.allSatisfy({
        [$0.kg, $0.rejectedKg, $0.pricePerKg].allSatisfy { $0.isFinite && (0...1e13).contains($0) }
      }),
      checklists.allSatisfy({ (1...4).contains($0.answered) && (0...$0.answered).contains($0.yes) }),
      (0...10_000).contains(repaymentMonths), repaymentTarget.amount >= 0, repaid.amount >= 0
    else { return false }
    if let m = measured, m.volumeKgPerMonth < 0 { return false }
    return true
  }
}
