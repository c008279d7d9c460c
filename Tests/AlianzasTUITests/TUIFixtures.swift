import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasTUI

let reference = try! ReferenceData.embedded()
let instruments = try! Instruments.embedded()

/// A demo world (seed 2015, a tenth of national size) loaded into the interface's data.
struct World: @unchecked Sendable {
  var alliances: [String: Alliance] = [:]
  var rosters: [String: HouseholdRoster] = [:]
  var data: AppData

  static let shared = World(scale: 0.1)

  init(scale: Double) {
    var alliances: [String: Alliance] = [:], rosters: [String: HouseholdRoster] = [:]
    DemoGenerator(reference: reference, instruments: instruments, seed: 2015, scale: scale).generate { a, r in
      alliances[a.code] = a
      rosters[a.code] = r
    }
    var engine = ScoreEngine(instruments: instruments, today: DemoGenerator.defaultAsOf)
    for a in alliances.values { engine.setAlliance(a) }
    for r in rosters.values { engine.setRoster(r) }
    self.alliances = alliances
    self.rosters = rosters
    data = AppData(
      reference: reference, instruments: instruments, today: DemoGenerator.defaultAsOf, engine: engine,
      storePath: "/tmp/demo", asOf: DemoGenerator.defaultAsOf, alliances: alliances, rosters: rosters,
      officer: "Ana Muñoz",
      device: "test")
  }
}

func state(_ width: Int = 80, _ height: Int = 24, language: Language = .es) -> AppState {
  AppState(data: World.shared.data, language: language, width: width, height: height)
}

/// Applies keys one after the other, returning the effects of the last.
@discardableResult
func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
  var effects: [Effect] = []
  for key in keys { effects = reduce(&state, .key(key)) }
  return effects
}

let snapshotFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Fixtures/snapshots")

/// Compares a rendered screen with `Tests/Fixtures/snapshots/<name>.txt`. `UPDATE_SNAPSHOTS=1`
/// writes the file instead (on purpose, when a screen was meant to change).
func expectSnapshot(_ buffer: Buffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let url = snapshotFolder.appendingPathComponent(name + ".txt")
  let text = buffer.lines.joined(separator: "\n") + "\n"
  if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1" {
    try! text.write(to: url, atomically: true, encoding: .utf8)
    return
  }
  guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
    Issue.record(
      "no snapshot \(name).txt: run with UPDATE_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
    return
  }
  if expected != text {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = text.split(separator: "\n", omittingEmptySubsequences: false)
    let row = Array(zip(a, b)).firstIndex { $0 != $1 } ?? min(a.count, b.count)
    Issue.record(
      "\(name) differs at row \(row):\n expected: \(row < a.count ? a[row] : "")\n actual:   \(row < b.count ? b[row] : "")",
      sourceLocation: sourceLocation)
  }
}

/// The whole screen as text, one line per row.
func screen(_ s: AppState) -> String { RootView.render(s).lines.joined(separator: "\n") }
