import AlianzasDomain
import AlianzasRuntime
import AlianzasStore
import AlianzasTUI
import ArgumentParser
import Foundation

/// `alianzas tour`: the trainers' guided tour on a throw-away copy of a demo store. Without
/// `--keys` it opens the terminal interface; with them it drives the tour headless and prints
/// the screen, as `snapshot --keys` does (the tour's tests and the guide use it).
struct TourCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "tour", abstract: CLI.tourAbstract(), discussion: CLI.tourDiscussion())
  }

  @Option(name: .long, help: ArgumentHelp(CLI.interfaceLanguageEsOrEn(), valueName: "es|en"))
  var lang: Language?
  @Option(help: ArgumentHelp(CLI.tourFromHelp(), valueName: "dir"))
  var from: String?
  @Option(help: ArgumentHelp(CLI.tourStepHelp(), valueName: "n"))
  var step = 1
  @Option(help: ArgumentHelp(CLI.snapshotKeysHelp(), valueName: "teclas"))
  var keys: String?
  @Option(help: ArgumentHelp(CLI.sizeWidthxheight(), valueName: "80x24"))
  var size = "80x24"
  @Flag(help: ArgumentHelp(CLI.snapshotEveryHelp()))
  var every = false

  var language: Language { lang ?? cliLanguage }

  func validate() throws {
    guard step >= 1 else { throw ValidationError(CLI.tourStepMustBePositive(step)) }
    if case .failure(let problem) = KeyScript.parse(keys ?? "") {
      throw ValidationError("--keys: " + problem.message(language))
    }
    guard SnapshotCommand.dimensions(size) != nil else {
      throw ValidationError(CLI.sizeMustBeWidthxheightFor(size))
    }
    if let from {
      // Only a demo store is copied: a real one holds people's data, which practice has no use for.
      let manifest = (try? Data(contentsOf: URL(fileURLWithPath: from + "/" + FileStore.manifestName)))
        .flatMap { try? JSONDecoder().decode(StoreManifest.self, from: $0) }
      guard let manifest else { throw ValidationError(CLI.tourFromNotAStore(from)) }
      guard manifest.asOf != nil else { throw ValidationError(CLI.tourFromNotADemo(from)) }
    }
  }

  func run() throws {
    let fill: (String) throws -> Void
    if let from {
      fill = { into in try FileManager.default.copyItem(atPath: from, toPath: into) }
    } else {
      let (reference, instruments) = try loadData()
      let generator = DemoGenerator(
        reference: reference, instruments: instruments, seed: 2015, scale: TourCommand.scale)
      let manifest = StoreManifest(
        created: Timestamp(day: generator.asOf, hour: 8), deviceID: "demo", asOf: generator.asOf,
        lineage: "demo-2015")
      let language = self.language
      fill = { into in
        _ = try writeDemo(
          path: into, generator: generator, manifest: manifest, force: false, language: language)
      }
    }
    guard let keys, let script = try? KeyScript.parse(keys).get() else {
      let code = try MainActor.assumeIsolated { try runTour(language: language, at: step - 1, fill: fill) }
      if code != 0 { throw Explained(code: code) }
      return
    }
    let sandbox = try Sandbox.create(fill: fill)
    defer { sandbox.remove() }
    let (w, h) = SnapshotCommand.dimensions(size)!
    print(
      try Self.headless(
        sandbox, keys: script, step: step - 1, width: w, height: h, language: language, every: every
      ).joined(separator: "\n"))
  }

  /// The sandbox's size: enough alliances for every step's record, quick to make on a laptop.
  static let scale = 0.1

  /// The tour driven by keys with no terminal; a Ctrl-R resets the sandbox and goes on.
  static func headless(
    _ sandbox: Sandbox, keys: [Key], step: Int, width: Int, height: Int, language: Language, every: Bool
  ) throws -> [String] {
    let (reference, instruments) = try loadData()
    var out: [String] = []
    var remaining = keys[...]
    var tourStep: Int? = step
    var wasReset = false
    while true {
      let session: StoreSession
      do {
        session = try StoreSession.open(
          path: sandbox.store, reference: reference, instruments: instruments,
          officer: T.sandboxOfficer(language), device: "practica", now: Clock.now)
      } catch {
        complain(error.message(language))
        throw Explained(code: 2)
      }
      var state = AppState(data: session.data, language: language, width: width, height: height)
      state.data.sandbox = true
      state.data.exportFolder = sandbox.exports
      if let tourStep { session.run(.tour(.begin(at: tourStep)), on: &state) }
      if wasReset && state.status == nil {
        state.status = StatusMessage(text: T.sandboxWasReset(language), kind: .info)
      }
      out += Snapshot.drive(session, &state, keys: &remaining, of: keys.count, every: every)
      let last = RootView.render(state).lines
      session.release()
      guard case .resetSandbox(let at) = state.exitRequest else { return every ? out : last }
      try sandbox.reset()
      tourStep = at
      wasReset = true
    }
  }
}

/// The tour on a sandbox filled by `fill`, in the terminal, started again on a fresh copy each
/// time the trainer resets it. The sandbox's folder is removed on the way out.
@MainActor
func runTour(language: Language, at step: Int = 0, fill: (String) throws -> Void) throws -> Int32 {
  let sandbox = try Sandbox.create(fill: fill)
  defer { sandbox.remove() }
  var tourStep: Int? = step
  var wasReset = false
  while true {
    let (code, exit) = try runInterface(
      path: sandbox.store, language: language, sandbox: sandbox, tourStep: tourStep, wasReset: wasReset)
    guard code == 0, case .resetSandbox(let at) = exit else { return code }
    try sandbox.reset()
    tourStep = at
    wasReset = true
  }
}
