import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

@Suite("The index is a cache that can always be trusted or thrown away")
struct StoreIndexTests {
  /// The engine a full parse of every file gives: the reference the index must equal.
  func full(_ store: FileStore, today: Day = asOf) -> ScoreEngine {
    var engine = ScoreEngine(instruments: instruments, today: today)
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

  @Test func aClockSetBackOrDamagedCacheRebuildsEverything() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.01)
    _ = StoreIndex.refresh(store, reference: reference, instruments: instruments, today: asOf)
    let tomorrow = asOf.adding(days: 1)
    let next = StoreIndex.refresh(store, reference: reference, instruments: instruments, today: tomorrow)
    #expect(next.reparsed == 0, "a new day is derived from the index")
    let yesterday = asOf.adding(days: -1)
    let back = StoreIndex.refresh(store, reference: reference, instruments: instruments, today: yesterday)
    #expect(back.reparsed == store.codes().count, "a day before the index's: it cannot be trusted")
    write("{ this is not an index", to: root + "/.cache/index.bin")
    let rebuilt = StoreIndex.refresh(store, reference: reference, instruments: instruments, today: asOf)
    #expect(rebuilt.reparsed == store.codes().count)
    expectSame(
      rebuilt.index.engine(instruments: instruments, today: asOf), full(store), "after a damaged cache")
  }
}

@Suite("A new day's figures come from the index, equal to parsing every file on that day")
struct IndexNewDayTests {
  @Test func dateDerivedFiguresEqualAFullRecomputation() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.05)
    let built = StoreIndex.refresh(store, reference: reference, instruments: instruments, today: asOf)
    #expect(built.reparsed == store.codes().count)
    let alliances = store.loadAll().alliances.sorted { $0.code < $1.code }
    let rosters = store.loadAll().rosters
    // Days that cross a visit alert (61 days without a visit), the IDAP's twelve-month delivery
    // window, repayment months, and the first agreements' running durations.
    let days = [1, 29, 61, 62, 200, 365, 366, 400, 800].map { asOf.adding(days: $0) }
    var alertCounts: Set<Int> = []
    var idapSums: Set<Double> = []
    var session = built.index
    for day in days {
      let fromDisk = StoreIndex.refresh(store, reference: reference, instruments: instruments, today: day)
      #expect(fromDisk.reparsed == 0, "\(day): nothing parsed")
      // A session's index carried over to the next day takes the same path.
      let carried = StoreIndex.refresh(
        store, reference: reference, instruments: instruments, today: day, starting: session)
      #expect(carried.reparsed == 0)
      session = carried.index
      var full = ScoreEngine(instruments: instruments, today: day)
      for a in alliances { full.setAlliance(a) }
      for r in rosters.values { full.setRoster(r) }
      for index in [fromDisk.index, carried.index] {
        let engine = index.engine(instruments: instruments, today: day)
        #expect(engine.figures == full.figures, "\(day): figures")
        #expect(engine.totals == full.totals, "\(day): totals")
        #expect(index.durations == AgreementSurvival.durations(alliances, today: day), "\(day): durations")
        let members = alliances.map {
          Triage.Member(
            figures: $0.figures(instruments: instruments, today: day),
            facts: $0.triageFacts(instruments.idap, today: day))
        }
        #expect(
          index.triage(reference.monitoring, today: day)
            == Triage.alerts(
              members, durations: AgreementSurvival.durations(alliances, today: day),
              rules: reference.monitoring,
              today: day), "\(day): triage")
      }
      let figures = full.figures.values
      alertCounts.insert(figures.reduce(0) { $0 + $1.alerts.count })
      idapSums.insert(figures.compactMap(\.idap).reduce(0, +))
    }
    // The days chosen do move the figures: a test that could not tell a stale index apart would
    // prove nothing.
    #expect(alertCounts.count > 1, "alerts change across the days")
    #expect(idapSums.count > 1, "IDAP changes across the days")
  }

  @Test func theSampleCacheServesLaterDays() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.03)
    _ = SampleCache.samples(store, instruments: instruments, today: asOf)
    let cachePath = root + "/.cache/samples.json"
    let written = try FileManager.default.attributesOfItem(atPath: cachePath)[.modificationDate] as? Date
    let contents = store.loadAll()
    let rosters = contents.rosters.keys.sorted().map { contents.rosters[$0]! }
    for day in [1, 400, 1200].map({ asOf.adding(days: $0) }) {
      let samples = SampleCache.samples(store, instruments: instruments, today: day)
      for grouping in ComparisonGrouping.allCases {
        #expect(
          GroupComparison(samples: samples, by: grouping)
            == GroupComparison(rosters: rosters, instruments: instruments, today: day, by: grouping),
          "\(day): \(grouping)")
      }
    }
    let after = try FileManager.default.attributesOfItem(atPath: cachePath)[.modificationDate] as? Date
    #expect(written == after, "nothing was read again, so nothing was written")
  }

  @Test func anEntryThatDidNotReadIsReadAgainOnANewDay() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.01)
    let code = store.codes()[0]
    // A visit dated tomorrow: refused today, accepted from tomorrow on.
    let path = root + "/alliances/\(code).json"
    var alliance = try store.loadAlliance(code: code).get()
    alliance.visits[alliance.visits.count - 1].date = asOf.adding(days: 1)
    alliance.visits[alliance.visits.count - 1].commitments = []
    write(String(decoding: try JSONEncoder().encode(alliance), as: UTF8.self), to: path)
    let today = StoreIndex.refresh(store, reference: reference, instruments: instruments, today: asOf)
    #expect(today.index.problems.map(\.path) == ["alliances/\(code).json"])
    let tomorrow = StoreIndex.refresh(
      store, reference: reference, instruments: instruments, today: asOf.adding(days: 1))
    #expect(tomorrow.reparsed == 1, "only the entry that did not read")
    #expect(tomorrow.index.problems.isEmpty)
    #expect(tomorrow.index.entries[code]?.figures?.lastVisit == asOf.adding(days: 1))
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
