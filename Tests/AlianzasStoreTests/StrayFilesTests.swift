import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

/// Smaller things a store meets: a copy left beside a record, a manifest whose format number is
/// not one.
@Suite("Strays and impossible formats")
struct StrayFilesTests {
  @Test func aStrayCopyIsSetAsideAndNeverTravelsInABundle() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let made = try makeDemoStore(at: root, scale: 0.005)
    let code = made.codes()[0]
    made.release()
    let stray = "alliances/\(code) (copia).json"
    try FileManager.default.copyItem(atPath: root + "/alliances/\(code).json", toPath: root + "/" + stray)
    let store = try FileStore.open(at: root, mode: .write, officer: "t", now: now)
    defer { store.release() }
    #expect(!store.exportBundle(since: nil).files.contains { $0.path == stray }, "a stray never travels")
    let result = StoreIndex.refreshQuarantining(
      store, reference: reference, instruments: instruments, today: asOf)
    #expect(result.moved == 1, "the copy is set aside: \(result.problems.map { $0.en })")
    #expect(!FileManager.default.fileExists(atPath: root + "/" + stray))
  }

  @Test(arguments: [0, -1])
  func aFormatNumberBelowOneIsRefusedNotMigrated(version: Int) throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try makeDemoStore(at: root, scale: 0.005).release()
    let manifest = root + "/store.json"
    let text = try String(contentsOfFile: manifest, encoding: .utf8)
    let changed = text.replacingOccurrences(
      of: #""formatVersion" : \d+"#, with: "\"formatVersion\" : \(version)", options: .regularExpression)
    try changed.write(toFile: manifest, atomically: true, encoding: .utf8)
    let before = snapshot(root)
    do {
      _ = try FileStore.open(at: root, mode: .write, officer: "t", now: now)
      Issue.record("format \(version) must be refused")
    } catch {
      #expect(error.message(.es).contains("los formatos empiezan en 1"), "\(error.message(.es))")
    }
    #expect(snapshot(root) == before, "nothing migrated, no backup made")
  }
}
