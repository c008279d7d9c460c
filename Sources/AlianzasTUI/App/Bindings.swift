import AlianzasDomain

/// The key map: the current screen's bindings first, then the global ones.
public enum Bindings {
  public static func current(_ state: AppState) -> [Binding] {
    if state.editor != nil { return editor(state) }
    if state.survey != nil && state.screen == .households { return SurveyScreen.bindings(state) }
    return screen(state) + global(state)
  }

  /// While a form is open its keys are the form's; these describe them for the help and status line.
  static func editor(_ state: AppState) -> [Binding] {
    [
      Binding([.enter], .keyEditField, .closeModal, inStatusLine: true),
      Binding([.tab, .down], .keyNextField, .closeModal, keyLabel: "Tab/↓", inStatusLine: true),
      Binding([.escape], .keyCloseForm, .closeModal, inStatusLine: true),
    ]
  }

  static func global(_ state: AppState) -> [Binding] {
    var list: [Binding] = [
      Binding([.char("?"), .function(1)], .keyHelp, .openHelp, keyLabel: "?", inStatusLine: true),
      Binding(
        [.char("w")], .keyRetry, .retrySaves,
        disabledReason: state.unsaved.isEmpty
          ? T.allSaved.localized : nil,
        inStatusLine: !state.unsaved.isEmpty),
      Binding([.tab], .keyNextScreen, .nextScreen, inStatusLine: ScreenID.allCases.count > 1),
      Binding([.backTab], .keyPreviousScreen, .previousScreen),
      Binding([.char("i")], .keyLanguage, .toggleLanguage, inStatusLine: true),
      Binding([.char("q"), .ctrl("c")], .keyQuit, .quit, keyLabel: "q", inStatusLine: true),
    ]
    for screen in ScreenID.allCases {
      list.insert(Binding([.char(Character(String(screen.rawValue)))], screen.title, .show(screen)), at: 1)
    }
    list.append(
      Binding(
        [.char("p")], .keyProblems, .showProblems,
        disabledReason: state.data.problems.isEmpty
          ? T.problemsNone.localized : nil,
        inStatusLine: !state.data.problems.isEmpty))
    return list
  }

  static func screen(_ state: AppState) -> [Binding] {
    switch state.screen {
    case .panel: []
    case .alliances:
      if let detail = state.detail {
        AllianceDetailScreen.bindings(state, detail)
      } else {
        AllianceListScreen.bindings(state)
      }
    case .ruptures: RuptureScreen.bindings(state)
    case .households: HouseholdScreen.bindings(state)
    case .review: ReviewScreen.bindings(state)
    }
  }
}
