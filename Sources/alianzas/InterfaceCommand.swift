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
      try runInterface(path: common.storePath, language: common.language)
    }
    if code != 0 { throw Explained(code: code) }
  }
}

/// Runs the interface until the user quits or a signal arrives; the terminal is restored on every
/// way out. Returns the exit status.
@MainActor
func runInterface(path: String, language: Language) throws -> Int32 {
  guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
    complain(
      CLI.theInterfaceNeedsATerminal())
    return 2
  }
  StopSignal.install()
  CrashGuard.install()
  let (reference, instruments) = try loadData()
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
      path: path, reference: reference, instruments: instruments, officer: CommonOptions.officer,
      device: DeviceIdentity.current, now: Clock.now,
      progress: { fraction in MainActor.assumeIsolated { showProgress(fraction, T.loading(language)) } })
  } catch {
    terminal.restore()
    complain(error.message(language))
    return 2
  }
  defer { session.release() }
  let (w, h) = terminal.size
  var state = AppState(data: session.data, language: language, width: w, height: h)
  session.keepOfficer = { profile in
    OfficerConfig.save(profile).map { reason in Localized(es: reason, en: reason) }
  }
  let kept = OfficerConfig.load()
  state.data.organization = kept?.organization ?? ""
  if OfficerConfig.fromEnvironment == nil && kept == nil {
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
    if signal != 0 { return 128 + signal }
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
  return 0
}
