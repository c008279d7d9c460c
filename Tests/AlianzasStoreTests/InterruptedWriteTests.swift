import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

/// A save or an import killed after its history line and before the file: the line describes a
/// change that never happened. It must not be shown, exported or taken as the file's state, and a
/// retry must carry the change out — including a record's first change, which has no earlier
/// line to compare the file with.
@Suite("A write killed between its history and its file")
struct InterruptedWriteTests {
  /// Opens `folder` for writing on `fs`, as laptop `device`.
  func open(_ folder: String, _ fs: any StoreFileSystem, device: String) throws -> FileStore {
    let store = try FileStore.open(at: folder, mode: .write, officer: device, now: now, fs: fs)
    store.device = device
    return store
  }

  @Test func anImportKilledBeforeTheFileIsRetriedAndTheEditArrives() throws {
    let laptops = try Laptops(count: 2)
    let code = laptops.stores[0].codes()[0]
    var a = try laptops.stores[0].loadAlliance(code: code).get()
    let base = a
    a.name = "Nombre desde el primer equipo"
    try laptops.stores[0].save(a, base: base)
    let bundle = laptops.stores[0].exportBundle(since: nil)
    // The second laptop's import dies after its history lines, before the file (its first change).
    laptops.stores[1].release()
    let fs = FailingFileSystem()
    fs.failAtomicWrites.store(true, ordering: .relaxed)
    fs.failTruncate.store(true, ordering: .relaxed)
    var dying = try open(laptops.folders[1], fs, device: "dev1")
    #expect(throws: StoreError.self) {
      _ = try dying.importBundle(
        bundle, dryRun: false, reference: reference, instruments: instruments, today: asOf)
    }
    dying.release()
    let file = "alliances/\(code).json"
    // A new process: nothing of the dead import shows, and the retry carries it out.
    dying = try open(laptops.folders[1], PosixFileSystem(), device: "dev1")
    defer { dying.release() }
    #expect(dying.history(of: file).batches.isEmpty, "no line of the import that died is shown")
    let report = try dying.importBundle(
      bundle, dryRun: false, reference: reference, instruments: instruments, today: asOf)
    #expect(report.filesWritten.contains(file), "the retry writes the file: \(report)")
    #expect(try dying.loadAlliance(code: code).get().name == "Nombre desde el primer equipo")
    #expect(!dying.history(of: file).batches.contains { $0.kind == .external }, "no revert recorded")
  }

  @Test func aSaveKilledBeforeTheFileIsNeitherShownNorExportedAndTheNextSaveCutsIt() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try makeDemoStore(at: root, scale: 0.005).release()
    let fs = FailingFileSystem()
    var store = try open(root, fs, device: "laptop")
    let code = store.codes()[0]
    let file = "alliances/\(code).json"
    let original = try store.loadAlliance(code: code).get()
    var edited = original
    edited.name = "Nunca confirmado"
    fs.failAtomicWrites.store(true, ordering: .relaxed)
    fs.failTruncate.store(true, ordering: .relaxed)
    #expect(throws: StoreError.self) { try store.save(edited, base: original) }
    store.release()
    let log = try String(contentsOfFile: root + "/history/" + file + "l", encoding: .utf8)
    #expect(log.contains("Nunca confirmado"), "the line is on disk, as after a SIGKILL")
    // Read as a new process would: the line is not the file's history, not in a bundle.
    store = try open(root, PosixFileSystem(), device: "laptop")
    defer { store.release() }
    #expect(store.history(of: file).batches.isEmpty)
    let bundle = store.exportBundle(since: nil)
    #expect(
      !bundle.files.contains {
        $0.batches.contains { $0.changes.contains { $0.new == .string("Nunca confirmado") } }
      })
    // The next save cuts it off and records only what happened.
    var again = original
    again.name = "Confirmado"
    try store.save(again, base: original)
    let after = try String(contentsOfFile: root + "/history/" + file + "l", encoding: .utf8)
    #expect(!after.contains("Nunca confirmado"))
    #expect(store.history(of: file).batches.count == 1)
    #expect(try store.loadAlliance(code: code).get().name == "Confirmado")
  }

  @Test func aWriteThatReachedTheFileIsKeptWhenTheFileChangesOutside() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try makeDemoStore(at: root, scale: 0.005).release()
    let store = try open(root, PosixFileSystem(), device: "laptop")
    let code = store.codes()[0]
    let file = "alliances/\(code).json"
    let original = try store.loadAlliance(code: code).get()
    var edited = original
    edited.name = "Guardado"
    try store.save(edited, base: original)
    store.release()
    // Another program changes the file afterwards: the saved line stays the file's history.
    let path = root + "/" + file
    var object = try #require(try JSONSerialization.jsonObject(with: Data(bytes(path))) as? [String: Any])
    object["oga"] = "Cambiada a mano"
    try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
      .write(to: URL(fileURLWithPath: path))
    let reopened = try open(root, PosixFileSystem(), device: "laptop")
    defer { reopened.release() }
    #expect(reopened.history(of: file).batches.count == 1, "the save that happened is kept")
  }
}
