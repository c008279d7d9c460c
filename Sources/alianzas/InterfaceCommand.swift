import AlianzasDomain
import AlianzasRuntime
import AlianzasTUI
import ArgumentParser
import Foundation

/// `alianzas [--store DIR] [--lang es|en]`: the terminal interface.
struct InterfaceCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "open",
      abstract: CLI.opensTheTerminalInterfaceOn())
  }

  @OptionGroup var common: CommonOptions

  func run() throws {
    let code = try MainActor.assumeIsolated {
      try runInterfaceOrTour(path: common.storePath, language: common.language)
    }
    if code != 0 { throw Explained(code: code) }
  }
}

/// Runs the interface on a store; when the person asks for the tour from a demo store's panel,
/// runs the tour on a copy of it, and leaving the tour comes back to the store. Returns the exit
/// status.
@MainActor
func runInterfaceOrTour(path: String, language: Language) throws -> Int32 {
  while true {
    let (code, exit) = try runInterface(path: path, language: language)
    guard exit == .startTour else { return code }
    let tour = try runTour(language: language) { into in
      try FileManager.default.copyItem(atPath: path, toPath: into)
    }
    if tour != 0 { return tour }
  }
}

/// Runs the interface until the user quits or a signal arrives; the terminal is restored on every
/// way out. Returns the exit status, and what the interface asked to do next, if anything. In a
/// sandbox, the tour starts at `tourStep` (nil: not at all) and nothing is asked of the officer.
@MainActor
func runInterface(
  path: String, language: Language, sandbox: Sandbox? = nil, tourStep: Int? = nil, wasReset: Bool = false
) throws -> (
  Int32, ExitRequest?
) {
  guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
    complain(
      CLI.theInterfaceNeedsATerminal())
    return (2, nil)
  }
  StopSignal.install()
  CrashGuard.install()
  let (reference, instruments) = try loadData()
  guard PassphrasePrompt.unlockAhead(path, language: language) else { return (2, nil) }
  let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
  let terminal = CursesTerminal(noColor: noColor)
  defer { terminal.restore() }
  let showProgress: (Double, String) -> Void = { fraction, label in
    let (w, h) = terminal.size
    var buffer = Buffer(width: w, height: h)
    ProgressBar(label: label, fraction: fraction)
      .render(in: Rect(x: 2, y: max(0, h / 2 - 1), width: max(0, w - 4), height: 2), buffer: &buffer)
    terminal.draw(buffer)
  }
  let session: StoreSession
  do {
    session = try StoreSession.open(
      path: path, reference: reference, instruments: instruments,
      officer: sandbox == nil ? CommonOptions.officer : T.sandboxOfficer(language),
      device: DeviceIdentity.current, now: Clock.now,
      progress: { fraction in MainActor.assumeIsolated { showProgress(fraction, T.loading(language)) } })
  } catch {
    terminal.restore()
    complain(error.message(language))
    return (2, nil)
  }
  defer { session.release() }
  let (w, h) = terminal.size
  var state = AppState(data: session.data, language: language, width: w, height: h)
  if let sandbox {
    // Practice is signed by the trainer and kept in the sandbox: no profile is asked or saved.
    state.data.sandbox = true
    state.data.exportFolder = sandbox.exports
    if let tourStep { session.run(.tour(.begin(at: tourStep)), on: &state) }
    if wasReset && state.status == nil {
      state.status = StatusMessage(text: T.sandboxWasReset(language), kind: .info)
    }
  } else {
    session.keepOfficer = { profile in
      OfficerConfig.save(profile).map { reason in Localized(es: reason, en: reason) }
    }
  }
  let kept = sandbox == nil ? OfficerConfig.load() : nil
  state.data.organization = kept?.organization ?? ""
  if sandbox == nil && OfficerConfig.fromEnvironment == nil && kept == nil {
    // The first start on this machine: who is typing, before anything is signed.
    state.modals.append(
      .prompt(
        TextPrompt(
          title: T.officerTitle(language), lines: [T.officerNameQuestion(language, OfficerConfig.file)],
          label: T.officerNameLabel(language), submit: .officerName)))
  }
  terminal.invalidate()
  while !state.shouldQuit {
    terminal.draw(RootView.render(state))
    let signal = StopSignal.received.load(ordering: .relaxed)
    if signal != 0 { return (128 + signal, nil) }
    guard let event = terminal.next(milliseconds: 250) else { continue }
    let action: Action
    switch event {
    case .key(let key): action = .key(key)
    case .resize(let width, let height): action = .resize(width: width, height: height)
    }
    _ = reduce(&state, .clock(Clock.now))
    // Effects (saves, loads) are carried out before the next frame; long loads show progress.
    let shown = state.language
    session.run(action, on: &state) { fraction in
      if fraction < 1 { showProgress(fraction, session.current?.progressText(shown) ?? T.loading(shown)) }
      terminal.invalidate()
    }
  }
  return (0, state.exitRequest)
}
