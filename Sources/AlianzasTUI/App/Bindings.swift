import AlianzasDomain

/// The key map. Every key the interface answers is in one of these tables, in the order they are
/// searched, and the status line and the `?` help are generated from the same tables.
public enum Bindings {
  public static func current(_ state: AppState) -> [Binding] {
    if let modal = state.modals.last { return self.modal(modal) }
    if let editor = state.editor { return editor.form.bindings { .form($0) } }
    let screen = Screens.feature(state.screen).bindings(state)
    // A search, a filter or a form with focus takes every printable key: screen keys wait.
    if screen.contains(where: { $0.typing != nil }) { return screen }
    return screen + global(state)
  }

  /// The tour's keys while it is on and no box is open: they come before the screen's.
  static func tour(_ state: AppState) -> [Binding] {
    state.modals.isEmpty ? Tour.bindings(state) : []
  }

  /// What the help lists: the keys of whatever is under the help box.
  static func underHelp(_ state: AppState) -> [Binding] {
    var below = state
    if case .help = below.modals.last { below.modals.removeLast() }
    return tour(below) + current(below)
  }

  static func global(_ state: AppState) -> [Binding] {
    var list: [Binding] = [
      Binding([.char("?"), .function(1)], .keyHelp, .openHelp, keyLabel: "?", inStatusLine: true)
    ]
    // The screens in order, each by its number.
    for id in Screens.ids {
      list.append(Binding([.char(Character(String(id.number)))], id.title, .show(id)))
    }
    list += [
      // A screen with its own search takes "/" first; elsewhere it searches everything, so a
      // code typed after it never reaches the screen keys.
      Binding([.char("/")], .keyFindAnywhere, .findAnywhere),
      Binding([.tab], .keyNextScreen, .nextScreen, inStatusLine: Screens.all.count > 1),
      Binding([.backTab], .keyPreviousScreen, .previousScreen),
      Binding(
        [.char("w")], .keyRetry, .retrySaves,
        disabledReason: state.unsaved.isEmpty ? T.allSaved.localized : nil,
        inStatusLine: !state.unsaved.isEmpty),
      Binding([.char("i")], .keyLanguage, .toggleLanguage, inStatusLine: true),
      Binding([.char("G")], .keyGlossary, .explain(.glossary)),
    ]
    list += Tour.globalBindings(state)
    list += [
      Binding(
        [.char("p")], .keyProblems, .showProblems,
        disabledReason: state.data.problems.isEmpty ? T.problemsNone.localized : nil,
        inStatusLine: !state.data.problems.isEmpty),
      Binding([.char("q"), .ctrl("c")], .keyQuit, .quit, keyLabel: "q", inStatusLine: true),
    ]
    return list
  }

  /// The keys of an open box.
  static func modal(_ modal: Modal) -> [Binding] {
    switch modal {
    case .help:
      [
        Binding([.escape, .char("?"), .char("q"), .enter, .function(1)], .keyClose, .modal(.close)),
        Binding([.down, .char("j")], .keyScrollHelp, .modal(.scroll(1)), keyLabel: "↑↓"),
        Binding([.up, .char("k")], .keyScrollHelp, .modal(.scroll(-1)), keyLabel: "↑↓"),
        Binding([.pageDown], .keyPage, .modal(.scroll(10))),
        Binding([.pageUp], .keyPage, .modal(.scroll(-10))),
      ]
    case .explain:
      [
        Binding([.escape, .char("q"), .enter, .char("=")], .keyClose, .modal(.close), keyLabel: "Esc"),
        Binding([.down, .char("j")], .keyScrollHelp, .modal(.scroll(1)), keyLabel: "↑↓"),
        Binding([.up, .char("k")], .keyScrollHelp, .modal(.scroll(-1)), keyLabel: "↑↓"),
        Binding([.pageDown, .char(" ")], .keyPage, .modal(.scroll(10))),
        Binding([.pageUp], .keyPage, .modal(.scroll(-10))),
        Binding([.home], .keyFirst, .modal(.scroll(-1_000_000))),
        Binding([.end], .keyLast, .modal(.scroll(1_000_000))),
      ]
    case .message, .error:
      [Binding([.escape, .enter, .char("q"), .char(" ")], .keyClose, .modal(.close), keyLabel: "Enter/Esc")]
    case .confirm:
      [
        Binding(
          [.char("s"), .char("S"), .char("y"), .char("Y")], .keyConfirmYes, .modal(.confirmYes),
          keyLabel: "s/y"),
        Binding([.char("n"), .char("N"), .escape], .keyConfirmNo, .modal(.close), keyLabel: "n/Esc"),
      ]
    case .prompt:
      [
        Binding([.enter], .keyPromptSubmit, .modal(.promptSubmit), inStatusLine: true),
        Binding([.escape], .keyPromptCancel, .modal(.promptEdit(.cancel)), inStatusLine: true),
        Binding([.backspace], .keyErase, .modal(.promptEdit(.erase))),
        .typing(.keyTyping) { .modal(.promptEdit(.type($0))) }.pasting { .modal(.promptEdit(.paste($0))) },
      ]
    case .pick:
      [
        Binding([.down], .keyMove, .modal(.pickMove(1)), keyLabel: "↑↓"),
        Binding([.up], .keyMove, .modal(.pickMove(-1)), keyLabel: "↑↓"),
        Binding([.pageDown], .keyPage, .modal(.pickMove(10))),
        Binding([.pageUp], .keyPage, .modal(.pickMove(-10))),
        Binding([.home], .keyFirst, .modal(.pickMove(-1_000_000))),
        Binding([.end], .keyLast, .modal(.pickMove(1_000_000))),
        Binding([.enter], .keyPickChoose, .modal(.pickChoose)),
        Binding([.escape], .keyClose, .modal(.pickFilter(.cancel))),
        Binding([.backspace], .keyErase, .modal(.pickFilter(.erase))),
        Binding([.ctrl("u")], .keyClearField, .modal(.pickFilter(.clear))),
        .typing(.keyFilterList) { .modal(.pickFilter(.type($0))) }.pasting {
          .modal(.pickFilter(.paste($0)))
        },
      ]
    }
  }
}
