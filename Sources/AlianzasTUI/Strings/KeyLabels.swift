import AlianzasDomain

extension Key {
  /// The key as the help and the status line name it.
  public func label(_ language: Language) -> String {
    switch self {
    case .char(" "): T.keyNameSpace(language)
    case .char(let c): String(c)
    case .ctrl(let c): "Ctrl-\(c.uppercased())"
    case .enter: "Enter"
    case .escape: "Esc"
    case .tab: "Tab"
    case .backTab: "S-Tab"
    case .backspace: T.keyNameBackspace(language)
    case .delete: T.keyNameDelete(language)
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .home: T.keyNameHome(language)
    case .end: T.keyNameEnd(language)
    case .pageUp: T.keyNamePageUp(language)
    case .pageDown: T.keyNamePageDown(language)
    case .function(let n): "F\(n)"
    case .paste: T.keyNamePaste(language)
    }
  }
}
