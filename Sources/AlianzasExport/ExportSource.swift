import AlianzasDomain

/// What an export reads: every alliance and household roster of a store, the instruments that
/// score them and the day the store is seen from.
public struct ExportSource: Sendable {
  public var alliances: [Alliance]
  public var rosters: [HouseholdRoster]
  public var instruments: Instruments
  public var reference: ReferenceData
  public var today: Day

  public init(
    alliances: [Alliance], rosters: [HouseholdRoster], instruments: Instruments, reference: ReferenceData,
    today: Day
  ) {
    self.alliances = alliances.sorted { $0.code < $1.code }
    self.rosters = rosters.sorted { $0.allianceCode < $1.allianceCode }
    self.instruments = instruments
    self.reference = reference
    self.today = today
  }
}
