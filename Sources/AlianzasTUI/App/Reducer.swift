import AlianzasDomain

/// The only place state changes: `reduce(&state, action)` applies one action and returns the
/// effects the runtime must carry out. It reads no file, no clock and no terminal.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
  var effects = apply(&state, action)
  effects += Loading.request(&state)
  Screens.feature(state.screen).refresh(&state)
  return effects
}

private func apply(_ state: inout AppState, _ action: Action) -> [Effect] {
  switch action {
  case .key(let key): return keyPressed(&state, key, tour: true)
  case .replayedKey(let key): return keyPressed(&state, key, tour: false)
  case .replay(let keys): return Tour.replay(&state, keys)
  case .tour(let tourAction): return Tour.reduce(&state, tourAction)
  case .resetSandbox:
    state.exitRequest = .resetSandbox(tourStep: state.tour?.index)
    state.shouldQuit = true
    return [.quit]
  case .explain(let subject):
    if let explanation = Explain.build(subject, state) {
      state.modals.append(.explain(explanation, scroll: 0))
    }
  case .startTour:
    state.exitRequest = .startTour
    state.shouldQuit = true
    return [.quit]
  case .resize(let width, let height):
    state.width = width
    state.height = height
  case .show(let screen):
    state.screen = screen
  case .nextScreen, .previousScreen:
    let all = Screens.ids
    let index = all.firstIndex(of: state.screen) ?? 0
    let step = action == .nextScreen ? 1 : all.count - 1
    state.screen = all[(index + step) % all.count]
  case .openHelp:
    state.modals.append(.help(scroll: 0))
  case .quit:
    if !state.unsaved.isEmpty {
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
  case .modal(let modalAction):
    return modal(&state, modalAction)
  case .form(let formAction):
    return form(&state, formAction)
  case .openEditor(let purpose):
    state.editor = Editors.open(purpose, state)
    Warnings.refresh(&state)
  case .retrySaves:
    return state.data.workspace.pendingSaves
  case .saved(let path):
    // After a failure the status line said so; a save that now went through says that instead.
    if state.data.workspace.saved(path) {
      state.status = StatusMessage(text: state.t(.savedAfterFailure, path), kind: .info)
    }
  case .savedMerged(let path, let alliance, let roster):
    state.data.workspace.savedMerged(path, alliance: alliance, roster: roster)
    state.status = StatusMessage(text: state.t(.mergedOnSave, path), kind: .info)
  case .saveFailed(let path, let reason):
    state.data.workspace.saveFailed(path)
    state.status = StatusMessage(text: state.t(.saveFailed, path, reason(state.language)), kind: .error)
  case .allianceLoaded(let alliance): Loading.loaded(alliance, &state)
  case .rosterLoaded(let roster): Loading.loaded(roster, &state)
  case .rosterDigested(let digest): state.data.workspace.digested(digest)
  case .loadFailed(let path, let reason): Loading.failed(path, reason, &state)
  case .loadedAll(let alliances): Loading.loadedAll(alliances: alliances, &state)
  case .exported(let table, let path, let rows):
    state.status = StatusMessage(
      text: state.t(.exportDone, ExportDialog.rows(table, rows, state.language), path), kind: .info)
  case .exportAsk(let draft): ExportDialog.ask(draft, &state)
  case .exportKind(let draft, let kind): ExportDialog.name(draft, kind, &state)
  case .exportTo(let draft, let kind, let path):
    return [.export(ExportDialog.request(draft, kind, path: path, state))]
  case .exportFailed(let reason), .reportFailed(let reason):
    state.status = StatusMessage(text: reason(state.language), kind: .error)
  case .reportAsk(let subject): ReportDialog.ask(subject, &state)
  case .reportTo(let scope, let path):
    return [.report(ReportRequest(scope: scope, path: path, language: state.language))]
  case .reported(let path):
    state.status = StatusMessage(text: state.t(.reportDone, path), kind: .info)
  case .historyLoaded(let title, let entries):
    let lines = entries.map { $0.line(state.language, offset: state.data.utcOffset) }
    state.modals.append(.message(title: title, lines: lines.isEmpty ? [state.t(.historyEmpty)] : lines))
  case .feature(let featureAction):
    return featureAction.reduce(&state)
  case .findAnywhere:
    // Households are searched in every roster: they are all loaded first (with progress).
    return state.data.loadedAllRosters ? reduce(&state, .openFind) : [.loadAllRosters, .then(.openFind)]
  case .openFind:
    state.modals.append(.pick(FindAnywhere.list(state)))
  case .officerNamed(let name):
    state.modals.append(
      .prompt(
        TextPrompt(
          title: state.t(.officerTitle), lines: [state.t(.officerOrganizationQuestion, name)],
          label: state.t(.officerOrganizationLabel), submit: .officerOrganization(name: name))))
  case .officerSet(let name, let organization):
    state.data.officer = name
    state.data.organization = organization
    state.status = StatusMessage(text: state.t(.officerSaved, name), kind: .info)
    return [.saveOfficer(OfficerProfile(name: name, organization: organization))]
  }
  return []
}

/// A key does what the first binding of the current table that takes it says (`Bindings`): the
/// open box's, else the open form's, else the screen's and the global ones. A disabled binding
/// says why instead.
private func keyPressed(_ state: inout AppState, _ key: Key, tour: Bool) -> [Effect] {
  if state.modals.isEmpty && state.editor == nil {
    // A message stays until the next key, unless it says a change is still unsaved.
    state.status = state.status?.kind == .error && !state.unsaved.isEmpty ? state.status : nil
  }
  for binding in (tour ? Bindings.tour(state) : []) + Bindings.current(state) {
    guard let action = binding.action(for: key) else { continue }
    if let reason = binding.disabledReason {
      state.status = StatusMessage(
        text: "\(binding.label(state.language)) \(state.t(.disabledPrefix)) \(reason(state.language))",
        kind: .error)
      return []
    }
    return reduce(&state, action)
  }
  return []
}

/// A key of the open form: a confirmed field is applied (and saved where the form edits a record).
private func form(_ state: inout AppState, _ action: FormAction) -> [Effect] {
  guard var editor = state.editor else { return [] }
  let event = editor.form.apply(action, language: state.language)
  state.editor = editor
  switch event {
  case .confirmed(let id, let value):
    state.status = nil
    let effects = Editors.confirm(id, value, &state)
    Warnings.refresh(&state)
    // A value that raised a warning is saved; the warning says why it deserves a second look.
    if state.status == nil, let warning = state.editor?.form.fields.first(where: { $0.id == id })?.warning {
      state.status = StatusMessage(text: "⚠ " + warning, kind: .info)
    }
    return effects
  case .confirmWarning(let id):
    return Warnings.confirm(id, &state)
  case .leave:
    state.editor = nil
  case .refused(let reason):
    state.status = StatusMessage(text: reason, kind: .error)
  case .choose(let filter):
    if let list = editor.form.picker(filter: filter, language: state.language, send: { .form($0) }) {
      state.modals.append(.pick(list))
    }
  case .none, .ignored:
    break
  }
  return []
}

/// A key of the open box.
private func modal(_ state: inout AppState, _ action: ModalAction) -> [Effect] {
  guard let top = state.modals.last else { return [] }
  let last = state.modals.count - 1
  switch (action, top) {
  case (.close, _):
    state.modals.removeLast()
  case (.scroll(let delta), .help(let scroll)):
    state.modals[last] = .help(scroll: max(0, scroll + delta))
  case (.scroll(let delta), .explain(let explanation, let scroll)):
    // Scrolled by rows as the pane wraps them, never past the last screenful.
    let furthest = ExplainView.lastScroll(explanation, in: RootView.body(state))
    state.modals[last] = .explain(explanation, scroll: max(0, min(scroll + delta, furthest)))
  case (.pickMove(let delta), .pick(var list)):
    list.move(delta)
    state.modals[last] = .pick(list)
  case (.pickFilter(let edit), .pick(var list)):
    // Esc leaves the list, whatever was typed: choosing nothing changes nothing.
    if edit == .cancel {
      state.modals.removeLast()
      return []
    }
    list.edit(edit)
    state.modals[last] = .pick(list)
  case (.promptEdit(let edit), .prompt(var prompt)):
    if edit == .cancel {
      state.modals.removeLast()
      return []
    }
    prompt.field.apply(edit)
    prompt.field.active = true
    prompt.error = nil
    state.modals[last] = .prompt(prompt)
  case (.promptSubmit, .prompt(var prompt)):
    switch prompt.value(state.language) {
    case .failure(let error):
      prompt.error = error.message(state.language)
      state.modals[last] = .prompt(prompt)
    case .success(let text):
      state.modals.removeLast()
      return reduce(&state, prompt.submit.action(text))
    }
  case (.pickChoose, .pick(let list)):
    guard let chosen = list.chosen else { return [] }
    state.modals.removeLast()
    return reduce(&state, chosen.action)
  case (.confirmYes, .confirm(_, _, let onYes)):
    state.modals.removeLast()
    if onYes == .quit {
      state.shouldQuit = true
      return [.quit]
    }
    return reduce(&state, onYes)
  case (.scroll, _), (.pickMove, _), (.pickChoose, _), (.pickFilter, _), (.promptEdit, _), (.promptSubmit, _),
    (.confirmYes, _):
    break
  }
  return []
}
