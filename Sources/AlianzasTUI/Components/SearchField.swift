import AlianzasDomain

/// A search box over a list: `/` gives it focus, each typed key narrows the list, Enter or ↓ keeps
/// the search and goes back to the list, Esc clears it. Several words all have to match
/// ("leche cauca"), ignoring case and accents. One kind for every list.
public struct SearchField: Hashable, Sendable {
  public var text = ""
  /// Whether it has focus (every printable key goes to it).
  public var active = false

  public init() {}

  public enum Edit: Hashable, Sendable {
    case open
    case type(Character)
    case paste(String)
    case erase
    case finish
    case cancel
  }

  /// Applies an edit; returns whether the text changed (so the list's selection moves to the top).
  @discardableResult
  public mutating func apply(_ edit: Edit) -> Bool {
    switch edit {
    case .open:
      active = true
      return false
    case .type(let c):
      text.append(c)
      return true
    case .paste(let pasted):
      let line = PastedText.oneLine(pasted)
      text += line
      return !line.isEmpty
    case .erase:
      guard !text.isEmpty else { return false }
      text.removeLast()
      return true
    case .finish:
      active = false
      return false
    case .cancel:
      active = false
      let changed = !text.isEmpty
      text = ""
      return changed
    }
  }

  /// The keys while the box has focus.
  public func bindings(_ send: @escaping @Sendable (Edit) -> Action) -> [Binding] {
    [
      Binding([.enter, .down], .keyEndSearch, send(.finish), keyLabel: "Enter", inStatusLine: true),
      Binding([.escape], .keyCancelSearch, send(.cancel), inStatusLine: true),
      Binding([.backspace], .keyErase, send(.erase)),
      .typing(.keyTypeSearch) { send(.type($0)) }.pasting { send(.paste($0)) },
    ]
  }

  /// The folded words of the search.
  public var words: [String] { text.folded.split(separator: " ").map(String.init) }

  /// Whether every word of the search is in one of `fields` (already folded or not).
  public func matches(_ fields: [String]) -> Bool {
    let words = self.words
    guard !words.isEmpty else { return true }
    let folded = fields.map(\.folded)
    return words.allSatisfy { word in folded.contains { $0.contains(word) } }
  }

  /// Whether it shows on screen: while it has focus or holds a search.
  public var isShown: Bool { active || !text.isEmpty }

  /// The line drawn above the list.
  public var line: Line {
    Line([
      Span("/ ", Theme.key), Span(text, Style(underline: true)), Span(active ? "▏" : "", .bold),
    ])
  }
}
