/// A key press as the interface understands it, whatever terminal produced it.
import AlianzasDomain

public enum Key: Hashable, Sendable, CustomStringConvertible {
  case char(Character)
  case ctrl(Character)
  case enter, escape, tab, backTab, backspace, delete
  case up, down, left, right, home, end, pageUp, pageDown
  case function(Int)

  public var description: String { label(.en) }

  /// The key as the help and the status line name it.
  public func label(_ language: Language) -> String {
    let es = language == .es
    switch self {
    case .char(" "): return es ? "Espacio" : "Space"
    case .char(let c): return String(c)
    case .ctrl(let c): return "Ctrl-\(c.uppercased())"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "S-Tab"
    case .backspace: return es ? "Retroceso" : "Backspace"
    case .delete: return es ? "Supr" : "Del"
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .home: return es ? "Inicio" : "Home"
    case .end: return es ? "Fin" : "End"
    case .pageUp: return es ? "RePág" : "PgUp"
    case .pageDown: return es ? "AvPág" : "PgDn"
    case .function(let n): return "F\(n)"
    }
  }
}
