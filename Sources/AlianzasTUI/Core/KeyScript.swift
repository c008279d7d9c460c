import AlianzasDomain

/// A sequence of keys written as text, in the notation of Vim's mappings: every character is the
/// key that types it, and a name between angle brackets is a key without a character —
/// `2<Down><Down><Enter>/La Venta<Enter>`. `snapshot --keys`, the tour's steps and the guide's
/// excerpts all drive the interface with it, so a trainer who knows one knows the others.
public enum KeyScript {
  /// The names, case aside; `<lt>` is a literal "<", `<C-x>` is Ctrl and a letter, `<F1>`…`<F12>`.
  static let named: [String: Key] = [
    "enter": .enter, "cr": .enter, "esc": .escape, "tab": .tab, "s-tab": .backTab, "bs": .backspace,
    "backspace": .backspace, "del": .delete, "up": .up, "down": .down, "left": .left, "right": .right,
    "home": .home, "end": .end, "pageup": .pageUp, "pagedown": .pageDown, "space": .char(" "),
    "lt": .char("<"),
  ]

  /// Why a script could not be read: the position (from 1) and what was found there.
  public struct Problem: Error, Hashable, Sendable {
    public var position: Int
    public var found: String

    public func message(_ language: Language) -> String { T.keyScriptProblem(language, position, found) }
  }

  public static func parse(_ text: String) -> Result<[Key], Problem> {
    var keys: [Key] = []
    let characters = Array(text)
    var i = 0
    while i < characters.count {
      let c = characters[i]
      guard c == "<" else {
        keys.append(c == "\n" ? .enter : .char(c))
        i += 1
        continue
      }
      guard let close = characters[i...].firstIndex(of: ">"), close > i + 1 else {
        return .failure(Problem(position: i + 1, found: String(characters[i...].prefix(12))))
      }
      let name = String(characters[(i + 1)..<close])
      guard let key = key(named: name) else {
        return .failure(Problem(position: i + 1, found: "<\(name)>"))
      }
      keys.append(key)
      i = close + 1
    }
    return .success(keys)
  }

  static func key(named name: String) -> Key? {
    let lower = name.lowercased()
    if let key = named[lower] { return key }
    if lower.hasPrefix("c-"), lower.count == 3, let c = lower.last, c.isLetter { return .ctrl(c) }
    if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) { return .function(n) }
    return nil
  }
}
