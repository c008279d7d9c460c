import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

@Suite("Store files")
struct StoreTests {
  @Test func roundTripKeepsEveryRecordAndWritesStableText() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    var alliances: [Alliance] = []
    var rosters: [String: HouseholdRoster] = [:]
    let store = try FileStore.create(
      at: root, manifest: StoreManifest(created: now, deviceID: "d1", asOf: asOf), officer: "t")
    try DemoGenerator(reference: reference, instruments: instruments, seed: 3, scale: 0.01).generate { a, r in
      alliances.append(a)
      rosters[a.code] = r
      try store.save(a)
      try store.save(r)
    }
    let loaded = store.loadAll()
    #expect(loaded.problems.isEmpty)
    #expect(loaded.alliances.sorted { $0.code < $1.code } == alliances.sorted { $0.code < $1.code })
    #expect(loaded.rosters == rosters)
    // Saving what was loaded rewrites the same bytes: sorted keys, one normal form.
    let before = snapshot(root)
    for a in loaded.alliances { try store.save(a) }
    #expect(snapshot(root) == before)
    let text = String(decoding: bytes(root + "/alliances/\(alliances[0].code).json"), as: UTF8.self)
    #expect(text.hasPrefix("{\n  \"agreements\" : ["))
    #expect(
      StoreValidator.validate(store, reference: reference, instruments: instruments, today: asOf).isEmpty)
  }

  @Test func textIsStoredInComposedForm() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.005)
    var a = try store.loadAlliance(code: store.codes()[0]).get()
    a.name = "Nari\u{006E}\u{0303}o"  // n + combining tilde
    try store.save(a)
    let text = String(decoding: bytes(root + "/alliances/\(a.code).json"), as: UTF8.self)
    #expect(text.utf8.contains(0xC3) && text.contains("\"Nariño\""))
    #expect(!text.unicodeScalars.contains("\u{0303}"))
  }

  @Test func sameSeedGivesByteIdenticalStores() throws {
    let a = temporaryFolder("a"), b = temporaryFolder("b"), c = temporaryFolder("c")
    defer { for p in [a, b, c] { try? FileManager.default.removeItem(atPath: p) } }
    try makeDemoStore(at: a, seed: 11, scale: 0.03).release()
    try makeDemoStore(at: b, seed: 11, scale: 0.03).release()
    try makeDemoStore(at: c, seed: 12, scale: 0.03).release()
    let first = snapshot(a)
    #expect(first.count > 40)
    #expect(first == snapshot(b))
    #expect(first != snapshot(c))
  }

  @Test func filesAreReadableOnlyByTheOwner() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.005)
    let file = root + "/alliances/\(store.codes()[0]).json"
    let attributes = try FileManager.default.attributesOfItem(atPath: file)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let folder = try FileManager.default.attributesOfItem(atPath: root + "/alliances")
    #expect((folder[.posixPermissions] as? Int) == 0o700)
  }

  @Test func unsafeCodesNeverBecomeFileNames() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.005)
    var a = try store.loadAlliance(code: store.codes()[0]).get()
    a.code = "../escape"
    #expect(throws: StoreError.self) { try store.save(a) }
    #expect(!FileManager.default.fileExists(atPath: root + "/escape.json"))
  }

  @Test func aNewStoreDoesNotReplaceAnOldOneWithoutForce() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try makeDemoStore(at: root, scale: 0.005).release()
    let before = snapshot(root)
    do {
      _ = try FileStore.create(at: root, manifest: StoreManifest(created: now, deviceID: "x"), officer: "t")
      Issue.record("expected a refusal")
    } catch {
      #expect(error.message(.es).contains("use --force"))
    }
    #expect(snapshot(root) == before)
  }
}
