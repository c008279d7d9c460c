/// Cuadro 1 of the study, computed from the records: after the first agreement broke, how soon
/// did the alliance find a new buyer — overall and for vulnerable population, consolidation zone
/// and both.
public struct RelinkTable: Hashable, Sendable, Codable {
  public struct Row: Hashable, Sendable, Codable {
    /// `semester`, `year`, `twoYears`, `later`.
    public var period: String
    public var withinDays: Int?
    public var count: Int
    /// Share of all re-linked alliances, in percent.
    public var percent: Double
    public var vulnerable: Int
    public var consolidation: Int
    public var both: Int
  }

  public var ruptured: Int
  public var relinked: Int
  public var searching: Int
  public var rupturedVulnerable: Int
  public var rupturedConsolidation: Int
  public var rupturedBoth: Int
  public var rows: [Row]

  public static let periods: [(String, Int?)] = [
    ("semester", 182), ("year", 365), ("twoYears", 730), ("later", nil),
  ]

  public static func periodLabel(_ id: String) -> Localized {
    switch id {
    case "semester": Localized(es: "1 semestre", en: "1 semester")
    case "year": Localized(es: "1 año", en: "1 year")
    case "twoYears": Localized(es: "2 años", en: "2 years")
    default: Localized(es: "Más de 2 años", en: "Over 2 years")
    }
  }

  public init(alliances: [Alliance]) {
    self.init(cases: alliances.compactMap(\.relinkCase))
  }

  /// The table from each ruptured first agreement's facts (what the index keeps).
  public init(cases: [RelinkCase]) {
    var rows = RelinkTable.periods.map {
      Row(period: $0.0, withinDays: $0.1, count: 0, percent: 0, vulnerable: 0, consolidation: 0, both: 0)
    }
    var ruptured = 0, relinked = 0, rv = 0, rc = 0, rb = 0
    for c in cases {
      let vulnerable = c.vulnerable, consolidation = c.consolidation
      ruptured += 1
      if vulnerable { rv += 1 }
      if consolidation { rc += 1 }
      if vulnerable && consolidation { rb += 1 }
      guard let days = c.daysToRelink else { continue }
      relinked += 1
      let index = RelinkTable.periods.firstIndex { $0.1.map { days <= $0 } ?? true }!
      rows[index].count += 1
      if vulnerable { rows[index].vulnerable += 1 }
      if consolidation { rows[index].consolidation += 1 }
      if vulnerable && consolidation { rows[index].both += 1 }
    }
    for i in rows.indices {
      rows[i].percent = relinked > 0 ? 100 * Double(rows[i].count) / Double(relinked) : 0
    }
    self.ruptured = ruptured
    self.relinked = relinked
    searching = ruptured - relinked
    rupturedVulnerable = rv
    rupturedConsolidation = rc
    rupturedBoth = rb
    self.rows = rows
  }
}

/// A first agreement that broke: the facts the re-link table counts.
public struct RelinkCase: Hashable, Sendable, Codable {
  public var vulnerable: Bool
  public var consolidation: Bool
  public var daysToRelink: Int?
}

extension Alliance {
  /// Set when this alliance's first agreement broke.
  public var relinkCase: RelinkCase? {
    guard let first = firstAgreement, first.rupture != nil else { return nil }
    return RelinkCase(
      vulnerable: organization.isVulnerable, consolidation: consolidationZone,
      daysToRelink: daysToRelink(first))
  }
}
