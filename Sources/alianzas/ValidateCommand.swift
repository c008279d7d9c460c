import AlianzasDomain
import AlianzasStore
import ArgumentParser

struct ValidateCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "validate",
      abstract: CLI.checksEveryFileOfThe(),
      discussion: CLI.exitsWhenCleanAndOtherwise())
  }

  @OptionGroup var common: CommonOptions

  @Flag(
    name: .long,
    help: ArgumentHelp(
      CLI.movesEveryAllianceOrHousehold()))
  var quarantine = false

  @Flag(help: ArgumentHelp(CLI.validateQualityHelp())) var quality = false
  @Flag(help: ArgumentHelp(CLI.validateQualityJSONHelp())) var json = false

  func run() throws {
    let (reference, instruments) = try loadData()
    let store =
      try quarantine ? openForRepair() : openForReading(common.storePath, language: common.language)
    defer { store.release() }
    var moved = 0
    if quarantine {
      let result = StoreIndex.refreshQuarantining(
        store, reference: reference, instruments: instruments, today: store.today)
      for line in result.problems { say(line(common.language)) }
      moved = result.moved
      if moved > 0 {
        say(
          CLI.filesMovedAsideToQuarantine(moved))
      }
    }
    let problems = StoreValidator.validate(
      store, reference: reference, instruments: instruments, today: store.today)
    for problem in problems.sorted(by: { ($0.path, $0.line ?? 0) < ($1.path, $1.line ?? 0) }) {
      say(problem.message(common.language))
    }
    if quality {
      QualityReport.run(
        store, reference: reference, instruments: instruments, language: common.language, json: json)
    }
    let files = store.codes(in: .alliances).count + store.codes(in: .households).count
    if problems.isEmpty && moved == 0 {
      say(CLI.filesCheckedNoProblems(files))
      return
    }
    let summary: CLI =
      switch (problems.count == 1, moved > 0) {
      case (true, false): .filesCheckedOneProblem
      case (false, false): .filesCheckedProblems
      case (true, true): .filesCheckedOneMoreProblem
      case (false, true): .filesCheckedMoreProblems
      }
    say(summary(files, problems.count))
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
