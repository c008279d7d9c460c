import AlianzasDomain
import AlianzasRuntime
import Foundation
import Testing

@testable import AlianzasStore

@Suite("Damaged files are moved aside with a note, never overwritten, and the rest opens")
struct QuarantineTests {
  /// Bytes that no longer read as the record they were.
  static func damage(_ original: [UInt8], _ rng: inout SeededGenerator, as relative: String) -> [UInt8] {
    let mutated = FuzzTests.mutate(original, &rng)
    let reads =
      relative.hasPrefix("alliances/")
      ? (try? StoreCoding.decode(Alliance.self, from: mutated, path: relative).get()).map {
        $0.validate(reference: reference, today: asOf).isEmpty
      } ?? false
      : (try? StoreCoding.decode(HouseholdRoster.self, from: mutated, path: relative).get()) != nil
    return reads ? Array(mutated.prefix(mutated.count / 3)) : mutated
  }

  static func quarantined(_ root: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: root + "/quarantine")) ?? []).sorted()
  }

  @Test func theInterfaceMovesDamagedFilesAsideAndOpensTheRest() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.02)
    let codes = store.codes()
    // One damaged alliance has history of its own: it must travel with the file.
    var edited = try store.loadAlliance(code: codes[0]).get()
    edited.name += " (editada)"
    _ = try store.save(edited)
    store.release()
    var rng = SeededGenerator(seed: 31)
    var damaged: [String: [UInt8]] = [:]
    for relative in codes.prefix(4).map({ "alliances/\($0).json" })
      + codes.suffix(2).map({ "households/\($0).json" })
    {
      let bad = Self.damage(bytes(root + "/" + relative), &rng, as: relative)
      #expect(FileManager.default.createFile(atPath: root + "/" + relative, contents: Data(bad)))
      damaged[relative] = bad
    }

    let session = try StoreSession.open(
      path: root, reference: reference, instruments: instruments, officer: "t", device: "lap", now: now)
    #expect(session.data.problems.count == damaged.count)
    for line in session.data.problems { #expect(line.es.contains("apartado en quarantine/"), "\(line.es)") }
    #expect(session.data.engine.figures.count == codes.count - 4, "the rest opens")
    session.release()

    let aside = Self.quarantined(root)
    for (relative, content) in damaged {
      let stem = relative.replacingOccurrences(of: "/", with: "-").dropLast(5)
      let copy = try #require(aside.first { $0.hasSuffix("-\(stem).json") }, "\(relative) in quarantine")
      #expect(bytes(root + "/quarantine/" + copy) == content, "\(relative) moved byte for byte")
      #expect(!FileManager.default.fileExists(atPath: root + "/" + relative))
      let note = String(
        decoding: bytes(root + "/quarantine/" + copy.dropLast(5) + ".note.txt"), as: UTF8.self)
      #expect(note.contains(relative) && note.contains("Motivo: \(relative):") && note.contains("Reason:"))
    }
    #expect(aside.contains { $0.hasSuffix("-alliances-\(codes[0]).history.jsonl") }, "history went along")
    #expect(!FileManager.default.fileExists(atPath: root + "/history/alliances/\(codes[0]).jsonl"))
    let mode =
      try FileManager.default.attributesOfItem(atPath: root + "/quarantine")[.posixPermissions] as? Int
    #expect(mode == 0o700)

    // What is left validates, except households whose alliance is aside, and those say where it is.
    let reopened = try FileStore.open(at: root, mode: .read, officer: "t", now: now)
    let problems = StoreValidator.validate(
      reopened, reference: reference, instruments: instruments, today: asOf)
    #expect(Set(problems.map(\.path)) == Set(codes.prefix(4).map { "households/\($0).json" }))
    for p in problems { #expect(p.message(.es).contains("apartada en quarantine/"), "\(p.message(.es))") }
  }

  /// Too many open files (`ulimit -n 8`), no permission or a disk error say nothing of a file's
  /// contents: it is named, never set aside, and read again at the next open.
  @Test(arguments: [EMFILE, EACCES, EIO])
  func aFileThatCannotBeReadIsNamedNotMoved(code: Int32) throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try makeDemoStore(at: root, scale: 0.01).release()
    let before = snapshot(root).filter { !$0.key.hasPrefix("history/") }
    let fs = FailingFileSystem()
    fs.failRecordReads.store(code, ordering: .relaxed)
    let store = try FileStore.open(at: root, mode: .write, officer: "t", now: now, fs: fs)
    let result = StoreIndex.refreshQuarantining(
      store, reference: reference, instruments: instruments, today: asOf)
    #expect(result.moved == 0, "nothing is set aside")
    #expect(!result.problems.isEmpty, "the files are named")
    #expect(!FileManager.default.fileExists(atPath: root + "/quarantine"))
    #expect(snapshot(root).filter { !$0.key.hasPrefix(".") && !$0.key.hasPrefix("history/") } == before)
    // Once the files read again, everything opens: nothing was remembered as bad.
    fs.failRecordReads.store(0, ordering: .relaxed)
    let again = StoreIndex.refreshQuarantining(
      store, reference: reference, instruments: instruments, today: asOf)
    #expect(again.problems.isEmpty)
    #expect(again.refresh.index.entries.values.allSatisfy { $0.figures != nil })
    store.release()
  }

  @Test func aReadOnlySessionNamesButMovesNothing() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let holder = try makeDemoStore(at: root, scale: 0.01)
    defer { holder.release() }
    let relative = "alliances/\(holder.codes()[0]).json"
    write("{ \"code\" : ", to: root + "/" + relative)
    let session = try StoreSession.open(
      path: root, reference: reference, instruments: instruments, officer: "t", device: "lap", now: now)
    defer { session.release() }
    #expect(session.data.readOnlyReason != nil)
    #expect(session.data.problems.count == 1 && session.data.problems[0].es.hasPrefix(relative + ":"))
    #expect(bytes(root + "/" + relative) == Array("{ \"code\" : ".utf8))
    #expect(Self.quarantined(root).isEmpty)
  }

  @Test func aSecondDamageAtTheSameMomentGetsItsOwnName() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.01)
    defer { store.release() }
    store.clock = { now }
    let relative = "households/\(store.codes()[0]).json"
    let problem = StoreProblem(path: relative, line: 1, reason: Localized(es: "dañado", en: "damaged"))
    write("primero", to: root + "/" + relative)
    let first = try store.quarantine(problem)
    write("segundo", to: root + "/" + relative)
    let second = try store.quarantine(problem)
    #expect(first.movedTo != second.movedTo && first.note != second.note)
    #expect(bytes(root + "/" + first.movedTo) == Array("primero".utf8))
    #expect(bytes(root + "/" + second.movedTo) == Array("segundo".utf8))
    #expect(throws: StoreError.self) { try store.quarantine(problem) }
  }

  /// The fuzz cases again, through the store: in rounds, a few files are mutated and the index
  /// refreshed with quarantine; each one either still reads (left in place, unchanged) or lies in
  /// quarantine byte for byte. Scales with ALIANZAS_FUZZ_CASES.
  @Test func fuzzedFilesEitherReadOrAreQuarantinedWhole() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.01)
    defer { store.release() }
    let paths = store.codes().flatMap { ["alliances/\($0).json", "households/\($0).json"] }
    let originals = Dictionary(uniqueKeysWithValues: paths.map { ($0, bytes(root + "/" + $0)) })
    var rng = SeededGenerator(seed: 4242)
    var moved = 0, kept = 0
    for round in 0..<max(5, FuzzTests.cases / 300) {
      // A moment per round, so the same file damaged twice also shows the no-overwrite naming.
      store.clock = { Timestamp(secondsSinceEpoch: now.secondsSinceEpoch + Int64(round / 2)) }
      var mutated: [String: [UInt8]] = [:]
      for _ in 0..<3 {
        let relative = rng.pick(paths)
        mutated[relative] = FuzzTests.mutate(originals[relative]!, &rng)
        #expect(
          FileManager.default.createFile(atPath: root + "/" + relative, contents: Data(mutated[relative]!)))
      }
      let before = Set(Self.quarantined(root))
      let result = StoreIndex.refreshQuarantining(
        store, reference: reference, instruments: instruments, today: asOf)
      #expect(result.refresh.index.problems.isEmpty, "after quarantine every remaining file reads")
      let added = Set(Self.quarantined(root)).subtracting(before).filter { $0.hasSuffix(".json") }
      for (relative, content) in mutated {
        if FileManager.default.fileExists(atPath: root + "/" + relative) {
          kept += 1
          #expect(bytes(root + "/" + relative) == content)
        } else {
          moved += 1
          let stem = relative.replacingOccurrences(of: "/", with: "-").dropLast(5)
          let copy = try #require(added.first { $0.hasSuffix("-\(stem).json") })
          #expect(bytes(root + "/quarantine/" + copy) == content)
        }
        #expect(
          FileManager.default.createFile(atPath: root + "/" + relative, contents: Data(originals[relative]!)))
      }
    }
    #expect(moved > 0 && kept > 0, "both outcomes exercised (\(moved) moved, \(kept) kept)")
  }

  @Test func aQuarantinedRecordComesBackWholeFromAnotherLaptop() throws {
    let laptops = try Laptops(count: 2)
    let (a, b) = (laptops.stores[0], laptops.stores[1])
    let code = a.codes()[0]
    let relative = "alliances/\(code).json"
    var edited = try b.loadAlliance(code: code).get()
    edited.name += " (B)"
    _ = try b.save(edited)
    _ = try laptops.importing(b.exportBundle(since: nil), into: 0)
    write("{ roto", to: a.path(relative))
    let moved = try a.quarantine(
      StoreProblem(path: relative, line: 1, reason: Localized(es: "dañado", en: "damaged")))
    #expect(moved.historyMovedTo != nil && !a.fs.exists(a.path(relative)))
    let report = try laptops.importing(b.exportBundle(since: nil), into: 0)
    #expect(report.added >= 1 && report.filesWritten.contains(relative), "\(report)")
    #expect(laptops.records(0) == laptops.records(1), "the record is back as the other laptop has it")
    let ids = Set(a.history(of: relative).batches.map(\.id))
    #expect(b.history(of: relative).batches.allSatisfy { ids.contains($0.id) }, "its history came back too")
  }

  @Test func aMoveThatFailsHalfWayPutsTheHistoryBack() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let demo = try makeDemoStore(at: root, scale: 0.005)
    let code = demo.codes()[0]
    var alliance = try demo.loadAlliance(code: code).get()
    alliance.name += " (con historial)"
    _ = try demo.save(alliance)
    demo.release()
    let fs = FailingFileSystem()
    let store = try FileStore.open(at: root, mode: .write, officer: "t", now: now, fs: fs)
    defer { store.release() }
    let relative = "alliances/\(code).json"
    write("{ roto", to: root + "/" + relative)
    let history = bytes(root + "/history/alliances/\(code).jsonl")
    fs.failRecordRenames.store(true, ordering: .relaxed)
    #expect(throws: StoreError.self) {
      try store.quarantine(
        StoreProblem(path: relative, line: 1, reason: Localized(es: "dañado", en: "damaged")))
    }
    #expect(bytes(root + "/" + relative) == Array("{ roto".utf8), "the file stays where it was")
    #expect(bytes(root + "/history/alliances/\(code).jsonl") == history, "and so does its history")
    #expect(Self.quarantined(root).isEmpty, "no history, copy or note left in quarantine/")
  }
}
