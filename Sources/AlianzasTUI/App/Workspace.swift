import AlianzasDomain

/// The records the interface holds, and their one owner. Screens read them; only these intent
/// methods change them, and each keeps two promises:
///
/// - **An unsaved edit is never replaced.** A record edited here stays marked unsaved until the
///   runtime confirms it on disk. A load (a screen asking for files) or an outside change that
///   arrives meanwhile does not replace it: the local version is kept with its mark, and the next
///   save writes it onto the disk version with a three-way merge (the runtime keeps the version
///   the edit was made from), so neither the edit nor the outside change is lost.
/// - **The score engine equals the records.** Every change of a record moves its scores in the
///   same call, so no screen can see one without the other.
///
/// `revision` counts changes; derived views (sorted lists, analyses, comparisons) are memoized
/// on it.
public struct Workspace: Sendable {
  public private(set) var alliances: [String: Alliance]
  public private(set) var rosters: [String: HouseholdRoster]
  /// Rosters a bulk load read and did not keep whole (`RosterDigest`); a roster in `rosters`
  /// is the truth for its alliance, its digest (if any) is not read.
  public private(set) var digests: [String: RosterDigest] = [:]
  public private(set) var engine: ScoreEngine
  /// Files changed here and not yet confirmed on disk (`alliances/CODE`, `households/CODE`).
  public private(set) var unsaved: Set<String> = []
  /// Files whose last save failed (a subset of `unsaved`).
  public private(set) var failed: Set<String> = []
  public private(set) var revision = 0

  public init(
    engine: ScoreEngine, alliances: [String: Alliance] = [:], rosters: [String: HouseholdRoster] = [:]
  ) {
    self.engine = engine
    self.alliances = alliances
    self.rosters = rosters
  }

  public static func path(alliance code: String) -> String { "alliances/\(code)" }
  public static func path(roster code: String) -> String { "households/\(code)" }

  /// Codes of every alliance known to the panel, loaded or not.
  public var allianceCodes: Set<String> { Set(engine.figures.keys) }

  // MARK: edits made here

  /// An alliance changed in the interface: in place, scored, and unsaved until the runtime says
  /// it is on disk.
  public mutating func edit(_ alliance: Alliance) {
    alliances[alliance.code] = alliance
    engine.setAlliance(alliance)
    unsaved.insert(Self.path(alliance: alliance.code))
    revision += 1
  }

  /// A household changed (or added) in the interface.
  public mutating func edit(_ household: Household, alliance code: String) {
    var roster = rosters[code] ?? HouseholdRoster(allianceCode: code, households: [])
    if let i = roster.households.firstIndex(where: { $0.id == household.id }) {
      roster.households[i] = household
    } else {
      roster.households.append(household)
    }
    rosters[code] = roster
    // An archived household leaves the scores and totals; restored, it comes back.
    if household.archived == nil {
      engine.setHousehold(household, alliance: code)
    } else {
      engine.removeHousehold(id: household.id, alliance: code)
    }
    unsaved.insert(Self.path(roster: code))
    revision += 1
  }

  // MARK: what the disk says

  /// An alliance read from disk. Returns whether it was taken: a record with unsaved edits keeps
  /// its local version.
  @discardableResult
  public mutating func loaded(_ alliance: Alliance) -> Bool {
    guard !unsaved.contains(Self.path(alliance: alliance.code)) else { return false }
    guard alliances[alliance.code] != alliance else { return true }
    alliances[alliance.code] = alliance
    engine.setAlliance(alliance)
    revision += 1
    return true
  }

  /// A roster read from disk; its per-household scores replace the index's totals (the same
  /// sums, now editable one by one). A roster with unsaved edits keeps its local version.
  @discardableResult
  public mutating func loaded(_ roster: HouseholdRoster) -> Bool {
    guard !unsaved.contains(Self.path(roster: roster.allianceCode)) else { return false }
    rosters[roster.allianceCode] = roster
    engine.setRoster(roster)
    revision += 1
    return true
  }

  /// A roster's digest from a bulk load. It changes no figure (the index's totals already hold
  /// the roster's sums), so the batch marks derived views stale once, at its end (`touch`).
  public mutating func digested(_ digest: RosterDigest) {
    digests[digest.allianceCode] = digest
  }

  /// The runtime could not write `path`: the change stays here, marked unsaved, for `w` to retry.
  public mutating func saveFailed(_ path: String) {
    unsaved.insert(path)
    failed.insert(path)
  }

  /// The runtime wrote `path` as it is here. Returns whether an earlier save of it had failed.
  @discardableResult
  public mutating func saved(_ path: String) -> Bool {
    unsaved.remove(path)
    return failed.remove(path) != nil
  }

  /// The runtime wrote a record that carries both the edit made here and a change made outside
  /// (a sync tool, a review choice): that version is now the truth, on disk and here.
  public mutating func savedMerged(_ path: String, alliance: Alliance?, roster: HouseholdRoster?) {
    unsaved.remove(path)
    failed.remove(path)
    if let alliance {
      alliances[alliance.code] = alliance
      engine.setAlliance(alliance)
    }
    if let roster {
      rosters[roster.allianceCode] = roster
      engine.setRoster(roster)
    }
    revision += 1
  }

  /// The saves to try again: every unsaved record as it is here.
  public var pendingSaves: [Effect] {
    unsaved.sorted().compactMap { path in
      let code = String(path.split(separator: "/").last ?? "")
      if path.hasPrefix("alliances/") { return alliances[code].map(Effect.saveAlliance) }
      return rosters[code].map(Effect.saveRoster)
    }
  }

  // MARK: across every household

  /// Codes of every roster known whole or by digest, in order.
  var householdCodes: [String] { Set(rosters.keys).union(digests.keys).sorted() }

  /// The comparison samples of every household in use: from the roster where it is held (with
  /// its edits), else from its digest.
  func samples(instruments: Instruments, today: Day) -> [HouseholdSample] {
    householdCodes.flatMap { code in
      rosters[code].map { RosterDigest.samples($0.inUse, instruments: instruments, today: today) }
        ?? digests[code]?.samples ?? []
    }
  }

  /// The households in use of the roster `code`, as the search lists them.
  func findEntries(_ code: String) -> [RosterDigest.Entry] {
    rosters[code].map { RosterDigest.entries($0.inUse) } ?? digests[code]?.entries ?? []
  }

  /// Whether the roster `code` has a complete survey.
  func hasCompleteSurvey(_ code: String) -> Bool {
    rosters[code]?.hasCompleteSurvey ?? digests[code]?.hasCompleteSurvey ?? false
  }

  /// Marks derived views stale after a batch of loads.
  public mutating func touch() { revision += 1 }
}
