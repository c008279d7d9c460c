import AlianzasDomain
import AlianzasExport
import AlianzasStore
import ArgumentParser
import Crypto
import Foundation

/// `alianzas export`: tables of a store as CSV, Excel, Stata or SPSS files, with a codebook.
/// Read mode: it works while the interface holds the store.
struct ExportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "export",
      abstract: CLI.exportAbstract(),
      discussion: CLI.exportDiscussion(ExportTables.names.joined(separator: ", ")))
  }

  @OptionGroup var common: CommonOptions
  @Option(help: ArgumentHelp(CLI.exportFormatHelp(), valueName: "csv|xlsx|dta|sav"))
  var format: String = "csv"
  @Option(name: .customLong("table"), help: ArgumentHelp(CLI.exportTableHelp(), valueName: "tabla"))
  var tables: [String] = []
  @Option(name: .customLong("out"), help: ArgumentHelp(CLI.exportOutHelp(), valueName: "ruta"))
  var out: String
  @Flag(help: ArgumentHelp(CLI.exportExcelHelp())) var excel = false
  @Flag(help: ArgumentHelp(CLI.exportForceHelp())) var force = false
  @Flag(help: ArgumentHelp(CLI.exportAnonymizeHelp())) var anonymize = false
  @Flag(name: .customLong("month-dates"), help: ArgumentHelp(CLI.exportMonthHelp())) var monthDates = false
  @Option(help: ArgumentHelp(CLI.exportKHelp(), valueName: "k")) var k = 5
  @Option(name: .customLong("key-file"), help: ArgumentHelp(CLI.exportKeyHelp(), valueName: "archivo"))
  var keyFile: String?
  @Option(
    name: .customLong("include-sensitive"), parsing: .upToNextOption,
    help: ArgumentHelp(
      CLI.exportSensitiveHelp(SensitiveColumns.names.joined(separator: ", ")), valueName: "columna"))
  var includeSensitive: [String] = []

  func validate() throws {
    guard ExportFormat(rawValue: format.lowercased()) != nil else {
      throw ValidationError(CLI.exportUnknownFormat(format))
    }
    for name in tables where !ExportTables.names.contains(name) {
      throw ValidationError(CLI.exportUnknownTable(name, ExportTables.names.joined(separator: ", ")))
    }
    if excel, format.lowercased() != "csv" { throw ValidationError(CLI.exportExcelOnlyCSV()) }
    if !anonymize, monthDates || keyFile != nil { throw ValidationError(CLI.exportOnlyAnonymized()) }
    guard (1...1000).contains(k) else { throw ValidationError(CLI.exportBadK(k)) }
    let sensitive = Set(includeSensitive.flatMap { $0.split(separator: ",").map(String.init) })
    if let unknown = SensitiveColumns.unknown(sensitive).first {
      throw ValidationError(CLI.exportNotSensitive(unknown, SensitiveColumns.names.joined(separator: ", ")))
    }
    if anonymize, !sensitive.isEmpty { throw ValidationError(CLI.exportSensitiveNotAnonymized()) }
  }

  func run() throws {
    let format = ExportFormat(rawValue: self.format.lowercased())!
    let (reference, instruments) = try loadData()
    let store = try openForReading(common.storePath, language: common.language)
    var anonymizer: Anonymizer?
    if anonymize {
      do {
        anonymizer = Anonymizer(
          key: try ExportKey.load(store: store, file: keyFile), monthDates: monthDates, k: k)
      } catch {
        switch error as? ExportKey.Problem {
        case .unreadable(let path)?: complain(CLI.exportKeyUnreadable(path))
        case .cannotKeep(let path)?: complain(CLI.exportKeyCannotKeep(path))
        case nil: complain(CLI.exportKeyCannotKeep(keyFile ?? "export-keys"))
        }
        throw Explained(code: 2)
      }
    }
    var export = StoreExport(
      tables: tables.isEmpty ? ExportTables.names : tables, language: common.language,
      instruments: instruments,
      reference: reference, today: store.today, anonymizer: anonymizer)
    export.includeSensitive = Set(includeSensitive.flatMap { $0.split(separator: ",").map(String.init) })
    let writer = ExportWriter(format: format, language: common.language, excelCSV: excel, replace: force)
    let path = CommonOptions.absolute(out)
    let language = common.language
    // Every alliance with a file of either kind: a roster whose alliance file does not read is
    // still exported, as the full load did.
    let codes = store.codes(in: .alliances) + store.codes(in: .households)
    let needs = export.needs
    do {
      let outcome = try export.run(
        codes: codes,
        load: { code in
          var problems: [String] = []
          var alliance: Alliance?, roster: HouseholdRoster?
          if needs.alliances, store.stamp(.alliances, code: code) != nil {
            switch store.loadAlliance(code: code) {
            case .success(let a): alliance = a
            case .failure(let p): problems.append(p.message(language))
            }
          }
          if needs.rosters, store.stamp(.households, code: code) != nil {
            switch store.loadRoster(code: code) {
            case .success(let r): roster = r
            case .failure(let p): problems.append(p.message(language))
            }
          }
          return StoreExport.Unit(alliance: alliance, roster: roster, problems: problems)
        }, writer: writer, to: path)
      for problem in outcome.problems { complain(CLI.skipping() + problem) }
      for table in outcome.tables { print(CLI.exportTableRows(table.name, table.rows)) }
      print(CLI.exportWritten(outcome.paths.count == 1 ? outcome.paths[0] : path, outcome.paths.count))
      if outcome.cut > 0 { complain(CLI.exportCut(outcome.cut)) }
    } catch {
      switch error {
      case .exists(let p): complain(CLI.exportExists(p))
      case .folderMissing(let p): complain(CLI.exportFolderMissing(p))
      case .unknownTable(let t):
        complain(CLI.exportUnknownTable(t, ExportTables.names.joined(separator: ", ")))
      case .cannotWrite(let p, let reason): complain(CLI.exportCannotWrite(p, reason))
      }
      throw Explained(code: 2)
    }
  }
}
