import AlianzasDomain

/// What the interface knows of the open store: reference tables, instruments, the live score
/// engine and how the store was opened. The executable fills it; the TUI never reads files.
public struct AppData: Sendable {
  public var reference: ReferenceData
  public var instruments: Instruments
  public var today: Day
  public var storePath: String
  public var asOf: Day?
  /// Why the store is read-only, when it is.
  public var readOnlyReason: Localized?
  /// Files that could not be opened, as `path:line: reason`.
  public var problems: [Localized]
  /// The records on screen, owned by the workspace: read them here, change them through it.
  public var workspace: Workspace
  public var alliances: [String: Alliance] { workspace.alliances }
  public var rosters: [String: HouseholdRoster] { workspace.rosters }
  public var engine: ScoreEngine { workspace.engine }
  /// Who works on this laptop, for the stamps of new changes.
  public var officer: String
  /// The officer's organization (OGA), when known.
  public var organization = ""
  /// The local time's offset from UTC in seconds, for showing times as the user's clock does.
  public var utcOffset = 0
  /// Where exports go unless the person says otherwise (the runtime sets it: the documents
  /// folder, else home).
  public var exportFolder = ""
  public var device: String
  /// A throw-away copy of a demo store for training: marked on every screen, reset with a key.
  public var sandbox = false
  /// Whether every alliance (and every roster) file has been parsed; the panel needs neither.
  public var loadedAllAlliances: Bool
  public var loadedAllRosters: Bool
  /// Files that were asked for and could not be read.
  public var unreadable: Set<String> = []
  /// Loads asked of the runtime and not answered yet.
  public var requested: Set<Effect> = []
  /// Counts changes, so views derived from many records know when to recompute.
  public var revision: Int { workspace.revision }

  public init(
    reference: ReferenceData, instruments: Instruments, today: Day, engine: ScoreEngine, storePath: String,
    asOf: Day? = nil, readOnlyReason: Localized? = nil, problems: [Localized] = [],
    alliances: [String: Alliance] = [:], rosters: [String: HouseholdRoster] = [:], officer: String = "",
    device: String = "", loadedAllAlliances: Bool = true, loadedAllRosters: Bool = true
  ) {
    self.reference = reference
    self.instruments = instruments
    self.today = today
    workspace = Workspace(engine: engine, alliances: alliances, rosters: rosters)
    self.storePath = storePath
    self.asOf = asOf
    self.readOnlyReason = readOnlyReason
    self.problems = problems
    self.officer = officer
    self.device = device
    self.loadedAllAlliances = loadedAllAlliances
    self.loadedAllRosters = loadedAllRosters
  }

  /// Codes of every alliance known to the panel, loaded or not.
  public var allianceCodes: Set<String> { workspace.allianceCodes }
}
