import AlianzasDomain
import AlianzasStore
import Foundation

/// `alianzas validate --quality`: every data-quality finding of the store, most serious first,
/// each as `file: reason`, then how many of each check; with `--json` only the totals. Read mode.
enum QualityReport {
  static func run(
    _ store: FileStore, reference: ReferenceData, instruments: Instruments, language: Language, json: Bool
  ) {
    let contents = store.loadAll()
    var findings = contents.alliances.flatMap {
      $0.qualityFindings(reference.quality, plausibility: reference.plausibility)
    }
    findings += contents.rosters.keys.sorted().flatMap {
      contents.rosters[$0]!.qualityFindings(reference.quality)
    }
    var counts: [QualityRules.Check.ID: Int] = [:]
    for f in findings { counts[f.check, default: 0] += 1 }
    if json {
      let totals = Dictionary(
        uniqueKeysWithValues: QualityRules.Check.ID.allCases.map { ($0.rawValue, counts[$0] ?? 0) })
      let data = try? JSONSerialization.data(withJSONObject: totals, options: [.sortedKeys, .prettyPrinted])
      print(String(decoding: data ?? Data(), as: UTF8.self))
      return
    }
    let ordered = findings.sorted {
      ($1.severity, $0.allianceCode, $0.check.rawValue) < ($0.severity, $1.allianceCode, $1.check.rawValue)
    }
    for f in ordered {
      // A survey's finding, or a pair of households, lives in the roster file.
      let inRoster: Bool
      if case .survey = f.target { inRoster = true } else { inRoster = f.check == .duplicateHousehold }
      let file = inRoster ? "households" : "alliances"
      say("\(file)/\(f.allianceCode).json: [\(f.severity)] \(f.message(language))")
    }
    say(CLI.qualityTotals(findings.count, Set(findings.map(\.allianceCode)).count))
    for check in reference.quality.checks {
      say(CLI.qualityLine(check.id.rawValue, counts[check.id] ?? 0, check.severity))
    }
  }
}
