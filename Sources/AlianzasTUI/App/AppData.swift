import AlianzasDomain

/// What the interface knows of the open store: reference tables, instruments, the live score
/// engine and how the store was opened. The executable fills it; the TUI never reads files.
public struct AppData: Sendable {
  public var reference: ReferenceData
  public var instruments: Instruments
  public var today: Day
  public var engine: ScoreEngine
  public var storePath: String
  public var asOf: Day?
  /// Why the store is read-only, when it is.
  public var readOnlyReason: Localized?
  /// Files that could not be opened, as `path:line: reason`.
  public var problems: [Localized]
  public var alliances: [String: Alliance]
  public var rosters: [String: HouseholdRoster]
  /// Who works on this laptop, for the stamps of new changes.
  public var officer: String
  public var device: String
  /// Whether every alliance (and every roster) file has been parsed; the panel needs neither.
  public var loadedAllAlliances: Bool
  public var loadedAllRosters: Bool
  /// Files that were asked for and could not be read.
  public var unreadable: Set<String> = []
  /// Loads asked of the runtime and not answered yet.
  public var requested: Set<Effect> = []
  /// Counts changes, so views derived from many records know when to recompute.
  public private(set) var revision = 0

  public init(
    reference: ReferenceData, instruments: Instruments, today: Day, engine: ScoreEngine, storePath: String,
    asOf: Day? = nil, readOnlyReason: Localized? = nil, problems: [Localized] = [],
    alliances: [String: Alliance] = [:], rosters: [String: HouseholdRoster] = [:], officer: String = "",
    device: String = "", loadedAllAlliances: Bool = true, loadedAllRosters: Bool = true
  ) {
    self.reference = reference
    self.instruments = instruments
    self.today = today
    self.engine = engine
    self.storePath = storePath
    self.asOf = asOf
    self.readOnlyReason = readOnlyReason
    self.problems = problems
    self.alliances = alliances
    self.rosters = rosters
    self.officer = officer
    self.device = device
    self.loadedAllAlliances = loadedAllAlliances
    self.loadedAllRosters = loadedAllRosters
  }

  /// Marks derived views stale (after files were loaded in bulk).
  public mutating func touch() { revision += 1 }

  /// Codes of every alliance known to the panel, loaded or not.
  public var allianceCodes: Set<String> { Set(engine.figures.keys) }

  /// Puts a changed alliance in place and moves every score that depends on it.
  public mutating func update(_ alliance: Alliance) {
    alliances[alliance.code] = alliance
    engine.setAlliance(alliance)
    revision += 1
  }

  /// Puts a changed household in place and moves its scores.
  public mutating func update(_ household: Household, alliance code: String) {
    var roster = rosters[code] ?? HouseholdRoster(allianceCode: code, households: [])
    if let i = roster.households.firstIndex(where: { $0.id == household.id }) {
      roster.households[i] = household
    } else {
      roster.households.append(household)
    }
    rosters[code] = roster
    engine.setHousehold(household, alliance: code)
    revision += 1
  }
}
