import AlianzasDomain
import AlianzasStore
import ArgumentParser
import Foundation

struct AnalyzeCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "analyze",
      abstract: CLI.theStudySAnalysesAgreement(),
      subcommands: [SurvivalCommand.self, RelinkCommand.self, CompareCommand.self])
  }
}

/// The analyses' inputs from the store's index (built or refreshed as needed): no file is parsed
/// unless it changed. Files that do not read are named and left out.
func indexForAnalysis(_ common: CommonOptions) throws -> (FileStore, StoreIndex) {
  let (reference, instruments) = try loadData()
  let store = try openForReading(common.storePath, language: common.language)
  let index = StoreIndex.refresh(store, reference: reference, instruments: instruments, today: store.today)
    .index
  for problem in index.problems { complain(CLI.skipping() + problem.message(common.language)) }
  return (store, index)
}

func printJSON<T: Encodable>(_ value: T) throws {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
  encoder.nonConformingFloatEncodingStrategy = .convertToString(
    positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
  print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

/// A figure of the analyses' text output, written as the reader's language writes numbers (the
/// JSON output keeps machine numbers).
func format(_ value: Double?, _ digits: Int = 2, _ language: Language) -> String {
  guard let value, value.isFinite else { return "—" }
  return Format.decimal(value, digits: digits, language)
}

func format(_ value: Double?, _ language: Language) -> String { format(value, 2, language) }

/// An interval: "[3,32; 7,84]" in Spanish, where a comma is the decimal mark; "[3.32, 7.84]" in
/// English.
func interval(_ lower: String, _ upper: String, _ language: Language) -> String {
  language == .es ? "[\(lower); \(upper)]" : "[\(lower), \(upper)]"
}

func formatP(_ p: Double?, _ language: Language) -> String {
  guard let p else { return "—" }
  return p < 0.0001
    ? "< " + Format.decimal(0.0001, digits: 4, language) : Format.decimal(p, digits: 4, language)
}

struct RelinkCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "relink",
      abstract: CLI.timeToANewBuyer())
  }

  @OptionGroup var common: CommonOptions
  @Flag(help: ArgumentHelp(CLI.jsonOutputForScripts())) var json = false

  func run() throws {
    let (_, index) = try indexForAnalysis(common)
    let table = RelinkTable(cases: index.relinkCases)
    if json { return try printJSON(table) }
    let language = common.language
    print(
      CLI.waitingTimeForANew.text(language))
    print(
      CLI.firstAgreementRupturesReLinked.text(language, table.ruptured, table.relinked, table.searching)
    )
    let header = [
      CLI.time.text(language), CLI.reLinked.text(language),
      CLI.vulnerable.text(language), CLI.consolidationZone.text(language),
      CLI.both.text(language),
    ]
    var lines = [header]
    for (i, row) in table.rows.enumerated() {
      let count = "\(Format.integer(row.count, language)) (\(Format.percent(row.percent, language)))"
      // As the study's table: "k de n" in the first half-year, then how many more, "No" for none.
      func cell(_ k: Int, _ of: Int) -> String {
        i == 0 ? "\(k) \(CLI.of.text(language)) \(of)" : (k == 0 ? "No" : "+\(k)")
      }
      lines.append([
        RelinkTable.periodLabel(row.period)(common.language), count,
        cell(row.vulnerable, table.rupturedVulnerable), cell(row.consolidation, table.rupturedConsolidation),
        cell(row.both, table.rupturedBoth),
      ])
    }
    printTable(lines)
    print(CLI.relinkLegend.text(language, table.relinked))
  }
}

struct CompareCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "compare",
      abstract: CLI.comparesGroupsOfHouseholdsBeneficiaries())
  }

  @OptionGroup var common: CommonOptions
  @Option(
    help: ArgumentHelp(
      CLI.groupingBeneficiaryTenureOrTraining(),
      valueName: "grupo"))
  var by: ComparisonGrouping
  @Option(help: ArgumentHelp(CLI.comparisonDesignHelp(), valueName: "diseño")) var design: ComparisonDesign?
  @Flag(help: ArgumentHelp(CLI.jsonOutputForScripts())) var json = false

  func run() throws {
    let (_, instruments) = try loadData()
    let store = try openForReading(common.storePath, language: common.language)
    let samples = SampleCache.samples(store, instruments: instruments, today: store.today)
    if design == .study, ComparisonDesign.preferred(for: samples) == .all {
      throw ValidationError(CLI.noStudySurveysInStore.text(common.language))
    }
    let result = GroupComparison(samples: samples, by: by, design: design)
    if json { return try printJSON(result) }
    let language = common.language
    let (a, b) = by.labels
    print(CLI.comparisonDesignLine.text(language, result.design.label(language)))
    print(
      "\(a(language)) (n = \(result.n[0])) \(CLI.versus.text(language)) \(b(language)) (n = \(result.n[1]))")
    let names = [
      "incomeTotal": CLI.totalYearlyIncome.text(language),
      "incomeFromProduct": CLI.incomeFromTheProduct.text(language),
      "ppiScore": CLI.ppiScore.text(language),
    ]
    // The difference and its interval in the measure's own unit; the relative difference apart.
    var lines = [
      [
        CLI.measure.text(language), a(language), b(language), CLI.difference.text(language),
        CLI.ci95.text(language), CLI.relativeDifference.text(language), "p",
      ]
    ]
    for m in result.means {
      let money = m.metric != "ppiScore"
      func show(_ v: Double?) -> String {
        money ? (v.map { Format.pesos(Pesos(Int64($0.rounded())), language) } ?? "—") : format(v, language)
      }
      lines.append([
        names[m.metric]!, show(m.mean[0]), show(m.mean[1]), show(m.difference),
        interval(show(m.lower), show(m.upper), language),
        m.percentDifference.map { Format.percent($0, language) } ?? "—", formatP(m.p, language),
      ])
    }
    printTable(lines)
    let labels = [CLI.elcsaSecure, .elcsaMild, .elcsaModerate, .elcsaSevere].map { $0.text(language) }
    print("")
    print("ELCSA")
    var shares = [[""] + labels]
    for side in 0..<2 {
      shares.append(
        [(side == 0 ? a : b)(language)] + result.elcsaShares[side].map { Format.percent(100 * $0, language) })
    }
    printTable(shares)
    print(
      (CLI.differenceInTheProbabilityOf.text(language))
        + "\(format(result.foodSecureDifference, 1, language)) pp "
        + interval(
          format(result.foodSecureLower, 1, language), format(result.foodSecureUpper, 1, language), language)
    )
    print(
      (CLI.povertyNationalLine.text(language))
        + "\(result.povertyRate[0].map { Format.percent($0, language) } ?? "—") / \(result.povertyRate[1].map { Format.percent($0, language) } ?? "—")"
    )
  }
}

extension ComparisonGrouping: ExpressibleByArgument {}
extension ComparisonDesign: ExpressibleByArgument {}
extension SurvivalGrouping: ExpressibleByArgument {}
extension CoxTies: ExpressibleByArgument {}

/// Prints rows as aligned columns (the first row is the header).
func printTable(_ rows: [[String]]) {
  let widths = rows[0].indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
  for (i, row) in rows.enumerated() {
    print(
      row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(
        separator: "  "))
    if i == 0 { print(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")) }
  }
}
