import AlianzasDomain
import AlianzasStore
import ArgumentParser
import Foundation

struct SyncExportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "export",
      abstract: CLI.writesTheStoreSChanges())
  }

  @OptionGroup var common: CommonOptions

  @Option(
    name: .long,
    help: ArgumentHelp(CLI.bundleFileToWrite(), valueName: "file"))
  var out: String

  @Option(
    name: .long,
    help: ArgumentHelp(
      CLI.onlyChangesReceivedSinceThis(), valueName: "mark"))
  var since: String?

  func run() throws {
    let language = common.language
    var mark: Timestamp?
    if let since {
      guard let parsed = Timestamp(iso: since) else {
        complain(
          CLI.sinceIsNotAValid(since))
        throw Explained(code: 2)
      }
      mark = parsed
    }
    let store = try openForReading(common.storePath, language: language)
    store.device = DeviceIdentity.current
    store.officer = CommonOptions.officer
    let now = Clock.now
    store.clock = { now }
    let bundle = store.exportBundle(since: mark)
    let target = CommonOptions.absolute(out)
    do {
      try PosixFileSystem().writeAtomically(try bundle.encoded(), to: target)
    } catch let error as FileError {
      complain(error.message(language))
      throw Explained(code: 2)
    }
    let changes = bundle.files.reduce(0) { $0 + $1.batches.count }
    say(
      CLI.filesChanges(bundle.files.count, changes, target))
    say(
      CLI.markForTheNextExport(now.iso))
  }
}

struct SyncImportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "import",
      abstract: CLI.mergesABundleIntoThe(),
      discussion: CLI.importingTheSameBundleTwice())
  }

  @OptionGroup var common: CommonOptions

  @Argument(help: ArgumentHelp(CLI.theBundleToImport(), valueName: "file"))
  var file: String

  @Flag(name: .long, help: ArgumentHelp(CLI.onlySaysWhatItWould()))
  var dryRun = false

  func run() throws {
    let language = common.language
    let (reference, instruments) = try loadData()
    let bytes: [UInt8]
    do {
      bytes = try PosixFileSystem().read(CommonOptions.absolute(file), followingLinks: true)
    } catch {
      complain(error.message(language))
      throw Explained(code: 2)
    }
    let bundle: SyncBundle
    switch SyncBundle.decode(bytes) {
    case .success(let value): bundle = value
    case .failure(let error):
      complain("\(file): " + error.message(language))
      throw Explained(code: 2)
    }
    let store = try openOrCreate(for: bundle, language: language)
    defer { store.release() }
    let report: ImportReport
    do {
      report = try store.importBundle(
        bundle, dryRun: dryRun, reference: reference, instruments: instruments, today: store.today)
    } catch {
      // A refused bundle is named, as the bundle's own faults are.
      if case .bundle = error {
        complain("\(file): " + error.message(language))
      } else {
        complain(error.message(language))
      }
      throw Explained(code: 2)
    }
    printReport(report, dryRun: dryRun, language: language)
  }

  private func openOrCreate(for bundle: SyncBundle, language: Language) throws -> FileStore {
    let path = common.storePath
    let store: FileStore
    do {
      if !FileManager.default.fileExists(atPath: path + "/" + FileStore.manifestName) && !dryRun {
        guard bundle.since == nil else {
          complain(
            CLI.isNotAStoreAnd(path))
          throw Explained(code: 2)
        }
        let manifest = StoreManifest(
          created: Clock.now, deviceID: DeviceIdentity.current, asOf: bundle.asOf, lineage: bundle.lineage)
        store = try FileStore.create(at: path, manifest: manifest, officer: CommonOptions.officer)
      } else {
        store = try FileStore.open(at: path, mode: .write, officer: CommonOptions.officer, now: Clock.now)
      }
    } catch let error as StoreError {
      complain(error.message(language))
      throw Explained(code: 2)
    }
    store.device = DeviceIdentity.current
    store.clock = { Clock.now }
    return store
  }

  private func printReport(_ report: ImportReport, dryRun: Bool, language: Language) {
    if dryRun { say(CLI.dryRunNothingWasChanged()) }
    say(
      CLI.addedUpdatedUnchangedConflicts(
        report.added, report.updated, report.unchanged, report.conflicts.count))
    for conflict in report.conflicts { say(CLI.conflict() + conflict) }
    for duplicate in report.duplicates {
      say(
        CLI.possibleDuplicateInAnd(duplicate.file, duplicate.first, duplicate.second))
    }
    for problem in report.refused {
      say(CLI.notMerged() + problem.message(language))
    }
    if !report.conflicts.isEmpty || !report.duplicates.isEmpty {
      say(
        CLI.reviewConflictsAndDuplicatesIn())
    }
  }
}
