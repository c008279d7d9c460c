import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

/// What a hostile git remote, a careless copy or a prank can leave in a store: FIFOs, links to
/// devices or to files outside it, gigantic sparse files. Only regular files of bounded size are
/// read; nothing is written through a link; nothing hangs.
@Suite("Files that are not what they seem")
struct HostileFilesTests {
  func store(_ name: String = #function) throws -> (root: String, code: String) {
    let root = temporaryFolder(name)
    let store = try makeDemoStore(at: root, scale: 0.005)
    let code = store.codes()[0]
    store.release()
    return (root, code)
  }

  /// Runs `body` on another thread and fails if it has not finished within `seconds`.
  func finishes(within seconds: Double, _ body: @escaping @Sendable () -> Void) -> Bool {
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      body()
      done.signal()
    }
    return done.wait(timeout: .now() + seconds) == .success
  }

  @Test func aFIFONamedLikeARecordIsNamedAndNothingHangs() throws {
    let (root, code) = try store()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let path = root + "/alliances/\(code).json"
    try FileManager.default.removeItem(atPath: path)
    #expect(mkfifo(path, 0o600) == 0)
    let finished = finishes(within: 20) {
      let store = try! FileStore.open(at: root, mode: .read, officer: "t", now: now)
      let problems = StoreValidator.validate(
        store, reference: reference, instruments: instruments, today: asOf)
      #expect(
        problems.contains {
          $0.path == "alliances/\(code).json" && $0.message(.es).contains("no es un archivo común")
        })
    }
    #expect(finished, "validate did not hang on the FIFO")
  }

  @Test func aLinkToADeviceIsRefusedNotRead() throws {
    let (root, code) = try store()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let path = root + "/alliances/\(code).json"
    try FileManager.default.removeItem(atPath: path)
    try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
    let store = try FileStore.open(at: root, mode: .write, officer: "t", now: now)
    defer { store.release() }
    let result = StoreIndex.refreshQuarantining(
      store, reference: reference, instruments: instruments, today: asOf)
    #expect(result.moved == 1, "the link is set aside (moved, not followed)")
    #expect(FileManager.default.fileExists(atPath: "/dev/zero"))
    #expect(result.problems.contains { $0.es.contains("enlace simbólico") })
  }

  @Test func aHistoryFileLinkedOutsideIsNeverWrittenThrough() throws {
    let (root, code) = try store()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let outside = temporaryFolder() + "/victim.txt"
    try "do not touch\n".write(toFile: outside, atomically: true, encoding: .utf8)
    let history = root + "/history/alliances"
    try FileManager.default.createDirectory(atPath: history, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: history + "/\(code).jsonl", withDestinationPath: outside)
    let store = try FileStore.open(at: root, mode: .write, officer: "t", now: now)
    defer { store.release() }
    var a = try store.loadAlliance(code: code).get()
    let base = a
    a.name = "Cambio"
    #expect(throws: StoreError.self) { try store.save(a, base: base) }
    #expect(try String(contentsOfFile: outside, encoding: .utf8) == "do not touch\n")
    #expect(try store.loadAlliance(code: code).get().name == base.name, "the record is unchanged")
  }

  @Test func aLockOrAFolderLinkedOutsideIsRefused() throws {
    let (root, _) = try store()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let outside = temporaryFolder()
    let victim = outside + "/victim.txt"
    try "do not touch\n".write(toFile: victim, atomically: true, encoding: .utf8)
    try? FileManager.default.removeItem(atPath: root + "/.lock")
    try FileManager.default.createSymbolicLink(atPath: root + "/.lock", withDestinationPath: victim)
    #expect(throws: StoreError.self) {
      _ = try FileStore.open(at: root, mode: .write, officer: "t", now: now)
    }
    #expect(
      try String(contentsOfFile: victim, encoding: .utf8) == "do not touch\n", "the target was not truncated")
    try FileManager.default.removeItem(atPath: root + "/.lock")
    // A history folder that is a link.
    try? FileManager.default.removeItem(atPath: root + "/history")
    try FileManager.default.createSymbolicLink(atPath: root + "/history", withDestinationPath: outside)
    do {
      _ = try FileStore.open(at: root, mode: .write, officer: "t", now: now)
      Issue.record("a store with a linked folder must not open for writing")
    } catch {
      #expect(error.message(.es).contains("enlace simbólico"))
    }
  }

  @Test func aManifestLinkedToADeviceIsAMessageNotACrash() throws {
    let (root, _) = try store()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try FileManager.default.removeItem(atPath: root + "/store.json")
    try FileManager.default.createSymbolicLink(atPath: root + "/store.json", withDestinationPath: "/dev/zero")
    do {
      _ = try FileStore.open(at: root, mode: .read, officer: "t", now: now)
      Issue.record("must be refused")
    } catch {
      #expect(error.message(.en).contains("symbolic link"))
    }
  }

  @Test func aSparseFileOfGigabytesIsRefusedBeforeItIsRead() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/bundle.alianzas"
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    #expect(truncate(path, 3 << 30) == 0)
    let started = Date()
    #expect(throws: FileError.self) { _ = try PosixFileSystem().read(path, followingLinks: true) }
    #expect(Date().timeIntervalSince(started) < 5, "refused by its size, not after reading it")
    do {
      _ = try PosixFileSystem().read(path, followingLinks: true)
    } catch {
      #expect(error.message(.es).contains("demasiado grande"))
    }
  }
}
