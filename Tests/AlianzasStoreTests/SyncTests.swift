import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

@Suite("Stores merge record by record, in any order, losing nothing")
struct SyncTests {
  static var cases: Int { Int(ProcessInfo.processInfo.environment["ALIANZAS_SYNC_CASES"] ?? "") ?? 4 }

  /// Random edits on three laptops, then every laptop imports the others' bundles in a different
  /// order: all three end byte-identical, valid, with every edit either in force, replaced by a
  /// change that saw it, or waiting in a conflict; fields edited on two laptops with different
  /// values are conflicts.
  @Test(arguments: 0..<cases)
  func threeLaptopsConverge(seed: Int) throws {
    let laptops = try Laptops(count: 3, name: "converge\(seed)")
    var editor = Editor(random: SeededGenerator(seed: UInt64(seed) &+ 11))
    var edits: [Edit] = []
    for serial in 0..<18 { edits.append(try editor.edit(laptops, serial % 3, serial: serial)) }
    let bundles = laptops.stores.map { $0.exportBundle(since: nil) }
    let orders = [[1, 2], [2, 0], [1, 0]]
    for (i, order) in orders.enumerated() {
      for j in order { _ = try laptops.importing(bundles[j], into: i) }
    }
    let first = laptops.records(0)
    for i in 1..<3 { #expect(laptops.records(i) == first, "laptop \(i) equals laptop 0") }
    for i in 0..<3 {
      #expect(
        StoreValidator.validate(
          laptops.stores[i], reference: reference, instruments: instruments, today: asOf
        ).isEmpty)
    }
    try checkNothingLost(edits, in: laptops.stores[0])
    try checkConcurrentEditsConflict(edits, in: laptops.stores[0])
    // Importing again changes nothing.
    let again = try laptops.importing(bundles[1], into: 0)
    #expect(again.added == 0 && again.updated == 0 && again.filesWritten.isEmpty)
    #expect(laptops.records(0) == first)
  }

  /// Several rounds of edits and partial exchanges between random pairs, then a full exchange.
  @Test(arguments: 0..<cases)
  func roundsOfPartialExchangesConverge(seed: Int) throws {
    let laptops = try Laptops(count: 3, name: "rounds\(seed)")
    var random = SeededGenerator(seed: UInt64(seed) &+ 101)
    var editor = Editor(random: SeededGenerator(seed: UInt64(seed) &+ 202))
    var edits: [Edit] = []
    var serial = 0
    for _ in 0..<4 {
      for _ in 0..<5 {
        edits.append(try editor.edit(laptops, Int.random(in: 0..<3, using: &random), serial: serial))
        serial += 1
      }
      let from = Int.random(in: 0..<3, using: &random)
      let to = (from + Int.random(in: 1..<3, using: &random)) % 3
      _ = try laptops.importing(laptops.stores[from].exportBundle(since: nil), into: to)
    }
    for _ in 0..<2 {
      let bundles = laptops.stores.map { $0.exportBundle(since: nil) }
      for i in 0..<3 { for j in [2, 1, 0] where j != i { _ = try laptops.importing(bundles[j], into: i) } }
    }
    let first = laptops.records(0)
    #expect(laptops.records(1) == first)
    #expect(laptops.records(2) == first)
    try checkNothingLost(edits, in: laptops.stores[1])
  }

  /// Rounds of edits and exchanges in which some imports die between their history lines and
  /// their file (as a SIGKILL or a full disk leaves them), on laptops that may share a device id:
  /// every confirmed edit is still present or reported as a conflict, and the laptops converge.
  @Test(arguments: 0..<cases)
  func interruptedImportsAndSharedIdsLoseNothing(seed: Int) throws {
    let laptops = try Laptops(count: 3, name: "interrupted\(seed)")
    var random = SeededGenerator(seed: UInt64(seed) &+ 303)
    // Some seeds give two or three laptops one id, as a disk image copied to each does.
    let shared = Int.random(in: 0..<3, using: &random)
    for i in 0..<3 { laptops.stores[i].device = i < shared + 1 && shared > 0 ? "imaged" : "dev\(i)" }
    var editor = Editor(random: SeededGenerator(seed: UInt64(seed) &+ 404))
    var edits: [Edit] = []
    var serial = 0
    var killed = 0
    for _ in 0..<5 {
      for _ in 0..<4 {
        edits.append(try editor.edit(laptops, Int.random(in: 0..<3, using: &random), serial: serial))
        serial += 1
      }
      let from = Int.random(in: 0..<3, using: &random)
      let to = (from + Int.random(in: 1..<3, using: &random)) % 3
      let bundle = laptops.stores[from].exportBundle(since: nil)
      if random.chance(0.4) {
        // The import dies after its lines: nothing takes them back.
        let dying = FailingFileSystem()
        dying.failAtomicWrites.store(true, ordering: .relaxed)
        dying.failTruncate.store(true, ordering: .relaxed)
        try laptops.reopen(to, fs: dying)
        _ = try? laptops.importing(bundle, into: to)
        try laptops.reopen(to)
        killed += 1
      } else {
        _ = try laptops.importing(bundle, into: to)
      }
    }
    for _ in 0..<2 {
      let bundles = laptops.stores.map { $0.exportBundle(since: nil) }
      for i in 0..<3 { for j in [2, 1, 0] where j != i { _ = try laptops.importing(bundles[j], into: i) } }
    }
    let first = laptops.records(0)
    #expect(laptops.records(1) == first, "seed \(seed), \(killed) imports killed")
    #expect(laptops.records(2) == first)
    for i in 0..<3 { try checkNothingLost(edits, in: laptops.stores[i]) }
  }

  func checkNothingLost(_ edits: [Edit], in store: FileStore) throws {
    for edit in edits where edit.changed {
      let history = store.history(of: edit.file)
      let recorded = history.changes(within: edit.path).filter {
        $0.batch.device == edit.device && $0.change.path == edit.path && $0.change.new == edit.value
      }
      #expect(!recorded.isEmpty, "the edit is in the merged history: \(edit.file) \(edit.path)")
      let tree = try FileStore.tree(bytes(store.path(edit.file)))
      let value = JSONPatch.value(in: tree, at: edit.path)
      let live = history.candidates(at: edit.path)
      let inForce = value == edit.value
      let replaced = recorded.allSatisfy { r in !live.contains { $0.batch.id == r.batch.id } }
      let waiting = live.count > 1 && recorded.contains { r in live.contains { $0.batch.id == r.batch.id } }
      #expect(
        inForce || replaced || waiting,
        "\(edit.file) \(edit.path): in force, replaced by a change that saw it, or waiting in a conflict")
    }
  }

  /// The last edit of a field on each laptop, before any exchange, was made without seeing the
  /// others; two that differ must be a conflict.
  func checkConcurrentEditsConflict(_ edits: [Edit], in store: FileStore) throws {
    var last: [String: [Int: JSONValue?]] = [:]
    for edit in edits where edit.path.steps.count > 0 && edit.changed {
      last["\(edit.file) \(edit.path)", default: [:]][edit.laptop] = edit.value
    }
    let open = Set(store.openConflicts().map { "\($0.file) \($0.path)" })
    for (key, byLaptop) in last where Set(byLaptop.values.map { $0 }).count > 1 {
      #expect(open.contains(key), "\(key) edited differently on two laptops is a conflict")
    }
  }

  @Test func resolvingAConflictIsRecordedAndTravels() throws {
    let laptops = try Laptops(count: 2)
    let code = laptops.stores[0].codes()[0]
    for (i, name) in ["Nombre en A", "Nombre en B"].enumerated() {
      let before = try laptops.stores[i].loadAlliance(code: code).get()
      var after = before
      after.name = name
      try laptops.stores[i].save(after, base: before)
    }
    let b1 = laptops.stores[1].exportBundle(since: nil)
    let report = try laptops.importing(b1, into: 0)
    #expect(report.conflicts == ["alliances/\(code).json: name"])
    let conflict = try #require(laptops.stores[0].openConflicts().first)
    #expect(Set(conflict.candidates.map(\.value)) == [.string("Nombre en A"), .string("Nombre en B")])
    try laptops.stores[0].resolve(file: conflict.file, path: conflict.path, value: .string("Nombre en A"))
    #expect(laptops.stores[0].openConflicts().isEmpty)
    #expect(try laptops.stores[0].loadAlliance(code: code).get().name == "Nombre en A")
    let resolution = laptops.stores[0].history(of: conflict.file).batches.last { $0.kind == .resolve }
    #expect(resolution?.officer == "oficial0" && resolution?.device == "dev0")
    _ = try laptops.importing(laptops.stores[0].exportBundle(since: nil), into: 1)
    #expect(laptops.stores[1].openConflicts().isEmpty, "the choice travels with the next bundle")
    #expect(laptops.records(1) == laptops.records(0))
  }

  @Test func sinceMarkCarriesOnlyLaterChanges() throws {
    let laptops = try Laptops(count: 2)
    var editor = Editor(random: SeededGenerator(seed: 5))
    _ = try editor.edit(laptops, 0, serial: 1)
    let mark = laptops.stores[0].clock()
    _ = try editor.edit(laptops, 0, serial: 2)
    let bundle = laptops.stores[0].exportBundle(since: mark)
    #expect(bundle.files.flatMap(\.batches).count == 1)
    #expect(bundle.files.allSatisfy { $0.snapshot == nil })
  }

  @Test func duplicatesFromTwoLaptopsAreFlaggedNotMerged() throws {
    let laptops = try Laptops(count: 2)
    let code = laptops.stores[0].codes()[0]
    for i in 0..<2 {
      let before = try laptops.stores[i].loadRoster(code: code).get()
      var after = before
      var household = after.households[0]
      household.id = "dev\(i)-nueva"
      household.code = "X\(i)"
      household.headName = i == 0 ? "María Peña" : "MARIA PEÑA"
      household.documentNumber = "1\(i)2345"
      household.surveys = []
      after.households.append(household)
      try laptops.stores[i].save(after, base: before)
    }
    let report = try laptops.importing(laptops.stores[1].exportBundle(since: nil), into: 0)
    #expect(report.duplicates.count == 1)
    let candidates = laptops.stores[0].duplicateCandidates()
    #expect(candidates.count == 1)
    let roster = try laptops.stores[0].loadRoster(code: code).get()
    #expect(roster.households.filter { $0.id.hasSuffix("-nueva") }.count == 2, "both kept until reviewed")
    try laptops.stores[0].markDistinct(candidates[0])
    #expect(laptops.stores[0].duplicateCandidates().isEmpty)
  }

  /// Deciding that one of a pair is a copy archives it: kept in the file with its history and a
  /// reason, out of the counts and of the duplicate list, and restorable.
  @Test func aCopyFoundInReviewIsArchivedNotDestroyed() throws {
    let laptops = try Laptops(count: 1)
    let store = laptops.stores[0]
    let code = store.codes()[0]
    let before = try store.loadRoster(code: code).get()
    var after = before
    var copy = after.households[0]
    copy.id = "dev0-copia"
    copy.code = "X0"
    copy.surveys = []
    after.households.append(copy)
    try store.save(after, base: before)
    #expect(store.duplicateCandidates().count == 1)
    let file = "households/\(code).json"
    let day = Day(iso: "2014-06-30")!
    try store.archiveHousehold(
      copy.id, file: file,
      as: SignedReason(date: day, by: "Ana", reason: "Duplicado de \(before.households[0].code)"))
    let roster = try store.loadRoster(code: code).get()
    let kept = try #require(roster.households.first { $0.id == copy.id })
    #expect(
      kept.archived == SignedReason(date: day, by: "Ana", reason: "Duplicado de \(before.households[0].code)")
    )
    #expect(roster.inUse.count == before.households.count)
    #expect(store.duplicateCandidates().isEmpty)
    let history = store.history(of: file).changes(within: ChangePath([.key("households"), .record(copy.id)]))
    #expect(history.contains { $0.change.path.description.hasSuffix("archived") })
  }

  @Test func damagedAndForeignBundlesAreRefused() throws {
    let laptops = try Laptops(count: 2)
    var editor = Editor(random: SeededGenerator(seed: 9))
    _ = try editor.edit(laptops, 1, serial: 1)
    let good = try laptops.stores[1].exportBundle(since: nil).encoded()
    var flipped = good
    flipped[flipped.count / 2] ^= 0x20
    let cases: [([UInt8], SyncError)] = [
      (
        Array(good.prefix(good.count - 10)),
        .damaged(
          expected: good.count - good.firstIndex(of: 0x0A)! - 1,
          found: good.count - good.firstIndex(of: 0x0A)! - 11)
      ),
      (flipped, .checksum),
      (Array("hola\n".utf8), .notABundle),
      (Array("alianzas-bundle 9 sha256=00 bytes=2\n{}".utf8), .newerBundle(9)),
    ]
    for (bytes, expected) in cases {
      guard case .failure(let error) = SyncBundle.decode(bytes) else {
        Issue.record("accepted a bad bundle")
        continue
      }
      #expect(error == expected)
      #expect(!error.message(.es).isEmpty)
    }
    // A bundle that names a file outside the record folders is refused whole.
    var hostile = laptops.stores[1].exportBundle(since: nil)
    hostile.files[0].path = "../../etc/passwd"
    guard case .failure(.badPath) = SyncBundle.decode(try hostile.encoded()) else {
      Issue.record("accepted a path outside the store")
      return
    }
  }

  @Test func aBundleThatWouldBreakARuleLeavesThatFileAlone() throws {
    let laptops = try Laptops(count: 2)
    let code = laptops.stores[1].codes()[0]
    var bundle = laptops.stores[1].exportBundle(since: nil)
    let file = "alliances/\(code).json"
    let bad = ChangeBatch(
      id: "evil-1", kind: .edit, at: now, device: "evil", officer: "x", received: now,
      changes: [Change(path: ChangePath([.key("departmentCode")]), old: nil, new: .string("99"))])
    bundle.files = bundle.files.map { f in
      var f = f
      if f.path == file { f.batches.append(bad) }
      return f
    }
    let before = laptops.records(0)
    let report = try laptops.importing(bundle, into: 0)
    #expect(report.refused.map(\.path) == [file])
    #expect(laptops.records(0)[file] == before[file])
  }

  @Test func aSaveWhoseFileWriteFailedIsUndoneOnNextUse() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try makeDemoStore(at: root, scale: 0.01).release()
    let fs = FailingFileSystem()
    let store = try FileStore.open(at: root, mode: .write, officer: "t", now: now, fs: fs)
    let code = store.codes()[0]
    let before = try store.loadAlliance(code: code).get()
    var after = before
    after.name = "Primero"
    try store.save(after, base: before)
    fs.failAtomicWrites.store(true, ordering: .relaxed)
    var lost = after
    lost.name = "Nunca escrito"
    #expect(throws: StoreError.self) { try store.save(lost, base: after) }
    store.release()
    // A new session: the history line of the failed save is cut off, the file is the first save.
    let reopened = try FileStore.open(at: root, mode: .write, officer: "t", now: now)
    defer { reopened.release() }
    var third = try reopened.loadAlliance(code: code).get()
    #expect(third.name == "Primero")
    let base = third
    third.oga = "Otra OGA"
    try reopened.save(third, base: base)
    let names = reopened.history(of: "alliances/\(code).json").batches.flatMap(\.changes).compactMap {
      $0.new?.stringValue
    }
    #expect(names.contains("Primero") && !names.contains("Nunca escrito"))
    #expect(reopened.history(of: "alliances/\(code).json").batches.allSatisfy { $0.kind == .edit })
  }

  @Test func anOutsideChangeIsKeptAndRecorded() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.01)
    defer { store.release() }
    let code = store.codes()[0]
    let base = try store.loadAlliance(code: code).get()
    // A sync tool rewrites the file while the interface holds the version it read.
    var outside = base
    outside.oga = "OGA cambiada afuera"
    try PosixFileSystem().writeAtomically(
      try StoreCoding.encode(outside), to: store.path("alliances/\(code).json"))
    var mine = base
    mine.name = "Nombre escrito en la interfaz"
    let merged = try #require(try store.save(mine, base: base))
    #expect(merged.oga == "OGA cambiada afuera" && merged.name == "Nombre escrito en la interfaz")
    let onDisk = try store.loadAlliance(code: code).get()
    #expect(onDisk == merged)
    let kinds = store.history(of: "alliances/\(code).json").batches.map(\.kind)
    #expect(kinds == [.external, .edit])
  }
}
