import AlianzasDomain
import AlianzasExport
import AlianzasReport
import AlianzasRuntime
import AlianzasStore
import ArgumentParser
import Foundation

/// `alianzas report`: self-contained HTML reports to read, send and print. Read mode: it works
/// while the interface holds the store, and never changes it.
struct ReportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "report", abstract: CLI.reportAbstract(),
      subcommands: [NationalReportCommand.self, AllianceReportCommand.self])
  }
}

struct NationalReportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "national", abstract: CLI.reportNationalAbstract())
  }

  @OptionGroup var common: CommonOptions
  @Option(name: .customLong("out"), help: ArgumentHelp(CLI.reportOutHelp(), valueName: "archivo.html"))
  var out: String
  @Option(help: ArgumentHelp(CLI.reportDepartmentHelp(), valueName: "departamento")) var department: String?
  @Option(help: ArgumentHelp(CLI.reportMapHelp(), valueName: "idap|alliances|poverty|food-insecure"))
  var map: NationalReport.MapFigure = .idap
  @Flag(help: ArgumentHelp(CLI.exportForceHelp())) var force = false

  func run() throws {
    let (reference, instruments) = try loadData()
    let language = common.language
    var chosen: Department?
    if let department {
      guard let found = reference.department(named: department) else {
        complain(CLI.reportUnknownDepartment(department))
        throw Explained(code: 2)
      }
      chosen = found
    }
    let store = try openForReading(common.storePath, language: language)
    let found = NationalReport.members(
      store, reference: reference, instruments: instruments, today: store.today)
    for problem in found.problems { complain(CLI.skipping() + problem.message(language)) }
    let inputs = NationalReport.Inputs.build(
      members: found.members, instruments: instruments, reference: reference, today: store.today,
      language: language, department: chosen, map: map)
    let html = NationalReport(inputs, instruments: instruments, language: language).html()
    try writeReport(html, to: CommonOptions.absolute(out), replace: force, language: language)
  }
}

/// `alianzas report alliance CODE`: the page an alliance's committee reviews.
struct AllianceReportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "alliance", abstract: CLI.reportAllianceAbstract())
  }

  @OptionGroup var common: CommonOptions
  @Argument(help: ArgumentHelp(CLI.reportAllianceCodeHelp(), valueName: "código")) var code: String
  @Option(name: .customLong("out"), help: ArgumentHelp(CLI.reportOutHelp(), valueName: "archivo.html"))
  var out: String
  @Flag(help: ArgumentHelp(CLI.exportForceHelp())) var force = false

  func run() throws {
    let (reference, instruments) = try loadData()
    let language = common.language
    let store = try openForReading(common.storePath, language: language)
    // Codes are written in capitals; one typed in lower case is still found.
    let wanted = code.trimmingCharacters(in: .whitespaces).uppercased()
    guard store.codes().contains(wanted) else {
      complain(CLI.reportUnknownAlliance(code, common.storePath))
      throw Explained(code: 2)
    }
    let alliance: Alliance
    switch store.loadAlliance(code: wanted) {
    case .success(let a): alliance = a
    case .failure(let problem):
      complain(problem.message(language))
      throw Explained(code: 2)
    }
    var roster: HouseholdRoster?
    if store.codes(in: .households).contains(wanted) {
      switch store.loadRoster(code: wanted) {
      case .success(let r): roster = r
      // The report is still worth having without its households; the reason is said.
      case .failure(let problem): complain(CLI.skipping() + problem.message(language))
      }
    }
    let html = AllianceReport(
      alliance: alliance, roster: roster, instruments: instruments, reference: reference, today: store.today,
      language: language
    ).html()
    try writeReport(html, to: CommonOptions.absolute(out), replace: force, language: language)
  }
}

/// Writes a report whole or not at all; a refusal is one line that names the file and why.
func writeReport(_ html: String, to path: String, replace: Bool, language: Language) throws {
  do {
    try ReportFile.write(html, to: path, replace: replace)
  } catch {
    switch error {
    case .folderMissing(let folder): complain(CLI.exportFolderMissing(folder))
    case .exists(let p): complain(CLI.exportExists(p))
    case .cannotWrite(let p, let why): complain(CLI.exportCannotWrite(p, ExportWriter.reason(why, language)))
    }
    throw Explained(code: 2)
  }
  print(CLI.reportWritten(path))
}

extension NationalReport.MapFigure: ExpressibleByArgument {}
