import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

/// The titular's rights: what the store holds about a household, all of it; and an erasure that
/// leaves nothing of the household on any laptop it reaches, whatever order things arrive in.
@Suite("Erasure at the titular's request")
struct ErasureTests {
  /// Laptop `i`'s files that hold any of `needles` (hidden ones included).
  func holders(_ laptops: Laptops, _ i: Int, _ needles: Set<String>) -> [String] {
    anyFile(under: laptops.folders[i], holds: needles)
  }

  /// What identifies `household` alone in the store: its document, and its name unless another
  /// family of the demo happens to share it.
  func identifying(_ household: Household, in store: FileStore) throws -> Set<String> {
    var names: [String: Int] = [:]
    for code in store.codes(in: .households) {
      for h in try store.loadRoster(code: code).get().households { names[h.headName, default: 0] += 1 }
    }
    return names[household.headName] == 1
      ? [household.headName, household.documentNumber] : [household.documentNumber]
  }

  /// Edits the household on laptop `i`: its village, and its first survey's first answer.
  func edit(_ laptops: Laptops, _ i: Int, _ code: String, _ id: RecordID, village: String) throws {
    let store = laptops.stores[i]
    let roster = try store.loadRoster(code: code).get()
    var changed = roster
    let h = try #require(changed.households.firstIndex { $0.id == id })
    changed.households[h].village = village
    try store.save(changed, base: roster)
  }

  @Test func showThenEraseReachesEveryLaptopByBundle() throws {
    let laptops = try Laptops(count: 3)
    let a = laptops.stores[0]
    let code = a.codes()[0]
    let household = try a.loadRoster(code: code).get().households[1]
    let personal = try identifying(household, in: a).union(["Vereda de A", "Vereda de B"])
    try edit(laptops, 0, code, household.id, village: "Vereda de A")
    try edit(laptops, 1, code, household.id, village: "Vereda de B")
    // B's edit reaches A before the erasure, so A's history holds both villages.
    _ = try laptops.importing(laptops.stores[1].exportBundle(since: nil), into: 0)
    let before = try a.privacyReport(household: household.code)
    guard case .array(let changes)? = before["history"] else {
      Issue.record("the report lists the history")
      return
    }
    #expect(changes.count >= 2, "both edits of the village are shown")
    #expect(before["record"]?["headName"]?.stringValue == household.headName)
    // A copy of the roster set aside as damaged also holds the household.
    let quarantine = laptops.folders[0] + "/quarantine"
    try FileManager.default.createDirectory(atPath: quarantine, withIntermediateDirectories: true)
    try Data(bytes(laptops.folders[0] + "/households/\(code).json")).write(
      to: URL(fileURLWithPath: quarantine + "/20140630T090000Z-households-\(code).json"))

    let report = try a.erase(household: household.code, reason: "Solicitud 2014-07")
    #expect(report.historyChanges >= 2)
    #expect(report.copies.count == 1)
    #expect(holders(laptops, 0, personal).isEmpty, "\(holders(laptops, 0, personal))")
    // The erasure is in the audit trail: who, when, why, the id; not what.
    let erasure = try #require(a.history(of: "households/\(code).json").batches.last)
    #expect(
      erasure.kind == .erasure && erasure.reason == "Solicitud 2014-07" && erasure.officer == "oficial0")
    #expect(erasure.changes.allSatisfy { $0.old == nil && $0.new == nil })
    #expect(throws: StoreError.self) { try a.privacyReport(household: household.code) }
    // The household's absence reads as a valid store.
    #expect(StoreValidator.validate(a, reference: reference, instruments: instruments, today: asOf).isEmpty)

    // B (which edited it) and C (which never did) take the erasure by bundle.
    let bundle = a.exportBundle(since: nil)
    for i in [1, 2] {
      let imported = try laptops.importing(bundle, into: i)
      #expect(!imported.erasures.isEmpty, "laptop \(i) reports the erasure")
      #expect(holders(laptops, i, personal).isEmpty, "laptop \(i): \(holders(laptops, i, personal))")
    }
    // B's old edits, arriving again after the erasure (an old bundle, another path), bring
    // nothing back on any laptop.
    let old = try laptops.importing(laptops.stores[1].exportBundle(since: nil), into: 0)
    #expect(old.refused.isEmpty)
    #expect(holders(laptops, 0, personal).isEmpty)
    // An edit made on C before it heard of the erasure (concurrent to it) does not resurrect it.
    try laptops.reopen(2)
    #expect(
      try laptops.stores[2].loadRoster(code: code).get().households.contains { $0.id == household.id }
        == false)
  }

  @Test func concurrentEditsDoNotBringItBack() throws {
    let laptops = try Laptops(count: 2)
    let code = laptops.stores[0].codes()[0]
    let household = try laptops.stores[0].loadRoster(code: code).get().households[2]
    let personal = try identifying(household, in: laptops.stores[0]).union(["Vereda concurrente"])
    _ = try laptops.stores[0].erase(household: household.code, reason: "Solicitud")
    // B edits the household without knowing of the erasure, then the two exchange both ways.
    try edit(laptops, 1, code, household.id, village: "Vereda concurrente")
    let fromB = laptops.stores[1].exportBundle(since: nil)
    let fromA = laptops.stores[0].exportBundle(since: nil)
    _ = try laptops.importing(fromB, into: 0)
    _ = try laptops.importing(fromA, into: 1)
    for i in [0, 1] {
      #expect(holders(laptops, i, personal).isEmpty, "laptop \(i): \(holders(laptops, i, personal))")
      #expect(
        try laptops.stores[i].loadRoster(code: code).get().households.contains { $0.id == household.id }
          == false)
    }
  }

  @Test func scrubKeepsTheHistorysShape() {
    let id: RecordID = "h1"
    let roster: JSONValue = .object([
      "households": .array([
        .object(["id": .string("h1"), "headName": .string("Ana")]), .object(["id": .string("h2")]),
      ])
    ])
    let batches = [
      ChangeBatch(
        id: "d-1", kind: .edit, at: now, device: "d", officer: "o", received: now,
        changes: [
          Change(path: ChangePath(text: ""), old: nil, new: roster),
          Change(path: ChangePath(text: "households/#h1/village"), old: .string("A"), new: .string("B")),
          Change(path: ChangePath(text: "households/#h2/village"), old: .string("C"), new: .string("D")),
        ])
    ]
    let scrubbed = HistoryScrub.scrub(batches, erasing: [id])
    #expect(scrubbed[0].changes.count == 3, "indices stay, so `supersedes` keeps its meaning")
    #expect(scrubbed[0].changes[0].new?["households"] == .array([.object(["id": .string("h2")])]))
    #expect(scrubbed[0].changes[1] == Change(path: ChangePath(text: "households/#h1"), old: nil, new: nil))
    #expect(scrubbed[0].changes[2] == batches[0].changes[2])
    #expect(HistoryScrub.holds(batches, [id]) && !HistoryScrub.holds(scrubbed, [id]))
  }
}
