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
