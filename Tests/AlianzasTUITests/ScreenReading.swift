import AlianzasDomain
import Foundation

@testable import AlianzasTUI

/// What a careful reader would object to on a rendered screen: a number cut short or written in
/// the other language's way, two columns run together, a word cut without "…", a word of the
/// other language, a model value missing.
enum ScreenReading {
  static func problems(_ view: ReachedView, _ lines: [String], _ language: Language) -> [String] {
    var found: [String] = []
    let vocabulary = Vocabulary.shared
    for (row, full) in lines.enumerated() {
      // Under an open box (help, a message) only the box is read: what it covers is covered.
      let line = insideBox(full)
      func say(_ what: String) { found.append("\(view.name) row \(row): \(what)\n    |\(line)|") }
      for problem in numberProblems(line, language) { say(problem) }
      for problem in touching(line) { say(problem) }
      for (word, cut) in words(line) where !cut {
        if word.count > 1, vocabulary.foreign(word, language) {
          say("«\(word)» belongs to the other language")
        } else if word.count > 1, !vocabulary.allows(word, language) {
          say("«\(word)» is no word of the interface (cut without «…»?)")
        }
      }
    }
    let screen = lines.joined(separator: "\n")
    for (what, forms) in view.shows where !forms.contains(where: { screen.contains(whole: $0) }) {
      found.append("\(view.name): \(what) shown neither as \(forms.joined(separator: " nor as "))")
    }
    return found
  }

  /// The part of a line inside a box drawn over the screen (heavy lines), or the whole line.
  static func insideBox(_ line: String) -> String {
    if line.contains("┏") || line.contains("┗") { return "" }
    guard let first = line.firstIndex(of: "┃"), let last = line.lastIndex(of: "┃"), first < last else {
      return line
    }
    return String(line[line.index(after: first)..<last])
  }

  /// A run of digits with its marks: "1.235.762.000", "84,5", "2014-06-30".
  static let number = try! NSRegularExpression(pattern: #"[0-9](?:[0-9.,:/-]*[0-9])?(…)?"#)

  static func numberProblems(_ line: String, _ language: Language) -> [String] {
    var out: [String] = []
    let ns = line as NSString
    for m in number.matches(in: line, range: NSRange(location: 0, length: ns.length)) {
      let token = ns.substring(with: m.range)
      if token.hasSuffix("…") {
        out.append("number cut: «\(token)»")
        continue
      }
      // Dates, times, codes and ranges ("2014-06-30", "15:04", "CAU-2012-017", "1/3") are not
      // quantities.
      if token.contains("-") || token.contains(":") || token.contains("/") { continue }
      let before =
        m.range.location > 0 ? ns.substring(with: NSRange(location: m.range.location - 1, length: 1)) : ""
      if before.first?.isLetter == true { continue }  // an identifier: H03, v1
      // Document numbers are identifiers, written as typed.
      let lead = ns.substring(to: m.range.location)
      if lead.hasSuffix("doc. ") || lead.hasSuffix("NIT ") { continue }
      if !wellWritten(token, language) { out.append("number written wrong for \(language): «\(token)»") }
    }
    return out
  }

  /// Grouped by threes with the language's mark, decimals with the other; four digits or fewer
  /// may stand ungrouped (years, small counts).
  static func wellWritten(_ token: String, _ language: Language) -> Bool {
    let (group, decimal) = Format.separators(language)
    let parts = token.split(separator: decimal, omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return false }
    // "48.981" on an English screen reads as forty-eight point nine eight one, but the screens
    // never write three decimals on a whole part other than 0 (p values are below 1): it is the
    // other language's grouping.
    if parts.count == 2, parts[1].count == 3, parts[0] != "0", parts[0] != "-0" { return false }
    if parts.count == 2, parts[1].isEmpty || !parts[1].allSatisfy(\.isNumber) { return false }
    let whole = parts[0].split(separator: group, omittingEmptySubsequences: false)
    if whole.count == 1 { return whole[0].count <= 4 && whole[0].allSatisfy(\.isNumber) }
    return (1...3).contains(whole[0].count) && whole.dropFirst().allSatisfy { $0.count == 3 }
      && whole.allSatisfy { $0.allSatisfy(\.isNumber) }
  }

  /// A word running into a number or an amount ("autónoma2004-12-27", "hoy$"), or a number into a
  /// word ("48familias").
  static let joined = try! NSRegularExpression(pattern: #"\p{L}{3,}[0-9$]|[0-9%]\p{L}{3,}|[0-9]\$"#)

  static func touching(_ line: String) -> [String] {
    let ns = line as NSString
    return joined.matches(in: line, range: NSRange(location: 0, length: ns.length)).map {
      "columns run together: «\(ns.substring(with: $0.range))»"
    }
  }

  /// The words of a line, each with whether "…" follows it (cut on purpose).
  static func words(_ line: String) -> [(String, Bool)] {
    var out: [(String, Bool)] = [], word = ""
    for c in line {
      if c.isLetter {
        word.append(c)
      } else {
        if !word.isEmpty { out.append((word, c == "…")) }
        word = ""
      }
    }
    if !word.isEmpty { out.append((word, false)) }
    return out
  }
}

extension String {
  /// Contains `part` not inside a longer number ("$ 1.236 M" is not inside "$ 11.236 M").
  func contains(whole part: String) -> Bool {
    var search = startIndex..<endIndex
    while let r = range(of: part, range: search) {
      let before = r.lowerBound > startIndex ? self[index(before: r.lowerBound)] : " "
      let after = r.upperBound < endIndex ? self[r.upperBound] : " "
      if !before.isNumber, !after.isNumber { return true }
      search = r.upperBound..<endIndex
    }
    return false
  }
}
