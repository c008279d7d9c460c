import AlianzasDomain
import AlianzasExport
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
  @Option(help: ArgumentHelp(CLI.reportDepartmentHelp(), valueName: "departamento")) var department: String?
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
    let contents = store.loadAll()
    for problem in contents.problems { complain(CLI.skipping() + problem.message(language)) }
    let inputs = NationalReport.Inputs.build(
      alliances: contents.alliances, rosters: Array(contents.rosters.values), instruments: instruments,
      reference: reference, today: store.today, language: language, department: chosen)
    let html = NationalReport(inputs, instruments: instruments, language: language).html()
    try write(html, to: CommonOptions.absolute(out))
  }

  func write(_ html: String, to path: String) throws {
    do {
      try ReportFile.write(html, to: path, replace: force)
    } catch {
      switch error {
      case .folderMissing(let folder): complain(CLI.exportFolderMissing(folder))
      case .exists(let p): complain(CLI.exportExists(p))
      case .cannotWrite(let p, let why):
        complain(CLI.exportCannotWrite(p, ExportWriter.reason(why, common.language)))
      }
      throw Explained(code: 2)
    }
    print(CLI.reportWritten(path))
  }
}
