import AlianzasDomain

/// Reads a number as a person writes it in the interface's language, and refuses what could be
/// misread rather than guess: Spanish groups thousands with "." and marks decimals with ",",
/// English the other way round. "12.5" in a Spanish integer field is neither 125 nor 12,5: it is
/// refused with the reason, so the officer types what was meant.
enum NumberInput {
  struct Parsed: Equatable {
    var negative: Bool
    var whole: String
    var fraction: String
  }

  enum Problem: Error, Equatable {
    case notANumber
    /// A decimal part where a whole number is asked.
    case decimal
    /// A thousands separator that does not split the digits in threes.
    case grouping
  }

  /// Splits `text` into its whole and decimal digits. Spaces and a leading "$" are allowed;
  /// grouping, when used, must be in threes ("1.234.567", never "12.34").
  static func parse(_ text: String, language: Language, allowsDecimal: Bool) -> Result<Parsed, Problem> {
    var body = Substring(text.filter { $0 != " " && $0 != "\u{00A0}" })
    if body.first == "$" { body = body.dropFirst() }
    var negative = false
    if body.first == "-" {
      negative = true
      body = body.dropFirst()
    }
    let (group, decimal) = Format.separators(language)
    guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == group || $0 == decimal) })
    else {
      return .failure(.notANumber)
    }
    let parts = body.split(separator: decimal, omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return .failure(.notANumber) }
    if parts.count == 2 {
      guard allowsDecimal else { return .failure(.decimal) }
      guard !parts[1].isEmpty, parts[1].allSatisfy(\.isNumber) else { return .failure(.notANumber) }
    }
    let groups = parts[0].split(separator: group, omittingEmptySubsequences: false)
    guard let first = groups.first, !first.isEmpty else { return .failure(.notANumber) }
    if groups.count > 1 {
      // A lone separator followed by other than three digits reads as the other language's
      // decimal mark: say so rather than call it a grouping.
      if groups.count == 2 && groups[1].count != 3 && parts.count == 1 {
        return .failure(allowsDecimal ? .grouping : .decimal)
      }
      guard first.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
        return .failure(.grouping)
      }
    }
    return .success(
      Parsed(negative: negative, whole: groups.joined(), fraction: parts.count == 2 ? String(parts[1]) : ""))
  }

  static func integer(_ text: String, language: Language) -> Result<Int, Problem> {
    parse(text, language: language, allowsDecimal: false).flatMap { p in
      guard p.whole.count <= 18, let v = Int(p.whole) else { return .failure(.notANumber) }
      return .success(p.negative ? -v : v)
    }
  }

  static func decimal(_ text: String, language: Language) -> Result<Double, Problem> {
    parse(text, language: language, allowsDecimal: true).flatMap { p in
      guard p.whole.count <= 18, let v = Double(p.whole + (p.fraction.isEmpty ? "" : "." + p.fraction)),
        v.isFinite
      else { return .failure(.notANumber) }
      return .success(p.negative ? -v : v)
    }
  }
}

extension NumberInput {
  /// The text a number field starts editing from: what the screen shows, rewritten so that
  /// confirming it unchanged gives back the same number in the interface's language.
  static func editable(_ shown: String, kind: FieldKind, language: Language) -> String {
    switch kind {
    case .integer, .money:
      let negative = shown.contains("-")
      let digits = shown.filter(\.isNumber)
      return digits.isEmpty ? "" : (negative ? "-" : "") + digits
    case .decimal:
      // The screen writes numbers with `Format`: drop its grouping, keep its decimal mark.
      let (group, decimal) = Format.separators(language)
      let text = shown.filter { $0 != " " && $0 != "$" && $0 != "\u{00A0}" }
      if text.contains(decimal) { return text.filter { $0 != group } }
      let parts = text.split(separator: group, omittingEmptySubsequences: false)
      // "1.234" grouped in Spanish is a whole number; a lone mark followed by other than three
      // digits was written the other way (an old value): it is the decimal mark.
      if parts.count == 2 && parts[1].count != 3 { return "\(parts[0])\(decimal)\(parts[1])" }
      return text.filter { $0 != group }
    default: return shown
    }
  }
}
