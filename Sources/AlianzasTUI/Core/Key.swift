/// A key press as the interface understands it, whatever terminal produced it.
import AlianzasDomain

public enum Key: Hashable, Sendable, CustomStringConvertible {
  case char(Character)
  case ctrl(Character)
  case enter, escape, tab, backTab, backspace, delete
  case up, down, left, right, home, end, pageUp, pageDown
  case function(Int)

  public var description: String { label(.en) }
}
