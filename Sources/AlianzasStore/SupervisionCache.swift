import AlianzasDomain
import Foundation

/// A third cache, apart from the index so that opening does not decode it: every visit, rupture
/// and complete survey with where its review stands, for the supervisor's queue. On the national
/// store that is tens of thousands of lines, too many to parse every file for each time the
/// queue is shown. Same rules as the index: an alliance's lines are used only while both its
/// files keep the size and stamp they were read at; a reader re-derives, only a writer keeps.
public struct SupervisionCache: Codable, Sendable {
  public struct Entry: Codable, Sendable {
    public var allianceStamp: FileStamp?
    public var rosterStamp: FileStamp?
    public var items: [SupervisionItem]
  }

  public var version: Int
  public var day: Day
  /// The data files' fingerprint: findings come from the rules in `data/`, so lines kept under
  /// other rules (an upgrade that changed a threshold) are derived again.
  public var data: String
  public var entries: [String: Entry]

  static let currentVersion = 3
  static let relativePath = ".cache/supervision.json"

  /// Every alliance's lines, in code order, re-reading only the files that changed.
  public static func items(_ store: FileStore, reference: ReferenceData, instruments: Instruments, today: Day)
    -> [SupervisionItem]
  {
    current(store, reference: reference, instruments: instruments, today: today).items
  }

  /// The lines and the cache they came from; `starting` is a cache already in memory (a
  /// session's), used instead of reading the file.
  public static func current(
    _ store: FileStore, reference: ReferenceData, instruments: Instruments, today: Day,
    starting: SupervisionCache? = nil, progress: (Double) -> Void = { _ in }
  ) -> (items: [SupervisionItem], cache: SupervisionCache) {
    var cache = SupervisionCache(
      version: currentVersion, day: today, data: Instruments.embeddedFingerprint, entries: [:])
    if let starting, starting.day == today, starting.data == Instruments.embeddedFingerprint {
      cache = starting
    } else if let bytes = try? store.fs.read(store.path(relativePath)),
      let decoded = try? JSONDecoder().decode(SupervisionCache.self, from: Data(bytes)),
      decoded.version == currentVersion, decoded.day == today,
      decoded.data == Instruments.embeddedFingerprint,
      decoded.entries.allSatisfy({ code, entry in entry.items.allSatisfy { $0.allianceCode == code } })
    {
      cache = decoded
    }
    let codes = Set(store.codes(in: .alliances)).union(store.codes(in: .households))
    for code in cache.entries.keys where !codes.contains(code) { cache.entries[code] = nil }
    let stale = codes.filter {
      let entry = cache.entries[$0]
      return entry == nil || entry?.allianceStamp != store.stamp(.alliances, code: $0)
        || entry?.rosterStamp != store.stamp(.households, code: $0)
    }.sorted()
    // In chunks, so a first reading of a large store can say how far it has got.
    var built: [Entry] = []
    let chunk = 64
    for start in stride(from: 0, to: stale.count, by: chunk) {
      built += Parallel.map(Array(stale[start..<min(stale.count, start + chunk)])) { code in
        entry(store, code: code, reference: reference, instruments: instruments, today: today)
      }
      progress(Double(min(stale.count, start + chunk)) / Double(max(1, stale.count)))
    }
    for (code, entry) in zip(stale, built) { cache.entries[code] = entry }
    if !stale.isEmpty, store.mode.writes, let data = try? JSONEncoder().encode(cache) {
      try? store.fs.createFolder(store.path(".cache"))
      try? store.fs.writeAtomically(Array(data), to: store.path(relativePath))
    }
    return (cache.entries.keys.sorted().flatMap { cache.entries[$0]!.items }, cache)
  }

  static func entry(
    _ store: FileStore, code: String, reference: ReferenceData, instruments: Instruments, today: Day
  ) -> Entry {
    // Stamps first: a file changed meanwhile is read again next time.
    let a = store.stamp(.alliances, code: code), r = store.stamp(.households, code: code)
    var items: [SupervisionItem] = []
    if a != nil,
      case .success(let alliance) = StoreValidator.readAlliance(
        store, code: code, reference: reference, today: today)
    {
      var own = alliance.supervisionItems
      SupervisionItem.attach(
        alliance.qualityFindings(reference.quality, plausibility: reference.plausibility), to: &own)
      items += own
    }
    if r != nil,
      case .success(let roster) = StoreValidator.readRoster(
        store, code: code, instruments: instruments, today: today)
    {
      var own = roster.supervisionItems
      SupervisionItem.attach(roster.qualityFindings(reference.quality), to: &own)
      items += own
    }
    return Entry(allianceStamp: a, rosterStamp: r, items: items)
  }
}
