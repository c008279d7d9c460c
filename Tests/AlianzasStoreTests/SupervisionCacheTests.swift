import AlianzasDomain
import AlianzasStore
import Foundation
import Testing

/// The supervision queue's cache is used while the files and the rules it was built under stay
/// the same; a cache built under other data files (an upgrade that changed a threshold) is derived
/// again, so no finding of the old rules lingers.
@Suite("The supervision cache")
struct SupervisionCacheTests {
  @Test func aCacheBuiltUnderOtherRulesIsDerivedAgain() throws {
    let path = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let store = try makeDemoStore(at: path)
    defer { store.release() }
    let fresh = SupervisionCache.items(store, reference: reference, instruments: instruments, today: asOf)
    #expect(!fresh.isEmpty)
    let file = path + "/.cache/supervision.json"
    // The same cache with one alliance's lines taken out: while the rules match, it is believed.
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
    var entries = try #require(object["entries"] as? [String: Any])
    let code = try #require(entries.keys.sorted().first)
    var entry = try #require(entries[code] as? [String: Any])
    entry["items"] = []
    entries[code] = entry
    object["entries"] = entries
    try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: file))
    let believed = SupervisionCache.items(store, reference: reference, instruments: instruments, today: asOf)
    #expect(believed.count < fresh.count, "the cache is used while nothing changed")
    // Under other data files, every line is derived again.
    object["data"] = "another-fingerprint"
    try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: file))
    let again = SupervisionCache.items(store, reference: reference, instruments: instruments, today: asOf)
    #expect(again.count == fresh.count)
  }
}
