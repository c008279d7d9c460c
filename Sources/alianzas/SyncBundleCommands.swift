import AlianzasDomain
import AlianzasStore
import ArgumentParser
import Foundation

struct SyncExportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "export",
      abstract: t(
        "Escribe los cambios del almacén (o todo) en un paquete con suma de control.",
        "Writes the store's changes (or everything) into one bundle with a checksum."))
  }

  @OptionGroup var common: CommonOptions

  @Option(
    name: .long,
    help: ArgumentHelp(t("Archivo de paquete a escribir.", "Bundle file to write."), valueName: "file"))
  var out: String

  @Option(
    name: .long,
    help: ArgumentHelp(
      t(
        "Solo los cambios recibidos desde esta marca (la que imprimió la exportación anterior, AAAA-MM-DDTHH:MM:SSZ). Sin ella, todo el almacén.",
        "Only changes received since this mark (the one the previous export printed, YYYY-MM-DDTHH:MM:SSZ). Without it, the whole store."
      ), valueName: "mark"))
  var since: String?

  func run() throws {
    let language = common.language
    var mark: Timestamp?
    if let since {
      guard let parsed = Timestamp(iso: since) else {
        complain(
          t(
            "--since «\(since)» no es una marca válida: use la que imprimió la exportación anterior, p. ej. 2014-06-30T12:00:00Z",
            "--since «\(since)» is not a valid mark: use the one the previous export printed, e.g. 2014-06-30T12:00:00Z"
          ))
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
    print(
      t(
        "\(bundle.files.count) archivos, \(changes) cambios → \(target)",
        "\(bundle.files.count) files, \(changes) changes → \(target)"))
    print(
      t(
        "Marca para la próxima exportación: --since \(now.iso)",
        "Mark for the next export: --since \(now.iso)"))
  }
}

struct SyncImportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "import",
      abstract: t(
        "Mezcla un paquete en el almacén, registro por registro.",
        "Merges a bundle into the store, record by record."),
      discussion: t(
        "Importar dos veces el mismo paquete no cambia nada y el orden de los paquetes no importa. Un paquete dañado o de otro almacén se rechaza sin tocar nada. Si el almacén no existe, un paquete completo lo crea.",
        "Importing the same bundle twice changes nothing and the order of bundles does not matter. A damaged or foreign bundle is refused and nothing changes. If the store does not exist, a full bundle creates it."
      ))
  }

  @OptionGroup var common: CommonOptions

  @Argument(help: ArgumentHelp(t("El paquete a importar.", "The bundle to import."), valueName: "file"))
  var file: String

  @Flag(name: .long, help: ArgumentHelp(t("Solo dice lo que haría.", "Only says what it would do.")))
  var dryRun = false

  func run() throws {
    let language = common.language
    let (reference, instruments) = try loadData()
    let bytes: [UInt8]
    do {
      bytes = try PosixFileSystem().read(CommonOptions.absolute(file))
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
    if let theirs = bundle.lineage, let ours = store.manifest.lineage, theirs != ours {
      complain("\(file): " + SyncError.foreign(bundle: theirs, store: ours).message(language))
      throw Explained(code: 2)
    }
    let report: ImportReport
    do {
      report = try store.importBundle(
        bundle, dryRun: dryRun, reference: reference, instruments: instruments, today: store.today)
    } catch {
      complain(error.message(language))
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
            t(
              "\(path) no es un almacén y el paquete solo trae cambios: importe primero un paquete completo (exportado sin --since)",
              "\(path) is not a store and the bundle only carries changes: import a full bundle first (exported without --since)"
            ))
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
    if dryRun { print(t("Ensayo: no se cambió nada.", "Dry run: nothing was changed.")) }
    print(
      t(
        "añadidos \(report.added), actualizados \(report.updated), sin cambios \(report.unchanged), conflictos \(report.conflicts.count)",
        "added \(report.added), updated \(report.updated), unchanged \(report.unchanged), conflicts \(report.conflicts.count)"
      ))
    for conflict in report.conflicts { print(t("  conflicto: ", "  conflict: ") + conflict) }
    for duplicate in report.duplicates {
      print(
        t(
          "  posible duplicado en \(duplicate.file): \(duplicate.first) y \(duplicate.second)",
          "  possible duplicate in \(duplicate.file): \(duplicate.first) and \(duplicate.second)"))
    }
    for problem in report.refused {
      print(t("  sin mezclar: ", "  not merged: ") + problem.message(language))
    }
    if !report.conflicts.isEmpty || !report.duplicates.isEmpty {
      print(
        t(
          "Revise los conflictos y duplicados en la interfaz: alianzas, tecla 5.",
          "Review conflicts and duplicates in the interface: alianzas, key 5."))
    }
  }
}
