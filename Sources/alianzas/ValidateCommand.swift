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
        "Sale con 0 si no hay problemas y con 1 si los hay. No modifica ningún archivo.",
        "Exits 0 when clean and 1 otherwise. Changes no file."))
  }

  @OptionGroup var common: CommonOptions

  func run() throws {
    let (reference, instruments) = try loadData()
    let store = try openForReading(common.storePath, language: common.language)
    let problems = StoreValidator.validate(
      store, reference: reference, instruments: instruments, today: store.today)
    for problem in problems.sorted(by: { ($0.path, $0.line ?? 0) < ($1.path, $1.line ?? 0) }) {
      print(problem.message(common.language))
    }
    let files = store.codes(in: .alliances).count + store.codes(in: .households).count
    if problems.isEmpty {
      print(t("\(files) archivos revisados: sin problemas.", "\(files) files checked: no problems."))
    } else {
      print(
        t(
          "\(files) archivos revisados: \(problems.count) problemas.",
          "\(files) files checked: \(problems.count) problems."))
      throw Explained(code: 1)
    }
  }
}
