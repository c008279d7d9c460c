import AlianzasDomain

/// The key map: the current screen's bindings first, then the global ones.
public enum Bindings {
  public static func current(_ state: AppState) -> [Binding] {
    screen(state) + global(state)
  }

  static func global(_ state: AppState) -> [Binding] {
    var list: [Binding] = [
      Binding([.char("?"), .function(1)], .keyHelp, .openHelp, keyLabel: "?", inStatusLine: true),
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
          ? Localized(es: T.problemsNone(.es), en: T.problemsNone(.en)) : nil,
        inStatusLine: !state.data.problems.isEmpty))
    return list
  }

  static func screen(_ state: AppState) -> [Binding] {
    switch state.screen {
    case .panel: []
    }
  }
}
