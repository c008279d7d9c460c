/// A key press as the interface understands it, whatever terminal produced it.
import AlianzasDomain

public enum Key: Hashable, Sendable, CustomStringConvertible {
  case char(Character)
  case ctrl(Character)
  case enter, escape, tab, backTab, backspace, delete
  case up, down, left, right, home, end, pageUp, pageDown
  case function(Int)
  /// Text pasted in one piece (bracketed paste): it goes into the field or search with focus as
  /// text, never as keys.
  case paste(String)

  public var description: String { label(.en) }
}
