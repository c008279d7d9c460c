import Foundation
import Testing

@testable import AlianzasDomain

/// The national demo tells the study's story [S0]: every figure of `docs/demo.md`, computed with
/// the analyses the screens use, falls in its accepted range on every seed, and the determinants
/// of duration are significant on most seeds. Two seeds in CI; `ALIANZAS_DEMO_FIGURE_SEEDS=1-10`
/// runs the ten of the document, checks the document is the run's, and `UPDATE_DEMO_DOC=1`
/// writes it.
@Suite("The demo tells the study's story")
struct DemoFiguresTests {
  static var seeds: [UInt64] {
    DemoCleanTests.parseSeeds(ProcessInfo.processInfo.environment["ALIANZAS_DEMO_FIGURE_SEEDS"] ?? "1-2")
  }

  @Test func everyFigureFallsInItsRangeOnEverySeed() async throws {
    let reference = try ReferenceData.embedded(), instruments = try Instruments.embedded()
    let runs = await withTaskGroup(of: (UInt64, DemoFigures).self) { group in
      for seed in Self.seeds {
        group.addTask {
          var collector = DemoFigures.Collector(instruments: instruments, today: DemoGenerator.defaultAsOf)
          DemoGenerator(reference: reference, instruments: instruments, seed: seed).generate {
            collector.add($0, $1)
          }
          return (seed, collector.figures)
        }
      }
      var all: [(UInt64, DemoFigures)] = []
      for await run in group { all.append(run) }
      return all.sorted { $0.0 < $1.0 }
    }
    for target in DemoTargets.all {
      for (seed, figures) in runs {
        let value = figures[target.id]
        #expect(value.map(target.accepted.contains) == true, "seed \(seed): \(target.id) = \(value ?? .nan)")
      }
    }
    // Significance is a statement about most seeds: checked when enough seeds ran to say "most".
    if runs.count >= 5 {
      for rule in DemoTargets.significance {
        let holding = runs.count { rule.holds($0.1[rule.id]) }
        #expect(2 * holding > runs.count, "\(rule.id): \(holding) of \(runs.count) seeds")
      }
    }
    guard runs.map(\.0) == Array(1...10) else { return }
    let document = DemoTargets.document(runs)
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "../../docs/demo.md"
    ).standardized
    if ProcessInfo.processInfo.environment["UPDATE_DEMO_DOC"] == "1" {
      try document.write(to: url, atomically: true, encoding: .utf8)
    } else {
      #expect(
        try String(contentsOf: url, encoding: .utf8) == document,
        "docs/demo.md is not this run's table: run again with UPDATE_DEMO_DOC=1")
    }
  }
}
