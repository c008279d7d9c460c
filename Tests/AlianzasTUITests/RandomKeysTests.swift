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
    Array("1234 sSnNxXrRabcdefghijklmnopqrtuvwyz/?+-L.,0123456789ñáé€日").map { Key.char($0) }
    + [
      .enter, .enter, .enter, .escape, .escape, .tab, .backTab, .up, .down, .down, .left, .right, .pageUp,
      .pageDown, .home, .end, .backspace, .ctrl("u"), .function(1),
    ]

  @Test func noCrashAndNoInvalidState() throws {
    var s = state(100, 30)
    var rng = SeededGenerator(
      seed: UInt64(ProcessInfo.processInfo.environment["ALIANZAS_RANDOM_SEED"] ?? "") ?? 7)
    var saves = 0, failures = 0
    for step in 1...Self.count {
      if rng.chance(0.002) {
        let sizes = [(80, 24), (120, 40), (40, 12), (200, 60), (61, 20), (100, 30)]
        let (w, h) = rng.pick(sizes)
        _ = reduce(&s, .resize(width: w, height: h))
      }
      var effects = reduce(&s, .key(rng.pick(Self.keys)))
      // The runtime's part: saves succeed, now and then one fails (a full disk).
      while !effects.isEmpty {
        let effect = effects.removeFirst()
        switch effect {
        case .quit: s.shouldQuit = false
        case .saveAlliance(let a):
          saves += 1
          if rng.chance(0.05) {
            failures += 1
            effects += reduce(
              &s, .saveFailed("alliances/\(a.code)", Localized(es: "disco lleno", en: "disk full")))
          } else {
            effects += reduce(&s, .saved("alliances/\(a.code)"))
          }
        case .saveRoster(let r): effects += reduce(&s, .saved("households/\(r.allianceCode)"))
        default: break
        }
      }
      // Keep the walk moving: out of boxes now and then, back to a random screen.
      if rng.chance(0.01) { s.modals = [] }
      _ = RootView.render(s)
      if step % 2000 == 0 { check(s, step: step) }
    }
    check(s, step: Self.count)
    #expect(saves > 0, "the walk changed records")
    _ = failures
  }

  func check(_ s: AppState, step: Int) {
    var full = ScoreEngine(instruments: instruments, today: s.data.today)
    for a in s.data.alliances.values { full.setAlliance(a) }
    for r in s.data.rosters.values { full.setRoster(r) }
    #expect(s.data.engine.totals == full.totals, "totals after \(step) keys")
    for a in s.data.alliances.values {
      let issues = a.validate(reference: reference, today: s.data.today)
      #expect(issues.isEmpty, "\(a.code) after \(step) keys: \(issues.map { $0.message(.en) })")
    }
    for r in s.data.rosters.values {
      for h in r.households {
        let issues = h.validate(instruments: instruments, today: s.data.today)
        #expect(issues.isEmpty, "\(h.code) after \(step) keys: \(issues.map { $0.message(.en) })")
      }
    }
  }
}
