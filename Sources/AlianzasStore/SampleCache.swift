import AlianzasDomain
import Foundation

/// A second cache, kept apart from the index so that opening does not decode it: one compact
/// sample per surveyed household, for the group comparisons. Same rules as the index: each
/// alliance's samples are used only while its household file keeps its size and stamp.
public struct SampleCache: Codable, Sendable {
  public struct Entry: Codable, Sendable {
    public var stamp: FileStamp?
    public var samples: [HouseholdSample]
    /// The file did not read (it may on a later day: a date that was in the future).
    public var failed: Bool? = nil
  }

  public var version: Int
  public var day: Day
  public var instruments: String
  public var entries: [String: Entry]

  // 2: each sample carries the survey's sample (study, impact evaluation, monitoring).
  // 3: each sample keeps the day its household joined instead of its years, so the cache serves
  // later days.
  static let currentVersion = 3
  static let relativePath = ".cache/samples.json"

  /// The cache on disk seen on `today`, when it is of these instruments and this format, sound,
  /// and of no later day. On a later day than its own, files that did not read are read again.
  static func load(_ store: FileStore, today: Day) -> SampleCache? {
    guard let bytes = try? store.fs.read(store.path(relativePath)),
      var decoded = try? JSONDecoder().decode(SampleCache.self, from: Data(bytes)),
      decoded.version == currentVersion, decoded.day <= today,
      decoded.instruments == Instruments.embeddedFingerprint,
      decoded.entries.values.allSatisfy({ $0.samples.allSatisfy(\.isSound) })
    else { return nil }
    if decoded.day != today {
      decoded.entries = decoded.entries.filter { $0.value.failed != true }
      decoded.day = today
    }
    for code in decoded.entries.keys {
      for i in decoded.entries[code]!.samples.indices { decoded.entries[code]!.samples[i].seen(on: today) }
    }
    return decoded
  }

  /// Every surveyed household's sample, re-deriving only the household files that changed.
  public static func samples(_ store: FileStore, instruments: Instruments, today: Day) -> [HouseholdSample] {
    let byAlliance = samplesByAlliance(store, instruments: instruments, today: today)
    return byAlliance.keys.sorted().flatMap { byAlliance[$0]! }
  }

  /// The same samples by alliance code, for what looks at some alliances only (a department).
  public static func samplesByAlliance(_ store: FileStore, instruments: Instruments, today: Day) -> [String:
    [HouseholdSample]]
  {
    var cache =
      load(store, today: today)
      ?? SampleCache(
        version: currentVersion, day: today, instruments: Instruments.embeddedFingerprint, entries: [:])
    let codes = Set(store.codes(in: .households))
    let stale = codes.filter {
      cache.entries[$0]?.stamp != store.stamp(.households, code: $0) || cache.entries[$0] == nil
    }.sorted()
    for code in cache.entries.keys where !codes.contains(code) { cache.entries[code] = nil }
    let built = Parallel.map(stale) { code -> Entry in
      let stamp = store.stamp(.households, code: code)
      guard
        case .success(let roster) = StoreValidator.readRoster(
          store, code: code, instruments: instruments, today: today)
      else {
        return Entry(stamp: stamp, samples: [], failed: true)
      }
      return Entry(
        stamp: stamp,
        samples: roster.inUse.compactMap { HouseholdSample($0, instruments: instruments, today: today) })
    }
    for (code, entry) in zip(stale, built) { cache.entries[code] = entry }
    // Only a writer keeps the cache (a read-mode open changes nothing in the store).
    if !stale.isEmpty, store.mode.writes, let data = try? JSONEncoder().encode(cache) {
      try? store.fs.createFolder(store.path(".cache"))
      try? store.fs.writeAtomically(Array(data), to: store.path(relativePath))
    }
    return cache.entries.mapValues(\.samples)
  }
}
