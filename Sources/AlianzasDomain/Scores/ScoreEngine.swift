/// Keeps every score of a store current as records change. Each change recomputes only what
/// depends on it — one household, or one alliance — and moves the national totals by the
/// difference, so the cost of an edit does not grow with the number of alliances.
public struct ScoreEngine: Sendable {
  public let instruments: Instruments
  public let today: Day
  public private(set) var figures: [String: AllianceFigures] = [:]
  public private(set) var householdScores: [String: [RecordID: HouseholdScore]] = [:]
  public private(set) var tallies: [String: HouseholdTally] = [:]
  public private(set) var totals = PanelTotals()
  /// How many alliance or household results were computed: the measure of work per edit.
  public private(set) var recomputations = 0

  public init(instruments: Instruments, today: Day) {
    self.instruments = instruments
    self.today = today
  }

  public mutating func setAlliance(_ alliance: Alliance) {
    setFigures(alliance.figures(instruments: instruments, today: today))
  }

  /// Takes figures computed elsewhere (for example from a cache checked against the file).
  public mutating func setFigures(_ new: AllianceFigures) {
    recomputations += 1
    if let old = figures[new.code] { totals.add(old, sign: -1) }
    figures[new.code] = new
    totals.add(new)
  }

  public mutating func removeAlliance(code: String) {
    if let old = figures.removeValue(forKey: code) { totals.add(old, sign: -1) }
    if let tally = tallies.removeValue(forKey: code) { totals.households.add(tally, sign: -1) }
    householdScores[code] = nil
  }

  public mutating func setRoster(_ roster: HouseholdRoster) {
    var scores: [RecordID: HouseholdScore] = [:]
    for household in roster.inUse {
      scores[household.id] = instruments.score(household)
      recomputations += 1
    }
    setScores(scores, alliance: roster.allianceCode)
  }

  /// Takes household scores computed elsewhere (from a cache) for one alliance.
  public mutating func setScores(_ scores: [RecordID: HouseholdScore], alliance code: String) {
    var tally = HouseholdTally()
    for id in scores.keys.sorted() { tally.add(scores[id]!) }
    if let old = tallies[code] { totals.households.add(old, sign: -1) }
    householdScores[code] = scores
    tallies[code] = tally
    totals.households.add(tally)
  }

  /// Takes an alliance's household totals from a cache, before its households are loaded; loading
  /// the roster later replaces them with per-household scores.
  public mutating func setTally(_ tally: HouseholdTally, alliance code: String) {
    if let old = tallies[code] { totals.households.add(old, sign: -1) }
    tallies[code] = tally
    householdScores[code] = nil
    totals.households.add(tally)
  }

  /// One household changed (an answer, a member count…): one recomputation.
  public mutating func setHousehold(_ household: Household, alliance code: String) {
    let new = instruments.score(household)
    recomputations += 1
    let old = householdScores[code]?[household.id]
    if old == new { return }
    var tally = tallies[code] ?? HouseholdTally()
    if let old { tally.add(old, sign: -1) }
    tally.add(new)
    if let previous = tallies[code] { totals.households.add(previous, sign: -1) }
    totals.households.add(tally)
    tallies[code] = tally
    householdScores[code, default: [:]][household.id] = new
  }

  public mutating func removeHousehold(id: RecordID, alliance code: String) {
    guard let old = householdScores[code]?.removeValue(forKey: id) else { return }
    tallies[code]?.add(old, sign: -1)
    totals.households.add(old, sign: -1)
  }
}
