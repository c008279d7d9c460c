import AlianzasDomain

/// What every alliance contributes to the store's totals and analyses (its index entry) and its
/// households' samples, for a reader that needs both at once (the national report): taken from
/// the index and the sample cache where an alliance's files have not changed since, and from one
/// parse of its files where they have, so no file is read twice. It writes nothing, so it serves
/// a read-mode open as well as a writer's.
public enum StoreDigest {
  public struct Item: Sendable {
    public var entry: StoreIndex.Entry
    public var samples: [HouseholdSample]
  }

  public static func read(
    _ store: FileStore, reference: ReferenceData, instruments: Instruments, today: Day
  ) -> [String: Item] {
    let index = StoreIndex.load(store, instruments: instruments, today: today)
    let cache = SampleCache.load(store, today: today)
    let codes = Set(store.codes(in: .alliances)).union(store.codes(in: .households)).sorted()
    let items = Parallel.map(codes) { code -> Item in
      let a = store.stamp(.alliances, code: code), r = store.stamp(.households, code: code)
      if let entry = index?.entries[code], entry.allianceStamp == a, entry.rosterStamp == r,
        r == nil || cache?.entries[code]?.stamp == r
      {
        return Item(entry: entry, samples: cache?.entries[code]?.samples ?? [])
      }
      let parsed = StoreIndex.parse(
        store, code: code, reference: reference, instruments: instruments, today: today)
      return Item(
        entry: parsed.entry,
        samples: parsed.roster?.inUse.compactMap {
          HouseholdSample($0, instruments: instruments, today: today)
        }
          ?? [])
    }
    return Dictionary(uniqueKeysWithValues: zip(codes, items))
  }
}
