import AlianzasDomain
import AlianzasStore
import ArgumentParser
import Foundation

struct DemoCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "demo",
      abstract: CLI.createsADemoStoreWith(),
      discussion: CLI.theSameSeedScaleAnd())
  }

  @OptionGroup var common: CommonOptions

  @Option(help: ArgumentHelp(CLI.generatorSeed(), valueName: "n"))
  var seed: UInt64 = 2015

  @Option(
    help: ArgumentHelp(
      CLI.sizeRelativeToNationalFor(), valueName: "x"))
  var scale: Double = 1

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      CLI.theDemoSAsOf(),
      valueName: "date"))
  var asOf: String = DemoGenerator.defaultAsOf.iso

  @Flag(help: ArgumentHelp(CLI.replacesAnExistingStore()))
  var force = false

  @Flag(help: ArgumentHelp(CLI.demoEncryptHelp()))
  var encrypt = false

  @Option(name: .long, help: ArgumentHelp(CLI.recoveryPublicHelp(), valueName: "file"))
  var recoveryPublic: String?

  @Flag(
    name: .customLong("no-open"),
    help: ArgumentHelp(CLI.doesNotOpenTheInterface()))
  var noOpen = false

  func validate() throws {
    guard scale.isFinite, scale > 0, scale <= 20 else {
      throw ValidationError(
        CLI.scaleMustBeBetweenAnd(scale))
    }
    guard Day(iso: asOf) != nil else {
      throw ValidationError(
        CLI.asOfMustBeA(asOf))
    }
  }

  func run() throws {
    let language = common.language
    let (reference, instruments) = try loadData()
    let day = Day(iso: asOf)!
    let path = common.storePath
    let generator = DemoGenerator(
      reference: reference, instruments: instruments, seed: seed, scale: scale, asOf: day)
    // Every demo store starts from the same base, so copies made on different laptops can sync.
    let manifest = StoreManifest(
      created: Timestamp(day: day, hour: 8), deviceID: "demo", asOf: day, lineage: "demo-\(seed)")
    // Running the demo again opens the store it made, rather than refusing or replacing it.
    if !force && !noOpen && FileManager.default.fileExists(atPath: path + "/" + FileStore.manifestName) {
      print(
        CLI.openingTheExistingStoreAt(path))
      return try openInterface(path: path, language: language)
    }
    let encryption =
      encrypt
      ? StoreEncryptionSetup(
        passphrase: try PassphrasePrompt.new(variable: "ALIANZAS_PASSPHRASE"),
        recovery: try recoveryPublicKey(recoveryPublic, language: language)) : nil
    let written = try writeDemo(
      path: path, generator: generator, manifest: manifest, force: force, encryption: encryption,
      language: language)
    print(
      CLI.demoStoreCreatedAtAlliances(path, written, day.iso))
    if !noOpen { try openInterface(path: path, language: language) }
  }

  private func openInterface(path: String, language: Language) throws {
    let code = try MainActor.assumeIsolated { try runInterfaceOrTour(path: path, language: language) }
    if code != 0 { throw Explained(code: code) }
  }
}

/// Writes a demo store at `path` with its caches built, and returns how many alliances it holds.
/// `alianzas demo` and the tour's sandbox both make theirs with it.
func writeDemo(
  path: String, generator: DemoGenerator, manifest: StoreManifest, force: Bool,
  encryption: StoreEncryptionSetup? = nil, language: Language
) throws -> Int {
  let day = generator.asOf
  let store: FileStore
  do {
    store = try FileStore.create(
      at: path, manifest: manifest, officer: CommonOptions.officer, force: force, encryption: encryption)
  } catch {
    complain(error.message(language))
    throw Explained(code: 2)
  }
  let progress = Progress(
    total: generator.allianceCount, label: CLI.generatingAlliances())
  var written = 0
  // The demo is the base every copy of the store starts from: it has no history of its own.
  store.recordsHistory = false
  defer { store.recordsHistory = true }
  do {
    try generator.generate { alliance, roster in
      try store.save(alliance)
      try store.save(roster)
      written += 1
      progress.update(written)
    }
  } catch let error as StoreError {
    progress.finish()
    complain(error.message(language))
    throw Explained(code: 2)
  }
  progress.finish()
  // The caches are built while the store is held for writing, so the read-only commands that
  // follow (summary, analyze, snapshot), which never write, find them current.
  _ = StoreIndex.refresh(
    store, reference: generator.reference, instruments: generator.instruments, today: day)
  _ = SampleCache.samples(store, instruments: generator.instruments, today: day)
  _ = SupervisionCache.items(
    store, reference: generator.reference, instruments: generator.instruments, today: day)
  store.release()
  return written
}

/// A one-line progress counter on standard error, only when it is a terminal.
final class Progress {
  private let total: Int
  private let label: String
  private let visible = isatty(STDERR_FILENO) == 1
  private var lastShown = -1

  init(total: Int, label: String) {
    self.total = total
    self.label = label
  }

  func update(_ done: Int) {
    guard visible else { return }
    let percent = total > 0 ? done * 100 / total : 100
    guard percent != lastShown else { return }
    lastShown = percent
    FileHandle.standardError.write(Data("\r\(label)… \(done)/\(total) (\(percent) %)".utf8))
  }

  func finish() {
    if visible && lastShown >= 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}
