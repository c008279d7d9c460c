import Foundation
import Testing

@testable import AlianzasDomain

/// The demo passes its own rules: every alliance and roster of every seed validates, no
/// plausibility rule finds anything, and the quality checks find only what the demo plants. Three national seeds in CI (in memory,
/// a few seconds each); `ALIANZAS_DEMO_SEEDS=1-10,2015` and `ALIANZAS_DEMO_SCALE=10` widen it.
@Suite("The demo passes its own rules")
struct DemoCleanTests {
  static var seeds: [UInt64] {
    let text = ProcessInfo.processInfo.environment["ALIANZAS_DEMO_SEEDS"] ?? "1-3"
    return text.split(separator: ",").flatMap { part -> [UInt64] in
      let ends = part.split(separator: "-").compactMap { UInt64($0) }
      return ends.count == 2 && ends[0] <= ends[1] ? Array(ends[0]...ends[1]) : ends
    }
  }
  static var scale: Double { Double(ProcessInfo.processInfo.environment["ALIANZAS_DEMO_SCALE"] ?? "") ?? 1 }

  @Test(arguments: seeds)
  func everyRecordOfASeedIsClean(_ seed: UInt64) throws {
    let reference = try ReferenceData.embedded(), instruments = try Instruments.embedded()
    let today = DemoGenerator.defaultAsOf
    var problems: [String] = []
    DemoGenerator(reference: reference, instruments: instruments, seed: seed, scale: Self.scale).generate {
      a, r in
      for issue in a.validate(reference: reference, today: today) { problems.append("\(a.code): \(issue)") }
      for h in r.households {
        for issue in h.validate(instruments: instruments, today: today) {
          problems.append("\(h.code): \(issue)")
        }
      }
      for warning in a.openWarnings(reference.plausibility) {
        problems.append("\(a.code): \(warning.message.en)")
      }
      // Only the findings the demo plants on purpose: rushed surveys and bad delivery months.
      let planted: Set<QualityRules.Check.ID> = [.answeredTooFast, .deliveryOutlier]
      for finding in a.qualityFindings(reference.quality, plausibility: reference.plausibility)
        + r.qualityFindings(reference.quality)
      where !planted.contains(finding.check) {
        problems.append("\(a.code): \(finding.message.en)")
      }
    }
    #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(5))")
  }
}
