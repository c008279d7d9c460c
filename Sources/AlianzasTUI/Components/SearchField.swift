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
    /// Empties the text, keeping the focus.
    case clear
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
    case .clear:
      let changed = !text.isEmpty
      text = ""
      return changed
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

  /// Whether every word of the search begins a word of one of `fields` (case and accents
  /// ignored): "cau" finds "Cauca" and "Caucasia", "001" finds "AMA-2013-001".
  public func matches(_ fields: [String]) -> Bool {
    let words = self.words
    guard !words.isEmpty else { return true }
    let folded = fields.map(\.folded)
    return words.allSatisfy { word in folded.contains { Self.beginsWord(word, in: $0) } }
  }

  /// The search read against a list with places: a department named whole in it ("cauca",
  /// "valle del cauca") becomes an exact condition on the department, so "leche cauca" finds
  /// Cauca's milk alliances and neither Valle del Cauca's nor Caucasia's.
  public func query(places: [String]) -> SearchQuery {
    var words = self.words
    let names = places.map { $0.folded.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
    for name in names where !name.isEmpty && words.count >= name.count {
      for start in 0...(words.count - name.count) where Array(words[start..<(start + name.count)]) == name {
        words.removeSubrange(start..<(start + name.count))
        return SearchQuery(place: name.joined(separator: " "), words: words)
      }
    }
    return SearchQuery(place: nil, words: words)
  }

  /// Whether `word` starts `text` or starts right after a character that is not a letter or digit.
  static func beginsWord(_ word: String, in text: String) -> Bool {
    var rest = Substring(text)
    while let range = rest.range(of: word) {
      if range.lowerBound == text.startIndex { return true }
      let before = text[text.index(before: range.lowerBound)]
      if !(before.isLetter || before.isNumber) { return true }
      rest = text[text.index(after: range.lowerBound)...]
    }
    return false
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

/// A search split into a place named whole (folded) and the other words.
public struct SearchQuery: Hashable, Sendable {
  public var place: String?
  public var words: [String]

  /// Whether a record in `place` with these `fields` is found.
  public func matches(_ fields: [String], place recordPlace: String) -> Bool {
    if let place, recordPlace.folded != place { return false }
    let folded = fields.map(\.folded)
    return words.allSatisfy { word in folded.contains { SearchField.beginsWord(word, in: $0) } }
  }
}
