import Foundation
import Testing

@testable import AlianzasDomain

/// The demo passes its own rules: every alliance and roster of every seed validates, no
/// plausibility rule finds anything, and the quality checks find only what the demo plants. Ten seeds at a tenth of the country and three national
/// ones in CI (in memory, a few seconds each); `ALIANZAS_DEMO_SEEDS=1-10` with
/// `ALIANZAS_DEMO_SCALES=0.1,1,10` runs the whole grid.
@Suite("The demo passes its own rules")
struct DemoCleanTests {
  /// "1-10,2015" → 1…10 and 2015.
  static func parseSeeds(_ text: String) -> [UInt64] {
    text.split(separator: ",").flatMap { part -> [UInt64] in
      let ends = part.split(separator: "-").compactMap { UInt64($0) }
      return ends.count == 2 && ends[0] <= ends[1] ? Array(ends[0]...ends[1]) : ends
    }
  }

  /// Seeds and scales to check: by default the ten seeds at a tenth of the country and three
  /// national ones; `ALIANZAS_DEMO_SEEDS` with `ALIANZAS_DEMO_SCALES` (for example `0.1,1,10`)
  /// replace them.
  static var cases: [(UInt64, Double)] {
    let environment = ProcessInfo.processInfo.environment
    guard let seeds = environment["ALIANZAS_DEMO_SEEDS"] else {
      return parseSeeds("1-10").map { ($0, 0.1) } + parseSeeds("1-3").map { ($0, 1) }
    }
    let scales = (environment["ALIANZAS_DEMO_SCALES"] ?? "1").split(separator: ",").compactMap { Double($0) }
    return scales.flatMap { scale in parseSeeds(seeds).map { ($0, scale) } }
  }

  /// No figure is dated before the stage that produces it: visits and disbursements from
  /// Ejecución, deliveries from Comercialización, the fund's repayments and loans from Fondo
  /// rotatorio.
  static func datedBeforeTheirStage(_ a: Alliance) -> [String] {
    func reached(_ stage: Stage) -> Day? { a.stageHistory.first { $0.stage == stage }?.date }
    var problems: [String] = []
    func check(_ what: String, _ dates: [Day], from stage: Stage) {
      guard let first = dates.min() else { return }
      guard let begun = reached(stage), begun <= first else {
        return problems.append(
          "\(a.code): \(what) on \(first), before \(stage) (\(reached(stage).map { "\($0)" } ?? "not reached"))"
        )
      }
    }
    check("a visit", a.visits.map(\.date), from: .ejecucion)
    check("a disbursement", a.finance.disbursements.map(\.date), from: .ejecucion)
    check("a delivery", a.deliveries.map(\.date), from: .comercializacion)
    check("a repayment", a.finance.fund.repayments.map(\.date), from: .fondoRotatorio)
    check("a loan", a.finance.fund.loans.map(\.date), from: .fondoRotatorio)
    // Finance that adds up: the fund lends only what was repaid into it by the loan's date.
    for loan in a.finance.fund.loans {
      let held = a.finance.fund.repayments.filter { $0.date <= loan.date }.reduce(Int64(0)) {
        $0 + $1.amount.amount
      }
      let lent = a.finance.fund.loans.filter { $0.date <= loan.date }.reduce(Int64(0)) {
        $0 + $1.amount.amount
      }
      if lent > held { problems.append("\(a.code): the fund lent \(lent) by \(loan.date) and held \(held)") }
    }
    return problems
  }

  @Test(arguments: cases)
  func everyRecordOfASeedIsClean(_ seed: UInt64, _ scale: Double) throws {
    let reference = try ReferenceData.embedded(), instruments = try Instruments.embedded()
    let today = DemoGenerator.defaultAsOf
    var problems: [String] = []
    DemoGenerator(reference: reference, instruments: instruments, seed: seed, scale: scale).generate {
      a, r in
      for issue in a.validate(reference: reference, today: today) { problems.append("\(a.code): \(issue)") }
      for h in r.households {
        for issue in h.validate(instruments: instruments, today: today) {
          problems.append("\(h.code): \(issue)")
        }
      }
      problems += Self.datedBeforeTheirStage(a)
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
    #expect(problems.isEmpty, "seed \(seed) at scale \(scale): \(problems.prefix(5))")
  }
}
