import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

/// A bundle is taken only by stores of its own lineage (the same base): one from another store,
/// or one whose lineage key was removed and its checksum made again, is refused whole.
@Suite("Bundles keep to their lineage")
struct LineageTests {
  func store(_ folder: String, lineage: String) throws -> FileStore {
    let store = try FileStore.create(
      at: folder, manifest: StoreManifest(created: now, deviceID: "demo", asOf: asOf, lineage: lineage),
      officer: "t")
    store.recordsHistory = false
    try DemoGenerator(reference: reference, instruments: instruments, seed: 7, scale: 0.005).generate {
      a, r in
      try store.save(a)
      try store.save(r)
    }
    store.recordsHistory = true
    store.device = folder
    return store
  }

  @Test func aBundleWithoutItsLineageOrFromAnotherIsRefusedAndNothingChanges() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let ours = try store(root + "/ours", lineage: "demo-7")
    let foreign = try store(root + "/foreign", lineage: "demo-8")
    defer {
      ours.release()
      foreign.release()
    }
    let code = foreign.codes()[0]
    var a = try foreign.loadAlliance(code: code).get()
    let base = a
    a.name = "De otro almacén"
    try foreign.save(a, base: base)
    // A bundle whose lineage key was taken out (the checksum is over the rest, made again).
    var stripped = foreign.exportBundle(since: nil)
    stripped.lineage = nil
    let before = snapshot(root + "/ours")
    for (bundle, expected) in [
      (stripped, "falta su linaje"), (foreign.exportBundle(since: nil), "otro almacén"),
    ] {
      do {
        _ = try ours.importBundle(
          bundle, dryRun: false, reference: reference, instruments: instruments, today: asOf)
        Issue.record("a bundle of another lineage was taken")
      } catch {
        #expect(error.message(.es).contains(expected), "\(error.message(.es))")
      }
    }
    stripped.lineage = nil
    #expect(throws: StoreError.self) {
      _ = try ours.importBundle(
        stripped, dryRun: false, reference: reference, instruments: instruments, today: asOf)
    }
    #expect(snapshot(root + "/ours") == before, "nothing changed")
    // The same lineage is taken.
    let sibling = try store(root + "/sibling", lineage: "demo-7")
    defer { sibling.release() }
    var b = try sibling.loadAlliance(code: code).get()
    let siblingBase = b
    b.name = "Del mismo origen"
    try sibling.save(b, base: siblingBase)
    let report = try ours.importBundle(
      sibling.exportBundle(since: nil), dryRun: false, reference: reference, instruments: instruments,
      today: asOf)
    #expect(report.filesWritten == ["alliances/\(code).json"])
  }
}
