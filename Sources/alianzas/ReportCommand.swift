import AlianzasDomain
import AlianzasReport
import AlianzasStore
import ArgumentParser
import Foundation

/// `alianzas report`: self-contained HTML reports to read, send and print. Read mode: it works
/// while the interface holds the store, and never changes it.
struct ReportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "report", abstract: CLI.reportAbstract(), subcommands: [NationalReportCommand.self])
  }
}

struct NationalReportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "national", abstract: CLI.reportNationalAbstract())
  }

  @OptionGroup var common: CommonOptions
  @Option(name: .customLong("out"), help: ArgumentHelp(CLI.reportOutHelp(), valueName: "archivo.html"))
  var out: String
  @Flag(help: ArgumentHelp(CLI.exportForceHelp())) var force = false

  func run() throws {
    let (reference, instruments) = try loadData()
    let store = try openForReading(common.storePath, language: common.language)
    let language = common.language
    let contents = store.loadAll()
    for problem in contents.problems { complain(CLI.skipping() + problem.message(language)) }
    // The same totals as `alianzas summary`, so the report and the summary agree figure by figure.
    var engine = ScoreEngine(instruments: instruments, today: store.today)
    for alliance in contents.alliances { engine.setAlliance(alliance) }
    for roster in contents.rosters.values { engine.setRoster(roster) }
    let surveys = contents.rosters.values.reduce(0) { $0 + $1.inUse.reduce(0) { $0 + $1.surveys.count } }
    let idapByAge: [(years: Double, idap: Double)] = contents.alliances.compactMap { a in
      guard let idap = engine.figures[a.code]?.idap, let first = a.firstAgreement else { return nil }
      return (Double(first.start.days(until: store.today)) / 365.25, idap)
    }
    // The inputs of `alianzas analyze`, from the records already read (the index and the sample
    // cache are built from the same functions; reading the store again would double the time).
    let alliances = contents.alliances.sorted { $0.code < $1.code }
    let durations = alliances.compactMap { $0.firstAgreementDuration(today: store.today) }
    // Each curve named with its grouping ("Población vulnerable: Sí"), as its legend shows it.
    let grouping = SurvivalGrouping.vulnerable
    let survival = AgreementSurvival.groups(durations, by: grouping, reference: reference, language: language)
      .map { (name: "\(grouping.label(language)): \($0.name)", observations: $0.observations) }
    let samples = contents.rosters.keys.sorted().flatMap { code in
      contents.rosters[code]!.inUse.compactMap {
        HouseholdSample($0, instruments: instruments, today: store.today)
      }
    }
    let comparison = GroupComparison(samples: samples, by: .beneficiary)
    let inputs = NationalReport.Inputs(
      title: language == .es
        ? "Alianzas productivas: informe nacional" : "Productive alliances: national report",
      today: store.today, totals: engine.totals, surveys: surveys, idapByAge: idapByAge, survival: survival,
      survivalGrouping: grouping.label(language),
      relink: RelinkTable(cases: alliances.compactMap(\.relinkCase)),
      comparison: comparison.n.allSatisfy { $0 > 0 } ? comparison : nil)
    let html = NationalReport(inputs, instruments: instruments, language: language).html()
    try write(html, to: CommonOptions.absolute(out))
  }

  /// Beside the target under a temporary name, then renamed: no half-written report is left.
  func write(_ html: String, to path: String) throws {
    let fm = FileManager.default
    let parent = (path as NSString).deletingLastPathComponent
    var isFolder: ObjCBool = false
    guard fm.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
      complain(CLI.exportFolderMissing(parent))
      throw Explained(code: 2)
    }
    if fm.fileExists(atPath: path), !force {
      complain(CLI.exportExists(path))
      throw Explained(code: 2)
    }
    let temporary = parent + "/.\((path as NSString).lastPathComponent).part-\(getpid())"
    do {
      try Data(html.utf8).write(to: URL(fileURLWithPath: temporary))
      if fm.fileExists(atPath: path) { try fm.removeItem(atPath: path) }
      try fm.moveItem(atPath: temporary, toPath: path)
    } catch {
      try? fm.removeItem(atPath: temporary)
      complain(CLI.exportCannotWrite(path, (error as NSError).localizedDescription))
      throw Explained(code: 2)
    }
    print(CLI.reportWritten(path))
  }
}
