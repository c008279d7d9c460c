import AlianzasDomain
import Foundation

/// A cache of what each alliance contributes to the panel, so that opening a store reads one
/// small file instead of parsing every alliance and household. The JSON files stay the truth: an
/// entry is used only while its files keep the size and modification stamp it was built from, and
/// the whole index is dropped when the instruments or the format change.
///
/// Its entries hold facts that do not change with the calendar, and for what does (the IDAP's
/// twelve-month windows, the visit and repayment alerts, how long a first agreement has lasted)
/// the inputs it is derived from (`AllianceDatedInputs`). So the first open of a new day derives
/// those figures from the index instead of parsing every file: the domain computes them through
/// the same inputs. Validity only grows with the date (a record dated in the future becomes
/// acceptable later, never the reverse), so an entry that read cleanly stays valid on later days;
/// one that did not is read again on a new day, and a clock set back drops the whole index.
public struct StoreIndex: Sendable {
  public struct Entry: Sendable, Equatable {
    public var allianceStamp: FileStamp?
    public var rosterStamp: FileStamp?
    public var figures: AllianceFigures?
    public var tally: HouseholdTally?
    /// What the study's analyses need of this alliance, so they run without parsing its files.
    public var duration: AgreementDuration?
    public var relink: RelinkCase?
    /// What the national report needs besides: when the first agreement began (for the IDAP
    /// against years in operation) and how many surveys the households have.
    public var firstAgreementStart: Day? = nil
    public var surveys: Int? = nil
    /// What the supervisor's triage needs besides the figures (arrears, search, IDAP before).
    public var triage: TriageFacts? = nil
    /// What the figures and the duration that move with the calendar are derived from.
    public var dated: AllianceDatedInputs? = nil
    /// Files of this alliance that do not read, remembered so they are not parsed at every open.
    public var problems: [StoreProblem]
  }

  public var version: Int
  public var day: Day
  public var instruments: String
  public var entries: [String: Entry]

  public static let currentVersion = 8
  static let relativePath = ".cache/index.bin"

  /// What refreshing the index found.
  public struct Refresh: Sendable {
    public var index: StoreIndex
    /// Alliances whose files had to be parsed again.
    public var reparsed: Int
  }

  /// Reads the index, re-derives the entries whose files changed (in parallel), drops entries whose
  /// files are gone, and writes it back.
  /// `starting`: an index already in memory (a session's), used instead of reading the file.
  public static func refresh(
    _ store: FileStore, reference: ReferenceData, instruments: Instruments, today: Day,
    starting: StoreIndex? = nil, progress: (Double) -> Void = { _ in }
  ) -> Refresh {
    var index =
      starting.flatMap { started -> StoreIndex? in
        guard started.day <= today else { return nil }
        var index = started
        if index.day != today { index.advance(to: today, idap: instruments.idap) }
        return index
      } ?? load(
        store, instruments: instruments, today: today)
      ?? StoreIndex(
        version: currentVersion, day: today, instruments: Instruments.embeddedFingerprint, entries: [:])
    let codes = Set(store.codes(in: .alliances)).union(store.codes(in: .households))
    var stale: [String] = []
    for code in codes {
      let a = store.stamp(.alliances, code: code), r = store.stamp(.households, code: code)
      if let entry = index.entries[code], entry.allianceStamp == a, entry.rosterStamp == r { continue }
      stale.append(code)
    }
    for code in index.entries.keys where !codes.contains(code) { index.entries[code] = nil }
    let chunk = 64
    let ordered = stale.sorted()
    for start in stride(from: 0, to: ordered.count, by: chunk) {
      let slice = Array(ordered[start..<min(ordered.count, start + chunk)])
      let built = Parallel.map(slice) {
        StoreIndex.entry(store, code: $0, reference: reference, instruments: instruments, today: today)
      }
      for (code, entry) in zip(slice, built) { index.entries[code] = entry }
      progress(Double(min(ordered.count, start + chunk)) / Double(max(1, ordered.count)))
    }
    // A writer keeps the cache; a read-mode open writes nothing, so it costs a reader the parse
    // next time too, never a change to the store it only looks at.
    if !stale.isEmpty && store.mode.writes { save(index, store) }
    return Refresh(index: index, reparsed: stale.count)
  }

  static func entry(
    _ store: FileStore, code: String, reference: ReferenceData, instruments: Instruments, today: Day
  ) -> Entry {
    parse(store, code: code, reference: reference, instruments: instruments, today: today).entry
  }

  /// An alliance's entry from its files, and its roster as read (for what needs more of it).
  static func parse(
    _ store: FileStore, code: String, reference: ReferenceData, instruments: Instruments, today: Day
  ) -> (entry: Entry, roster: HouseholdRoster?) {
    var roster: HouseholdRoster?
    // Stamps are taken before reading: a file changed meanwhile is simply re-read next time.
    var entry = Entry(
      allianceStamp: store.stamp(.alliances, code: code), rosterStamp: store.stamp(.households, code: code),
      problems: [])
    if entry.allianceStamp != nil {
      switch StoreValidator.readAlliance(store, code: code, reference: reference, today: today) {
      case .success(let a):
        let inputs = a.datedInputs(instruments.idap, since: today)
        entry.figures = a.figures(instruments: instruments, today: today, inputs: inputs)
        entry.dated = inputs
        entry.duration = a.firstAgreementDuration(today: today)
        entry.relink = a.relinkCase
        entry.firstAgreementStart = a.firstAgreement?.start
        entry.triage = a.triageFacts(instruments.idap, today: today)
      case .failure(let p): entry.problems.append(p)
      }
    }
    if entry.rosterStamp != nil {
      switch StoreValidator.readRoster(store, code: code, instruments: instruments, today: today) {
      case .success(let r):
        var tally = HouseholdTally()
        for h in r.inUse { tally.add(instruments.score(h)) }
        entry.tally = tally
        entry.surveys = r.inUse.reduce(0) { $0 + $1.surveys.count }
        roster = r
      case .failure(let p): entry.problems.append(p)
      }
    }
    if entry.problems.contains(where: \.unreadable) {
      // A file that could not be read is read again at the next open, not remembered as bad.
      entry.allianceStamp = nil
      entry.rosterStamp = nil
    }
    return (entry, roster)
  }

  /// The index on disk brought to `today`, when it is of these instruments and this format, sound,
  /// and not from a later day than `today`.
  static func load(_ store: FileStore, instruments: Instruments, today: Day) -> StoreIndex? {
    let lines = instruments.ppi.lines.count
    guard let bytes = try? store.fs.read(store.path(relativePath)),
      var index = try? StoreIndex(compact: bytes),
      index.version == currentVersion, index.day <= today,
      index.instruments == Instruments.embeddedFingerprint,
      index.entries.allSatisfy({ $0.value.isSound(code: $0.key, lines: lines, day: index.day) })
    else { return nil }
    if index.day != today { index.advance(to: today, idap: instruments.idap) }
    return index
  }

  /// The figures of a later day derived from each entry's dated inputs; an entry whose files did
  /// not read cleanly is dropped, so it is read again (a date that was in the future may not be).
  mutating func advance(to today: Day, idap: IDAPDefinition) {
    for (code, entry) in entries {
      guard entry.problems.isEmpty else {
        entries[code] = nil
        continue
      }
      entries[code] = entry.advanced(to: today, idap: idap)
    }
    day = today
  }

  static func save(_ index: StoreIndex, _ store: FileStore) {
    // A cache that cannot be written costs speed next time, nothing else.
    try? store.fs.createFolder(store.path(".cache"))
    try? store.fs.writeAtomically(index.compactBytes(), to: store.path(relativePath))
  }

  /// The national engine built from the index alone.
  public func engine(instruments: Instruments, today: Day) -> ScoreEngine {
    var engine = ScoreEngine(instruments: instruments, today: today)
    for code in entries.keys.sorted() {
      guard let entry = entries[code] else { continue }
      if let figures = entry.figures { engine.setFigures(figures) }
      if let tally = entry.tally { engine.setTally(tally, alliance: code) }
    }
    return engine
  }

  public var problems: [StoreProblem] { entries.keys.sorted().flatMap { entries[$0]!.problems } }

  /// First-agreement durations of every alliance that reads, in code order.
  public var durations: [AgreementDuration] { entries.keys.sorted().compactMap { entries[$0]!.duration } }
  public var relinkCases: [RelinkCase] { entries.keys.sorted().compactMap { entries[$0]!.relink } }

  /// The supervisor's triage from the index alone.
  public func triage(_ rules: MonitoringRules, today: Day) -> [TriageAlert] {
    let members = entries.keys.sorted().compactMap { code -> Triage.Member? in
      guard let entry = entries[code], let figures = entry.figures, let facts = entry.triage else {
        return nil
      }
      return Triage.Member(figures: figures, facts: facts)
    }
    return Triage.alerts(members, durations: durations, rules: rules, today: today)
  }
}

extension StoreIndex.Entry {
  /// This entry on `today` (on or after the day it was built), from its dated inputs.
  func advanced(to today: Day, idap: IDAPDefinition) -> StoreIndex.Entry {
    guard let inputs = dated else { return self }
    var entry = self
    if let figures { entry.figures = inputs.figures(figures, idap: idap, today: today) }
    if let days = inputs.firstAgreementDays(today: today) { entry.duration?.days = days }
    return entry
  }
}
