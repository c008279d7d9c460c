import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

@Suite("The index is a cache that can always be trusted or thrown away")
struct StoreIndexTests {
  /// The engine a full parse of every file gives: the reference the index must equal.
  func full(_ store: FileStore) -> ScoreEngine {
    var engine = ScoreEngine(instruments: instruments, today: asOf)
    let contents = store.loadAll()
    for a in contents.alliances { engine.setAlliance(a) }
    for r in contents.rosters.values { engine.setRoster(r) }
    return engine
  }

  func expectSame(_ a: ScoreEngine, _ b: ScoreEngine, _ note: String) {
    #expect(a.totals == b.totals, "\(note): totals")
    #expect(a.figures == b.figures, "\(note): figures")
    #expect(a.tallies == b.tallies, "\(note): tallies")
  }

  func rewrite(_ path: String, _ edit: (String) -> String) {
    let text = String(decoding: bytes(path), as: UTF8.self)
    let changed = edit(text)
    #expect(changed != text, "the edit changed \(path)")
    write(changed, to: path)
  }

  @Test func changesBehindItsBackAreSeen() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.03)
    let first = StoreIndex.refresh(store, reference: reference, instruments: instruments, today: asOf)
    #expect(first.reparsed == store.codes().count)
    expectSame(first.index.engine(instruments: instruments, today: asOf), full(store), "built")
    #expect(
      StoreIndex.refresh(store, reference: reference, instruments: instruments, today: asOf).reparsed == 0,
      "nothing changed, nothing parsed")

    let codes = store.codes()
    // An alliance changes stage and status (same file, new content).
    rewrite(root + "/alliances/\(codes[0]).json") {
      $0.replacingOccurrences(of: "\"status\" : \"activa\"", with: "\"status\" : \"suspendida\"")
    }
    // A household's answer changes without changing the file's size: only the stamp tells.
    rewrite(root + "/households/\(codes[1]).json") { text in
      guard let range = text.range(of: "\"si\"") else {
        return text.replacingOccurrences(of: "\"no\"", with: "\"si\"")
      }
      return text.replacingCharacters(in: range, with: "\"no\"")
    }
    // A new alliance arrives (as a sync tool would drop it).
    var copy = try store.loadAlliance(code: codes[2]).get()
    copy.code = "ZZZ-2013-001"
    copy.id = "copied"
    write(
      String(decoding: try JSONEncoder().encode(copy), as: UTF8.self),
      to: root + "/alliances/ZZZ-2013-001.json")
    // One disappears.
    try FileManager.default.removeItem(atPath: root + "/alliances/\(codes[3]).json")
    try FileManager.default.removeItem(atPath: root + "/households/\(codes[3]).json")
    // One is damaged.
    let damaged = root + "/alliances/\(codes[4]).json"
    write(String(decoding: bytes(damaged), as: UTF8.self).dropLast(30) + "", to: damaged)

    let second = StoreIndex.refresh(store, reference: reference, instruments: instruments, today: asOf)
    #expect(second.reparsed == 4, "changed, changed, added, damaged; the deleted one is just dropped")
    expectSame(second.index.engine(instruments: instruments, today: asOf), full(store), "after changes")
    #expect(second.index.problems.map(\.path) == ["alliances/\(codes[4]).json"])
    #expect(second.index.entries["ZZZ-2013-001"] != nil && second.index.entries[codes[3]] == nil)
    // The damaged file stays damaged and is not parsed again at every open.
    #expect(
      StoreIndex.refresh(store, reference: reference, instruments: instruments, today: asOf).reparsed == 0)
  }

  @Test func aNewDayOrDamagedCacheRebuildsEverything() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.01)
    _ = StoreIndex.refresh(store, reference: reference, instruments: instruments, today: asOf)
    let tomorrow = asOf.adding(days: 1)
    let next = StoreIndex.refresh(store, reference: reference, instruments: instruments, today: tomorrow)
    #expect(next.reparsed == store.codes().count, "figures depend on the day: a new day starts over")
    write("{ this is not json", to: root + "/.cache/index.json")
    let rebuilt = StoreIndex.refresh(store, reference: reference, instruments: instruments, today: asOf)
    #expect(rebuilt.reparsed == store.codes().count)
    expectSame(
      rebuilt.index.engine(instruments: instruments, today: asOf), full(store), "after a damaged cache")
  }
}

@Suite("The analyses read their inputs from the index")
struct IndexAnalysisTests {
  @Test func durationsRelinksAndSamplesEqualAFullParse() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.05)
    let index = StoreIndex.refresh(store, reference: reference, instruments: instruments, today: asOf).index
    let contents = store.loadAll()
    let alliances = contents.alliances.sorted { $0.code < $1.code }
    #expect(index.durations == AgreementSurvival.durations(alliances, today: asOf))
    #expect(RelinkTable(cases: index.relinkCases) == RelinkTable(alliances: alliances))
    let rosters = contents.rosters.keys.sorted().map { contents.rosters[$0]! }
    for grouping in ComparisonGrouping.allCases {
      let fromIndex = GroupComparison(
        samples: SampleCache.samples(store, instruments: instruments, today: asOf), by: grouping)
      let fromFiles = GroupComparison(rosters: rosters, instruments: instruments, today: asOf, by: grouping)
      #expect(fromIndex == fromFiles, "\(grouping)")
    }
  }
}
