import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasTUI

/// Random keys through every screen, headless: no crash, and the state stays valid — scores equal
/// a full recomputation and every record still follows the domain rules. The count is bounded for
/// `swift test`; ALIANZAS_RANDOM_KEYS raises it (the reliability run uses 100,000).
@Suite("Random keys")
struct RandomKeysTests {
  static let count = Int(ProcessInfo.processInfo.environment["ALIANZAS_RANDOM_KEYS"] ?? "") ?? 8_000

  static let keys: [Key] =
    Array("1234 sSnNxXrRabcdefghijklmnopqrtuvwyz/?+-L.,0123456789ñáé€日UXAR!u\u{0303}\u{200D}").map {
      Key.char($0)
    }
    + [.paste("Asociación de\nproductores"), .paste("12.5"), .paste("")]
    + [
      .enter, .enter, .enter, .escape, .escape, .tab, .backTab, .up, .down, .down, .left, .right, .pageUp,
      .pageDown, .home, .end, .backspace, .ctrl("u"), .function(1),
    ]

  @Test func noCrashAndNoInvalidState() throws {
    try walk(state(100, 30), lazy: false)
  }

  /// The same walk with the runtime's loads answered from a fake disk, as the live runtime does:
  /// the store opens with figures only, screens ask for files, saves fail now and then, and
  /// loads arrive while edits are unsaved. After every key, no unsaved edit may be lost.
  @Test func loadsThatRaceWithUnsavedEditsLoseNothing() throws {
    let world = World.shared
    let data = AppData(
      reference: reference, instruments: instruments, today: world.data.today, engine: world.data.engine,
      storePath: "/tmp/demo", asOf: world.data.asOf, officer: "Ana Muñoz", device: "test",
      loadedAllAlliances: false, loadedAllRosters: false)
    try walk(
      AppState(data: data, language: .es, width: 100, height: 30), lazy: true,
      count: max(1, Self.count / 2))
  }

  func walk(_ start: AppState, lazy: Bool, count: Int = RandomKeysTests.count) throws {
    var s = start
    var rng = SeededGenerator(
      seed: UInt64(ProcessInfo.processInfo.environment["ALIANZAS_RANDOM_SEED"] ?? "") ?? 7)
    var disk = FakeDisk(alliances: World.shared.alliances, rosters: World.shared.rosters)
    var saves = 0, failures = 0, loads = 0
    // What each file was last sent to be saved as: an unsaved record must still hold it.
    var lastSent: [String: AnyHashable] = [:]
    for step in 1...count {
      if rng.chance(0.002) {
        let sizes = [(80, 24), (120, 40), (40, 12), (200, 60), (61, 20), (100, 30)]
        let (w, h) = rng.pick(sizes)
        _ = reduce(&s, .resize(width: w, height: h))
      }
      var effects = reduce(&s, .key(rng.pick(Self.keys)))
      // A load asked for earlier may arrive now, while an edit waits to be saved.
      if lazy && rng.chance(0.02) {
        let code = rng.pick(disk.alliances.keys.sorted())
        effects += reduce(
          &s, rng.chance(0.5) ? .allianceLoaded(disk.alliances[code]!) : .rosterLoaded(disk.rosters[code]!))
      }
      // The runtime's part: saves succeed, now and then one fails (a full disk); loads are
      // answered from the disk.
      func save(_ path: String, _ record: AnyHashable, write: () -> Void) -> [Effect] {
        saves += 1
        lastSent[path] = record
        if rng.chance(0.05) {
          failures += 1
          return reduce(&s, .saveFailed(path, Localized(es: "disco lleno", en: "disk full")))
        }
        write()
        return reduce(&s, .saved(path))
      }
      while !effects.isEmpty {
        let effect = effects.removeFirst()
        switch effect {
        case .quit: s.shouldQuit = false
        case .saveAlliance(let a):
          effects += save("alliances/\(a.code)", a) { disk.alliances[a.code] = a }
        case .saveRoster(let r):
          effects += save("households/\(r.allianceCode)", r) { disk.rosters[r.allianceCode] = r }
        case .then(let action):
          effects += reduce(&s, action)
        case .saveOfficer:
          break
        default:
          guard lazy else { break }
          loads += 1
          effects += disk.answer(effect).flatMap { reduce(&s, $0) }
        }
      }
      // Keep the walk moving: out of boxes now and then, back to a random screen.
      if rng.chance(0.01) { s.modals = [] }
      _ = RootView.render(s)
      if ProcessInfo.processInfo.environment["ALIANZAS_WALK_TRACE"] != nil && step % 200 == 0 {
        print(
          "walk \(step): \(s.screen) modals=\(s.modals.count) editor=\(s.editor?.title ?? "-") survey=\(s.households.survey != nil) status=\(s.status?.text ?? "")"
        )
      }
      if lazy {
        checkNothingLost(s, disk: disk, lastSent: lastSent, step: step)
        // A full recomputation costs tens of milliseconds: every 20 keys keeps the walk quick.
        if step % 20 == 0 { checkEngine(s, disk: World.shared.asOpened, step: step) }
      }
      if step % 2000 == 0 { check(s, disk: lazy ? World.shared.asOpened : nil, step: step) }
    }
    check(s, disk: lazy ? World.shared.asOpened : nil, step: count)
    #expect(saves > 0, "the walk changed records")
    #expect(!lazy || loads > 0, "the walk loaded files")
    _ = failures
  }

  /// A record marked unsaved still holds what was last sent to be saved; any other record that is
  /// loaded equals the disk.
  func checkNothingLost(_ s: AppState, disk: FakeDisk, lastSent: [String: AnyHashable], step: Int) {
    for (code, a) in s.data.alliances {
      let unsaved = s.unsaved.contains("alliances/\(code)")
      if !unsaved && disk.alliances[code] != a {
        Issue.record("alliances/\(code) differs from the disk but is not marked unsaved, after \(step) keys")
      }
    }
    for (code, r) in s.data.rosters where !s.unsaved.contains("households/\(code)") {
      if disk.rosters[code] != r {
        Issue.record("households/\(code) differs from the disk but is not marked unsaved, after \(step) keys")
      }
    }
    for path in s.unsaved {
      let code = String(path.split(separator: "/").last!)
      let here: AnyHashable? = path.hasPrefix("alliances/") ? s.data.alliances[code] : s.data.rosters[code]
      if here == nil || here != lastSent[path] {
        Issue.record("\(path): the unsaved edit was replaced, after \(step) keys")
      }
    }
  }

  /// The engine equals a full recomputation over the records: the workspace's where it holds
  /// them, the disk's (which the index summarized) elsewhere.
  func checkEngine(_ s: AppState, disk: FakeDisk? = nil, step: Int) {
    var full = ScoreEngine(instruments: instruments, today: s.data.today)
    let codes = Set(s.data.alliances.keys).union(disk?.alliances.keys ?? [:].keys)
    for code in codes {
      if let a = s.data.alliances[code] ?? disk?.alliances[code] { full.setAlliance(a) }
      if let r = s.data.rosters[code] ?? disk?.rosters[code] { full.setRoster(r) }
    }
    #expect(s.data.engine.totals == full.totals, "totals after \(step) keys")
  }

  func check(_ s: AppState, disk: FakeDisk? = nil, step: Int) {
    checkEngine(s, disk: disk, step: step)
    for a in s.data.alliances.values {
      let issues = a.validate(reference: reference, today: s.data.today)
      #expect(issues.isEmpty, "\(a.code) after \(step) keys: \(issues.map { $0.message(.en) })")
    }
    for r in s.data.rosters.values {
      let before = Set(World.shared.rosters[r.allianceCode]?.households.map(\.id) ?? [])
      for h in r.households {
        let issues = h.validate(instruments: instruments, today: s.data.today)
        #expect(issues.isEmpty, "\(h.code) after \(step) keys: \(issues.map { $0.message(.en) })")
        // Nothing half-made: a household made during the walk has what a household must have.
        if !before.contains(h.id) {
          #expect(h.missingRequired.isEmpty, "\(h.code) was created without \(h.missingRequired)")
        }
      }
    }
  }
}

extension World {
  /// What the engine summarized for records the workspace does not hold: the world as it was
  /// opened (the index is not rebuilt during a session).
  var asOpened: FakeDisk { FakeDisk(alliances: alliances, rosters: rosters) }
}

/// The files the fake runtime answers loads from, and writes saves to.
struct FakeDisk {
  var alliances: [String: Alliance]
  var rosters: [String: HouseholdRoster]

  func answer(_ effect: Effect) -> [Action] {
    switch effect {
    case .loadAlliance(let code): return alliances[code].map { [.allianceLoaded($0)] } ?? []
    case .loadRoster(let code): return rosters[code].map { [.rosterLoaded($0)] } ?? []
    case .loadAllAlliances:
      return alliances.keys.sorted().map { .allianceLoaded(alliances[$0]!) } + [.loadedAll(alliances: true)]
    case .loadAllRosters:
      return rosters.keys.sorted().map { .rosterLoaded(rosters[$0]!) } + [.loadedAll(alliances: false)]
    case .loadReview:
      let queue =
        alliances.keys.sorted().flatMap { alliances[$0]!.supervisionItems }
        + rosters.keys.sorted().flatMap { rosters[$0]!.supervisionItems }
      return [.review(.loaded([], supervision: queue))]
    case .export(let request):
      return [.exported(table: request.table, path: request.path, rows: request.codes.count)]
    default: return []
    }
  }
}
