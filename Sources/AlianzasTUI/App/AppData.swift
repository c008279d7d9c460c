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

  public init(
    reference: ReferenceData, instruments: Instruments, today: Day, engine: ScoreEngine, storePath: String,
    asOf: Day? = nil, readOnlyReason: Localized? = nil, problems: [Localized] = []
  ) {
    self.reference = reference
    self.instruments = instruments
    self.today = today
    self.engine = engine
    self.storePath = storePath
    self.asOf = asOf
    self.readOnlyReason = readOnlyReason
    self.problems = problems
  }
}
