import AlianzasDomain
import AlianzasStore
import ArgumentParser
import Foundation

struct DemoCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "demo",
      abstract: t(
        "Crea un almacén de demostración con datos nacionales realistas (775 alianzas, 31 departamentos).",
        "Creates a demo store with realistic national data (775 alliances, 31 departments)."),
      discussion: t(
        "El mismo --seed, --scale y --as-of producen exactamente los mismos archivos.",
        "The same --seed, --scale and --as-of produce exactly the same files."))
  }

  @OptionGroup var common: CommonOptions

  @Option(help: ArgumentHelp(t("Semilla del generador.", "Generator seed."), valueName: "n"))
  var seed: UInt64 = 2015

  @Option(
    help: ArgumentHelp(
      t(
        "Tamaño relativo al nacional (0.1 para pruebas, 10 para carga).",
        "Size relative to national (0.1 for tests, 10 for load)."), valueName: "x"))
  var scale: Double = 1

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      t("Fecha de corte de la demostración (AAAA-MM-DD).", "The demo's as-of date (YYYY-MM-DD)."),
      valueName: "date"))
  var asOf: String = DemoGenerator.defaultAsOf.iso

  @Flag(help: ArgumentHelp(t("Reemplaza un almacén existente.", "Replaces an existing store.")))
  var force = false

  @Flag(
    name: .customLong("no-open"),
    help: ArgumentHelp(t("No abre la interfaz al terminar.", "Does not open the interface afterwards.")))
  var noOpen = false

  func validate() throws {
    guard scale.isFinite, scale > 0, scale <= 20 else {
      throw ValidationError(
        t(
          "--scale debe estar entre 0 y 20 (se recibió \(scale))",
          "--scale must be between 0 and 20 (got \(scale))"))
    }
    guard Day(iso: asOf) != nil else {
      throw ValidationError(
        t(
          "--as-of debe ser una fecha AAAA-MM-DD (se recibió «\(asOf)»)",
          "--as-of must be a date YYYY-MM-DD (got «\(asOf)»)"))
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
        t(
          "Abriendo el almacén existente en \(path) (use --force para crearlo de nuevo).",
          "Opening the existing store at \(path) (use --force to make it again)."))
      return try openInterface(path: path, language: language)
    }
    let store: FileStore
    do {
      store = try FileStore.create(at: path, manifest: manifest, officer: CommonOptions.officer, force: force)
    } catch {
      complain(error.message(language))
      throw Explained(code: 2)
    }
    let progress = Progress(
      total: generator.allianceCount, label: t("Generando alianzas", "Generating alliances"))
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
    _ = StoreIndex.refresh(store, reference: reference, instruments: instruments, today: day)
    _ = SampleCache.samples(store, instruments: instruments, today: day)
    store.release()
    print(
      t(
        "Almacén de demostración creado en \(path): \(written) alianzas (corte \(day.iso)).",
        "Demo store created at \(path): \(written) alliances (as of \(day.iso))."))
    if !noOpen { try openInterface(path: path, language: language) }
  }

  private func openInterface(path: String, language: Language) throws {
    let code = try MainActor.assumeIsolated { try runInterface(path: path, language: language) }
    if code != 0 { throw Explained(code: code) }
  }
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
