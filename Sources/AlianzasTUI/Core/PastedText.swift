/// Text pasted into a one-line field: line breaks and tabs become single spaces (a two-line note
/// pasted into a name stays in the name, it is never read as Enter and more keys), other control
/// characters are dropped, and the pasted text is composed (NFC) like typed text.
public enum PastedText {
  public static func oneLine(_ text: String) -> String {
    var out = ""
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\r", "\n", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
        pendingSpace = !out.isEmpty
      default:
        if scalar.properties.generalCategory == .control { continue }
        if pendingSpace && !out.hasSuffix(" ") { out.unicodeScalars.append(" ") }
        pendingSpace = false
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

extension Character {
  /// What a text field takes from the keyboard: a printable character, or a mark that combines
  /// with the one before it (a combining tilde, a joiner), which has no width of its own.
  var isTypeable: Bool {
    isPrintable
      || unicodeScalars.allSatisfy {
        [.nonspacingMark, .enclosingMark, .spacingMark].contains($0.properties.generalCategory)
          || $0 == "\u{200D}" || $0 == "\u{200C}"
      }
  }
}
