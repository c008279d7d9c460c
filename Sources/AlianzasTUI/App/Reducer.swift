import AlianzasDomain

/// The only place state changes: `reduce(&state, action)` applies one action and returns the
/// effects the runtime must carry out. It reads no file, no clock and no terminal.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
  switch action {
  case .key(let key):
    if !state.modals.isEmpty { return modalKey(&state, key) }
    state.status = nil
    guard let binding = Bindings.current(state).first(where: { $0.keys.contains(key) }) else { return [] }
    if let reason = binding.disabledReason {
      state.status = StatusMessage(
        text: "\(binding.label(state.language)) \(state.t(.disabledPrefix)) \(reason(state.language))",
        kind: .error)
      return []
    }
    return reduce(&state, binding.action)
  case .resize(let width, let height):
    state.width = width
    state.height = height
    return []
  case .show(let screen):
    state.screen = screen
    return []
  case .nextScreen, .previousScreen:
    let all = ScreenID.allCases
    let index = all.firstIndex(of: state.screen)!
    let step = action == .nextScreen ? 1 : all.count - 1
    state.screen = all[(index + step) % all.count]
    return []
  case .openHelp:
    state.modals.append(.help(scroll: 0))
    return []
  case .closeModal:
    if !state.modals.isEmpty { state.modals.removeLast() }
    return []
  case .quit:
    state.shouldQuit = true
    return [.quit]
  case .toggleLanguage:
    state.language = state.language == .es ? .en : .es
    return []
  case .showProblems:
    state.modals.append(
      .error(title: state.t(.problemsTitle), lines: state.data.problems.map { $0(state.language) }))
    return []
  case .refused(let reason):
    state.status = StatusMessage(text: reason(state.language), kind: .error)
    return []
  }
}

/// Keys while a box is open: it takes them all.
private func modalKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  guard let top = state.modals.last else { return [] }
  switch top {
  case .help(let scroll):
    switch key {
    case .escape, .char("?"), .char("q"), .enter, .function(1): state.modals.removeLast()
    case .down, .char("j"): state.modals[state.modals.count - 1] = .help(scroll: scroll + 1)
    case .up, .char("k"): state.modals[state.modals.count - 1] = .help(scroll: max(0, scroll - 1))
    default: break
    }
  case .message, .error:
    if [.escape, .enter, .char("q"), .char(" ")].contains(key) { state.modals.removeLast() }
  case .confirm(_, _, let onYes):
    switch key {
    case .char("s"), .char("S"), .char("y"), .char("Y"):
      state.modals.removeLast()
      return reduce(&state, onYes)
    case .char("n"), .char("N"), .escape: state.modals.removeLast()
    default: break
    }
  }
  return []
}
