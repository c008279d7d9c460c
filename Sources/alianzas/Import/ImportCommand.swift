import AlianzasDomain
import AlianzasExport
import AlianzasStore
import ArgumentParser
import Foundation

/// `alianzas import TABLE FILE`: records from a spreadsheet into the store, through the same
/// save path as an edit. Every row is read and checked before anything is written; a row with a
/// problem stops the whole import unless `--skip-bad`.
struct ImportCommand: ParsableCommand {
  /// In the order they are read: each table's records may need those of the tables before it.
  static let tables = [
    "alliances", "lifecycle", "poa", "agreements", "ruptures", "visits", "deliveries", "commitments",
    "poa_progress", "finance_movements", "households", "survey_answers_wide",
  ]

  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "import", abstract: ImportText.abstract(cliLanguage),
      discussion: ImportText.discussion(tables.joined(separator: ", "))(cliLanguage))
  }

  @OptionGroup var common: CommonOptions
  /// TABLE FILE, once or more: the files of one import are read together and written together,
  /// so an agreement and the rupture that ends it, or a visit and its deliveries, may come in
  /// separate files.
  @Argument(help: ArgumentHelp(ImportText.pairsHelp(cliLanguage), valueName: "tabla archivo"))
  var pairs: [String]
  @Option(help: ArgumentHelp(ImportText.sheetHelp(cliLanguage), valueName: "hoja")) var sheet: String?
  @Option(help: ArgumentHelp(ImportText.mapHelp(cliLanguage), valueName: "archivo")) var map: String?
  @Flag(name: .customLong("dry-run"), help: ArgumentHelp(ImportText.dryRunHelp(cliLanguage)))
  var dryRun = false
  @Flag(name: .customLong("skip-bad"), help: ArgumentHelp(ImportText.skipBadHelp(cliLanguage)))
  var skipBad = false
  @Option(help: ArgumentHelp(ImportText.rejectedHelp(cliLanguage), valueName: "archivo"))
  var rejected: String?
  @Flag(name: .customLong("distinct-duplicates"), help: ArgumentHelp(ImportText.distinctHelp(cliLanguage)))
  var distinctDuplicates = false

  /// How many problems the report prints per file; all of them go to the rejected rows' file.
  static let problemsShown = 50

  /// The pairs in the order the tables are read, whatever order they were given in.
  var jobs: [(table: String, file: String)] {
    let given = stride(from: 0, to: pairs.count - 1, by: 2).map { (table: pairs[$0], file: pairs[$0 + 1]) }
    return given.enumerated().sorted {
      let a = Self.tables.firstIndex(of: $0.element.table) ?? Self.tables.count
      let b = Self.tables.firstIndex(of: $1.element.table) ?? Self.tables.count
      return (a, $0.offset) < (b, $1.offset)
    }.map(\.element)
  }

  func validate() throws {
    let language = common.language
    guard !pairs.isEmpty, pairs.count % 2 == 0 else {
      throw ValidationError(ImportText.pairsNeeded(language))
    }
    for (table, _) in jobs where !Self.tables.contains(table) {
      throw ValidationError(ImportText.unknownTable(table, Self.tables.joined(separator: ", "))(language))
    }
    if dryRun && skipBad { throw ValidationError(ImportText.skipBadWithDryRun(language)) }
    if rejected != nil && jobs.count > 1 { throw ValidationError(ImportText.rejectedOneFile(language)) }
  }

  func run() throws {
    let language = common.language
    let (reference, instruments) = try loadData()
    // Every file is read before the store is opened: a file that cannot be read stops the
    // import before anything is locked.
    var inputs: [(table: String, path: String, input: CSVInput)] = []
    for (table, file) in jobs {
      let path = CommonOptions.absolute(file)
      // Left on disk and read again when needed: memory does not grow with the file.
      do {
        inputs.append((table, path, try CSVInput(onDisk: path, sheet: sheet, preferredSheet: table)))
      } catch {
        complain(error.message(language))
        throw Explained(code: 2)
      }
    }
    let store: FileStore
    do {
      store = try FileStore.open(
        at: common.storePath, mode: dryRun ? .read : .write, officer: CommonOptions.officer, now: Clock.now)
    } catch {
      complain(error.message(language))
      throw Explained(code: 2)
    }
    defer { if store.isWritable { store.release() } }
    store.device = DeviceIdentity.current
    store.clock = { Clock.now }
    let empty = ExportSource(
      alliances: [], rosters: [], instruments: instruments, reference: reference, today: store.today)
    var importMap = ImportMap()
    if let map {
      let known = Set(
        Self.tables.flatMap { ExportTables.table($0, empty, language: language)?.columns ?? [] }.map(\.name))
      do { importMap = try ImportMap(path: CommonOptions.absolute(map), knownColumns: known) } catch {
        complain(error.text(language))
        throw Explained(code: 2)
      }
    }
    let author = Author(device: store.device, officer: store.officer, at: Clock.now)
    let work = ImportWork(
      store: store, reference: reference, instruments: instruments, today: store.today, author: author)
    var results: [ImportResult] = []
    for (k, job) in inputs.enumerated() {
      let columns = ExportTables.table(job.table, empty, language: language)?.columns ?? []
      var importer = tableImport(job.table)
      if var households = importer as? HouseholdImport {
        households.distinct = distinctDuplicates
        importer = households
      }
      let reading = ImportSheet(
        input: job.input, fileIndex: k, map: importMap, columns: columns, reads: type(of: importer).reads,
        keys: type(of: importer).keys)
      for warning in reading.warnings { say(warning.line(file: job.input.file, language)) }
      guard reading.problems.isEmpty else {
        for problem in reading.problems { complain(problem.line(file: job.input.file, language)) }
        throw Explained(code: 2)
      }
      let progress = Progress(total: job.input.rowCount, label: ImportText.reading(language))
      results.append(Importer.run(&importer, reading, work) { done, _ in progress.update(done) })
      progress.finish()
    }
    Importer.settle(work.finish(), into: &results)
    // A file edited while it was read gave rows that are no longer what it says.
    if let changed = inputs.first(where: { $0.input.changedWhileRead }) {
      complain(ImportText.changedWhileReading(changed.input.file)(language))
      throw Explained(code: 2)
    }
    for (k, job) in inputs.enumerated() {
      report(results[k], table: job.table, input: job.input, language: language)
    }
    let rejectedRows = results.map(\.rejected.count).reduce(0, +)
    if dryRun {
      say(ImportText.dryRunNothingWritten(language))
      if rejectedRows > 0 { throw Explained(code: 1) }
      return
    }
    if rejectedRows > 0 && !skipBad {
      say(ImportText.nothingWrittenErrors(rejectedRows)(language))
      throw Explained(code: 1)
    }
    for (k, job) in inputs.enumerated() where !results[k].rejected.isEmpty {
      let out = rejected.map(CommonOptions.absolute) ?? Self.rejectedPath(job.path, language)
      do { try RejectedRows.write(results[k], input: job.input, to: out, language: language) } catch {
        complain(error.message(language))
        throw Explained(code: 2)
      }
      say(ImportText.rejectedWritten(out, results[k].rejected.count)(language))
    }
    let saving = Progress(
      total: work.changedAlliances.count + work.changedRosters.count, label: ImportText.saving(language))
    let saved: Int
    var names: [String] = []
    for input in inputs where !names.contains(input.input.file) { names.append(input.input.file) }
    do {
      saved = try work.save(reason: ImportText.reason(names.joined(separator: ", "))(.es)) { done, _ in
        saving.update(done)
      }
    } catch {
      saving.finish()
      switch error {
      case .store(let failure): complain(failure.message(language))
      case .changed(let file): complain(ImportText.changedWhileSaving(file)(language))
      }
      throw Explained(code: 2)
    }
    saving.finish()
    say(ImportText.filesWritten(saved)(language))
    // The caches the read-only commands use are brought up to date while the lock is held.
    if saved > 0 {
      _ = StoreIndex.refresh(store, reference: reference, instruments: instruments, today: store.today)
    }
  }

  private func report(_ result: ImportResult, table: String, input: CSVInput, language: Language) {
    say(ImportText.reportHeader(table, input.file, input.rowCount)(language))
    say(
      ImportText.counts(
        created: result.created, updated: result.updated, unchanged: result.unchanged,
        rejected: result.rejected.count)(language))
    for note in result.notes.prefix(Self.problemsShown) { say(note.line(file: input.file, language)) }
    let problems = result.problems
    for problem in problems.prefix(Self.problemsShown) { say(problem.line(file: input.file, language)) }
    if problems.count > Self.problemsShown {
      say(ImportText.moreProblems(problems.count - Self.problemsShown)(language))
    }
  }

  /// `hogares.csv` → `hogares.rechazadas.csv` beside it.
  static func rejectedPath(_ path: String, _ language: Language) -> String {
    let url = URL(fileURLWithPath: path)
    let stem = url.deletingPathExtension().path
    return stem + (language == .es ? ".rechazadas.csv" : ".rejected.csv")
  }
}

/// The table an import reads, chosen by name.
func tableImport(_ name: String) -> any TableImport {
  switch name {
  case "alliances": AllianceImport()
  case "lifecycle": LifecycleImport()
  case "poa": POAImport()
  case "commitments": CommitmentImport()
  case "poa_progress": POAProgressImport()
  case "survey_answers_wide": SurveyImport()
  case "agreements": AgreementImport()
  case "ruptures": RuptureImport()
  case "visits": VisitImport()
  case "deliveries": DeliveryImport()
  case "finance_movements": FinanceImport()
  default: HouseholdImport()
  }
}
