import AlianzasDomain

/// The only place state changes: `reduce(&state, action)` applies one action and returns the
/// effects the runtime must carry out. It reads no file, no clock and no terminal.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
  var effects = apply(&state, action)
  effects += Loading.request(&state)
  if state.screen == .alliances && state.allianceRows?.key != state.allianceList.cacheKey(state.data) {
    state.allianceRows = AllianceRowsCache(
      key: state.allianceList.cacheKey(state.data), rows: state.allianceList.rows(state.data))
  }
  // Analyses over all agreements are recomputed only when their inputs changed.
  if state.screen == .ruptures && state.data.loadedAllAlliances
    && !(state.ruptureAnalysis?.isCurrent(state) ?? false)
  {
    state.ruptureAnalysis = RuptureAnalysis(
      data: state.data, grouping: state.ruptures.grouping, language: state.language)
  }
  if state.screen == .households && state.households.view == .comparisons && state.data.loadedAllRosters
    && state.comparisons?.revision != state.data.revision
  {
    state.comparisons = ComparisonCache(data: state.data)
  }
  return effects
}

private func apply(_ state: inout AppState, _ action: Action) -> [Effect] {
  switch action {
  case .key(let key): return keyPressed(&state, key)
  case .resize(let width, let height):
    state.width = width
    state.height = height
  case .show(let screen):
    state.screen = screen
  case .nextScreen, .previousScreen:
    let all = ScreenID.allCases
    let index = all.firstIndex(of: state.screen)!
    let step = action == .nextScreen ? 1 : all.count - 1
    state.screen = all[(index + step) % all.count]
  case .openHelp:
    state.modals.append(.help(scroll: 0))
  case .closeModal:
    if !state.modals.isEmpty { state.modals.removeLast() }
  case .quit:
    if !state.unsaved.isEmpty
      && !state.modals.contains(where: { if case .confirm = $0 { true } else { false } })
    {
      state.modals.append(
        .confirm(
          title: state.t(.unsavedTitle), question: state.t(.unsavedQuestion, state.unsaved.count),
          onYes: .quit))
      return []
    }
    state.shouldQuit = true
    return [.quit]
  case .toggleLanguage:
    state.language = state.language.other
  case .showProblems:
    state.modals.append(
      .error(title: state.t(.problemsTitle), lines: state.data.problems.map { $0(state.language) }))
  case .refused(let reason):
    state.status = StatusMessage(text: reason(state.language), kind: .error)
  case .clock(let now):
    state.now = now
  case .allianceLoaded, .rosterLoaded, .loadFailed, .loadedAll:
    Loading.apply(&state, action)
  case .saved(let path):
    state.data.workspace.saved(path)
    // An edit of a field in conflict settles it; the review list is read again when next shown.
    state.review.loaded = false
  case .savedMerged(let path, let alliance, let roster):
    state.data.workspace.savedMerged(path, alliance: alliance, roster: roster)
    state.status = StatusMessage(text: state.t(.mergedOnSave, path), kind: .info)
  case .saveFailed(let path, let reason):
    state.data.workspace.saveFailed(path)
    state.status = StatusMessage(text: state.t(.saveFailed, path, reason(state.language)), kind: .error)
  case .retrySaves:
    return state.data.workspace.pendingSaves
  case .ruptureView, .ruptureMove, .openHistory, .closeHistory, .startRuptureSearch, .cycleShow,
    .cycleGrouping, .riskMove,
    .openRiskHistory:
    RuptureReducer.reduce(&state, action)
  case .householdView, .householdMove, .openRoster, .closeRoster, .startHouseholdSearch, .openSurvey,
    .newSurveyRound,
    .closeSurvey, .cycleComparison, .cyclePovertyLine:
    HouseholdReducer.reduce(&state, action)
  case .reviewLoaded, .reviewMove, .reviewChoose, .reviewApplied, .reviewFailed, .showRecordHistory,
    .historyLoaded:
    return ReviewReducer.reduce(&state, action)
  default:
    return AllianceReducer.reduce(&state, action)
  }
  return []
}

/// A key goes to the open box, else the open form, else the search box, else the key map.
private func keyPressed(_ state: inout AppState, _ key: Key) -> [Effect] {
  if !state.modals.isEmpty { return modalKey(&state, key) }
  if state.editor != nil { return formKey(&state, key) }
  if state.survey != nil && state.screen == .households { return HouseholdReducer.surveyKey(&state, key) }
  state.status = state.status?.kind == .error && !state.unsaved.isEmpty ? state.status : nil
  if state.screen == .alliances && state.detail == nil && state.allianceList.searching {
    AllianceReducer.searchKey(&state, key)
    return []
  }
  if state.screen == .households && state.households.searching && state.households.roster == nil {
    HouseholdReducer.searchKey(&state, key)
    return []
  }
  if state.screen == .ruptures && state.ruptures.searching {
    RuptureReducer.searchKey(&state, key)
    return []
  }
  if key == .escape && state.screen == .alliances && state.detail == nil && !state.allianceList.search.isEmpty
  {
    return reduce(&state, .clearSearch)
  }
  guard let binding = Bindings.current(state).first(where: { $0.keys.contains(key) }) else { return [] }
  if let reason = binding.disabledReason {
    state.status = StatusMessage(
      text: "\(binding.label(state.language)) \(state.t(.disabledPrefix)) \(reason(state.language))",
      kind: .error)
    return []
  }
  return reduce(&state, binding.action)
}

private func formKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  guard var editor = state.editor else { return [] }
  let event = editor.form.handle(key, language: state.language)
  state.editor = editor
  switch event {
  case .confirmed(let id, let value):
    state.status = nil
    return Editors.confirm(id, value, &state)
  case .leave:
    state.editor = nil
  case .refused(let reason):
    state.status = StatusMessage(text: reason, kind: .error)
  case .none, .ignored:
    break
  }
  return []
}

/// Keys while a box is open: it takes them all.
private func modalKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  guard let top = state.modals.last else { return [] }
  let last = state.modals.count - 1
  switch top {
  case .help(let scroll):
    switch key {
    case .escape, .char("?"), .char("q"), .enter, .function(1): state.modals.removeLast()
    case .down, .char("j"): state.modals[last] = .help(scroll: scroll + 1)
    case .up, .char("k"): state.modals[last] = .help(scroll: max(0, scroll - 1))
    default: break
    }
  case .message, .error:
    if [.escape, .enter, .char("q"), .char(" ")].contains(key) { state.modals.removeLast() }
  case .confirm(_, _, let onYes):
    switch key {
    case .char("s"), .char("S"), .char("y"), .char("Y"):
      state.modals.removeLast()
      if onYes == .quit {
        state.shouldQuit = true
        return [.quit]
      }
      return reduce(&state, onYes)
    case .char("n"), .char("N"), .escape: state.modals.removeLast()
    default: break
    }
  case .pick(let title, let options, let selected, let purpose):
    switch key {
    case .down, .char("j"):
      state.modals[last] = .pick(
        title: title, options: options, selected: min(options.count - 1, selected + 1), purpose: purpose)
    case .up, .char("k"):
      state.modals[last] = .pick(
        title: title, options: options, selected: max(0, selected - 1), purpose: purpose)
    case .pageDown:
      state.modals[last] = .pick(
        title: title, options: options, selected: min(options.count - 1, selected + 10), purpose: purpose)
    case .pageUp:
      state.modals[last] = .pick(
        title: title, options: options, selected: max(0, selected - 10), purpose: purpose)
    case .escape: state.modals.removeLast()
    case .enter:
      state.modals.removeLast()
      guard options.indices.contains(selected) else { return [] }
      return reduce(&state, .picked(purpose, options[selected].id))
    default: break
    }
  }
  return []
}
