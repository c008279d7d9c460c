import AlianzasDomain

/// What the screens that look across every household need of a roster they do not show: the
/// comparison samples, the find entries and whether any survey is complete. A bulk load keeps this
/// instead of the parsed roster, so a 10× store's half million households stay within memory
/// (a parsed household with its surveys weighs about ten times its digest); the roster itself is
/// read again when a screen opens it.
public struct RosterDigest: Hashable, Sendable {
  /// One household in use, as the search over everything lists it.
  public struct Entry: Hashable, Sendable {
    public var id: RecordID
    public var code: String
    public var headName: String
    public var documentNumber: String
    public var village: String
  }

  public var allianceCode: String
  /// Households in use, in code order.
  public var entries: [Entry]
  /// The complete surveys of households in use, as the comparisons read them.
  public var samples: [HouseholdSample]
  /// Whether any household (archived or not) has a complete survey, as the tour asks.
  public var hasCompleteSurvey: Bool

  public init(_ roster: HouseholdRoster, instruments: Instruments, today: Day) {
    allianceCode = roster.allianceCode
    let inUse = roster.inUse
    entries = Self.entries(inUse)
    samples = Self.samples(inUse, instruments: instruments, today: today)
    hasCompleteSurvey = roster.hasCompleteSurvey
  }

  static func entries(_ households: [Household]) -> [Entry] {
    households.sorted { $0.code < $1.code }.map {
      Entry(
        id: $0.id, code: $0.code, headName: $0.headName, documentNumber: $0.documentNumber,
        village: $0.village)
    }
  }

  static func samples(_ households: [Household], instruments: Instruments, today: Day) -> [HouseholdSample] {
    households.compactMap { HouseholdSample($0, instruments: instruments, today: today) }
  }
}

extension HouseholdRoster {
  var hasCompleteSurvey: Bool { households.contains { $0.surveys.contains { $0.status == .complete } } }
}
