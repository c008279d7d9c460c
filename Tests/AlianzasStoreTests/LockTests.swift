import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

@Suite("One writer at a time")
struct LockTests {
  @Test func aSecondWriterIsToldWhoHoldsTheStoreAndMayRead() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let first = try makeDemoStore(at: root, scale: 0.005)
    #expect(first.isWritable)
    do {
      _ = try FileStore.open(at: root, mode: .write, officer: "Pedro", now: now)
      Issue.record("a second writer must be refused")
    } catch {
      guard case .locked(let holder?) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(holder.officer == "test")
      #expect(holder.pid == getpid())
      #expect(error.message(.es).contains("abierto para escritura por test"))
      #expect(error.message(.es).contains("solo para consulta"))
    }
    let reader = try FileStore.openPreferringWrite(at: root, officer: "Pedro", now: now)
    #expect(!reader.isWritable)
    #expect(reader.loadAll().alliances.count == first.codes().count)
    var a = try reader.loadAlliance(code: reader.codes()[0]).get()
    a.name = "cambio"
    #expect(throws: StoreError.self) { try reader.save(a) }
    first.release()
    let second = try FileStore.open(at: root, mode: .write, officer: "Pedro", now: now)
    #expect(second.isWritable)
  }

  /// `demo --force` on a store another process holds used to delete every record and history
  /// before it found the lock taken.
  @Test func replacingAHeldStoreIsRefusedBeforeAnythingIsRemoved() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let holder = try makeDemoStore(at: root, scale: 0.005)
    defer { holder.release() }
    var a = try holder.loadAlliance(code: holder.codes()[0]).get()
    a.name = "Con historial"
    try holder.save(a)
    let before = snapshot(root)
    #expect(before.keys.contains { $0.hasPrefix("history/") }, "the store has a history to lose")
    do {
      _ = try FileStore.create(
        at: root, manifest: StoreManifest(created: now, deviceID: "demo", asOf: asOf), officer: "otro",
        force: true)
      Issue.record("replacing a held store must be refused")
    } catch {
      guard case .locked = error else {
        Issue.record("unexpected \(error)")
        return
      }
    }
    let after = snapshot(root)
    #expect(after.keys.sorted() == before.keys.sorted(), "no file was removed")
    #expect(before.filter { after[$0.key] != $0.value }.keys.sorted() == [], "no file was changed")
  }

  @Test func aLockLeftByAKilledProcessIsRecovered() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try makeDemoStore(at: root, scale: 0.005).release()
    let writer = Process()
    writer.executableURL = URL(fileURLWithPath: productsFolder + "/store-stress")
    writer.arguments = [root, "1000000"]
    let output = Pipe()
    writer.standardOutput = output
    try writer.run()
    // Wait until it holds the lock and is writing.
    _ = output.fileHandleForReading.availableData
    #expect(throws: StoreError.self) {
      _ = try FileStore.open(at: root, mode: .write, officer: "t", now: now)
    }
    kill(writer.processIdentifier, SIGKILL)
    writer.waitUntilExit()
    let store = try FileStore.open(at: root, mode: .write, officer: "t", now: now)
    #expect(store.isWritable)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: root + "/alliances").filter {
      $0.hasSuffix(".tmp")
    }
    #expect(leftovers.isEmpty, "temporary files of the killed writer are swept")
  }
}
