import AlianzasDomain
import Foundation
import Synchronization
import Testing

@testable import AlianzasStore

/// A file system that works until told to fail, as a full disk or a dying one would.
final class FailingFileSystem: StoreFileSystem {
  let real = PosixFileSystem()
  let failure = Atomic<Int32>(0)
  /// Fails only the replacement of files, after their history line went through.
  let failAtomicWrites = Atomic<Bool>(false)
  /// Fails renames onto a `.json` name (moving a record file), letting others through.
  let failRecordRenames = Atomic<Bool>(false)
  /// Fails truncations: with `failAtomicWrites`, a process killed between the history line and
  /// the file (nothing takes the line back).
  let failTruncate = Atomic<Bool>(false)

  /// When set, reading a record file fails with this errno (EMFILE, EACCES, EIO).
  let failRecordReads = Atomic<Int32>(0)

  func read(_ path: String) throws(FileError) -> [UInt8] {
    let code = failRecordReads.load(ordering: .relaxed)
    if code != 0, path.contains("/alliances/") || path.contains("/households/"), path.hasSuffix(".json") {
      throw FileError(path: path, operation: .read, code: code)
    }
    return try real.read(path)
  }
  func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileError) {
    let code = failure.load(ordering: .relaxed)
    if code != 0 { throw FileError(path: path, operation: .write, code: code) }
    if failAtomicWrites.load(ordering: .relaxed) { throw FileError(path: path, operation: .write, code: EIO) }
    try real.writeAtomically(bytes, to: path)
  }
  func list(_ folder: String) throws(FileError) -> [String] { try real.list(folder) }
  func stamp(_ path: String) -> FileStamp? { real.stamp(path) }
  func createFolder(_ path: String) throws(FileError) { try real.createFolder(path) }
  func rename(_ from: String, to: String) throws(FileError) {
    if failRecordRenames.load(ordering: .relaxed), to.hasSuffix(".json") {
      throw FileError(path: from, operation: .rename, code: EIO)
    }
    try real.rename(from, to: to)
  }
  func remove(_ path: String) throws(FileError) { try real.remove(path) }
  func exists(_ path: String) -> Bool { real.exists(path) }
  func isLink(_ path: String) -> Bool { real.isLink(path) }
  func append(_ bytes: [UInt8], to path: String) throws(FileError) {
    let code = failure.load(ordering: .relaxed)
    if code != 0 { throw FileError(path: path, operation: .write, code: code) }
    try real.append(bytes, to: path)
  }
  func truncate(_ path: String, to length: Int) throws(FileError) {
    if failTruncate.load(ordering: .relaxed) { throw FileError(path: path, operation: .write, code: EIO) }
    try real.truncate(path, to: length)
  }
}

@Suite("A failing disk damages nothing")
struct DiskFullTests {
  @Test(arguments: [
    (ENOSPC, "el disco está lleno"), (EIO, "error de entrada/salida del disco"),
    (EROFS, "el disco es de solo lectura"),
  ])
  func aFailedSaveSaysWhyAndKeepsTheOldFile(code: Int32, reason: String) throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try makeDemoStore(at: root, scale: 0.005).release()
    let fs = FailingFileSystem()
    let store = try FileStore.open(at: root, mode: .write, officer: "t", now: now, fs: fs)
    let code0 = store.codes()[0]
    let path = root + "/alliances/\(code0).json"
    let before = bytes(path)
    var alliance = try store.loadAlliance(code: code0).get()
    alliance.name = "Cambio que no cabe"
    fs.failure.store(code, ordering: .relaxed)
    do {
      try store.save(alliance)
      Issue.record("the save should have failed")
    } catch {
      // The history line is written first, so that is the write that meets the full disk.
      let history = root + "/history/alliances/\(code0).jsonl"
      #expect(error.message(.es) == "no se pudo guardar \(history): \(reason)")
    }
    #expect(bytes(path) == before, "the file on disk is untouched")
    fs.failure.store(0, ordering: .relaxed)
    try store.save(alliance)
    #expect(
      try store.loadAlliance(code: code0).get().name == "Cambio que no cabe",
      "the same save works once there is room")
  }

  @Test func aFileWriteThatFailsTakesBackItsHistoryLine() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try makeDemoStore(at: root, scale: 0.005).release()
    let fs = FailingFileSystem()
    let store = try FileStore.open(at: root, mode: .write, officer: "t", now: now, fs: fs)
    defer { store.release() }
    let code = store.codes()[0]
    let relative = "alliances/\(code).json"
    var alliance = try store.loadAlliance(code: code).get()
    alliance.name = "Primer intento"
    _ = try store.save(alliance)
    let historyPath = root + "/history/" + "alliances/\(code).jsonl"
    let historyBefore = String(decoding: bytes(historyPath), as: UTF8.self)
    fs.failAtomicWrites.store(true, ordering: .relaxed)
    alliance.name = "Segundo intento"
    #expect(throws: StoreError.self) { try store.save(alliance) }
    #expect(
      String(decoding: bytes(historyPath), as: UTF8.self) == historyBefore,
      "the line of the failed save was taken back")
    fs.failAtomicWrites.store(false, ordering: .relaxed)
    alliance.name = "Tercer intento"
    _ = try store.save(alliance)
    let history = store.history(of: relative)
    #expect(history.batches.count == 2, "no trace of the save that did not happen")
    #expect(!history.batches.contains { $0.changes.contains { $0.new == .string("Segundo intento") } })
    #expect(try store.loadAlliance(code: code).get().name == "Tercer intento")
  }

  @Test func aFullDiskDuringTheRealWriteLeavesNoTornFile() throws {
    // The real layer: a write that fails half-way removes its temporary file and keeps the old one.
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let fs = PosixFileSystem()
    try fs.writeAtomically(Array("old".utf8), to: root + "/f.json")
    #expect(throws: FileError.self) {
      try fs.writeAtomically(Array("new".utf8), to: root + "/missing-folder/f.json")
    }
    #expect(bytes(root + "/f.json") == Array("old".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["f.json"])
  }
}
