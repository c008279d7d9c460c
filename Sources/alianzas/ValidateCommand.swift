import AlianzasDomain
import AlianzasStore
import ArgumentParser

struct ValidateCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "validate",
      abstract: t(
        "Revisa cada archivo del almacén y lista los problemas como ruta:línea: motivo.",
        "Checks every file of the store and lists problems as path:line: reason."),
      discussion: t(
        "Sale con 0 si no hay problemas y con 1 si los hay. Sin --quarantine no modifica ningún archivo; la interfaz aparta los archivos dañados al abrir el almacén.",
        "Exits 0 when clean and 1 otherwise. Without --quarantine it changes no file; the interface moves damaged files aside when it opens the store."
      ))
  }

  @OptionGroup var common: CommonOptions

  @Flag(
    name: .long,
    help: ArgumentHelp(
      t(
        "Aparta en quarantine/ (con una nota) cada archivo de alianza u hogares que no se puede leer.",
        "Moves every alliance or household file that does not read into quarantine/, with a note.")))
  var quarantine = false

  func run() throws {
    let (reference, instruments) = try loadData()
    let store =
      try quarantine ? openForRepair() : openForReading(common.storePath, language: common.language)
    defer { store.release() }
    var moved = 0
    if quarantine {
      let result = StoreIndex.refreshQuarantining(
        store, reference: reference, instruments: instruments, today: store.today)
      for line in result.problems { print(line(common.language)) }
      moved = result.moved
      if moved > 0 {
        print(
          t(
            "\(moved) archivos apartados en quarantine/; cada uno tiene una nota .note.txt.",
            "\(moved) files moved aside to quarantine/; each has a .note.txt note."))
      }
    }
    let problems = StoreValidator.validate(
      store, reference: reference, instruments: instruments, today: store.today)
    for problem in problems.sorted(by: { ($0.path, $0.line ?? 0) < ($1.path, $1.line ?? 0) }) {
      print(problem.message(common.language))
    }
    let files = store.codes(in: .alliances).count + store.codes(in: .households).count
    if problems.isEmpty && moved == 0 {
      print(t("\(files) archivos revisados: sin problemas.", "\(files) files checked: no problems."))
      return
    }
    print(
      t(
        "\(files) archivos revisados: \(problems.count) problema\(problems.count == 1 ? "" : "s")\(moved > 0 ? " más" : "").",
        "\(files) files checked: \(problems.count) problem\(problems.count == 1 ? "" : "s")\(moved > 0 ? " more" : "")."
      ))
    throw Explained(code: 1)
  }

  /// `--quarantine` repairs: it needs the lock, and never falls back to reading.
  private func openForRepair() throws -> FileStore {
    do {
      let store = try FileStore.open(
        at: common.storePath, mode: .maintenance, officer: CommonOptions.officer, now: Clock.now)
      store.device = DeviceIdentity.current
      store.clock = { Clock.now }
      return store
    } catch {
      complain(error.message(common.language))
      throw Explained(code: 2)
    }
  }
}
