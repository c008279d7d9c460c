import AlianzasDomain
import AlianzasExport
import Foundation

/// How one imported cell's text becomes a value, for each kind of column the codebook has. A
/// spreadsheet writes the same value many ways: `1.234.567` or `1234567`, `3,5` or `3.5`,
/// `2013-04-01`, `01/04/2013` or Excel's day number, `Sí`, `si`, `1` or `yes`; each reading
/// accepts what a person or a spreadsheet plausibly wrote and nothing that could mean two things.
enum ImportCell {
  /// A number written with `decimalComma` as the file's convention (a `;` CSV from a Spanish
  /// spreadsheet) or with a point. The other mark may group thousands, only in groups of three.
  static func number(_ text: String, decimalComma: Bool) -> Double? {
    var s = text.filter { !$0.isWhitespace && $0 != "$" }
    guard !s.isEmpty else { return nil }
    var sign = ""
    if s.first == "-" || s.first == "+" {
      sign = s.first == "-" ? "-" : ""
      s.removeFirst()
    }
    // Exponents only as a program writes them (`1E-3`, `2.5e6`), never with grouping.
    if s.contains(where: { $0 == "e" || $0 == "E" }) {
      guard s.allSatisfy({ $0.isASCII && ($0.isNumber || "eE.+-".contains($0)) }) else { return nil }
      return Double(sign + s).flatMap { $0.isFinite ? $0 : nil }
    }
    guard s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else { return nil }
    let points = s.filter { $0 == "." }.count, commas = s.filter { $0 == "," }.count
    var decimal: Character? = nil
    var group: Character? = nil
    if points > 0 && commas > 0 {
      // Both: the last one is the decimal mark and must appear once.
      decimal = s.lastIndex(of: ".")! > s.lastIndex(of: ",")! ? "." : ","
      group = decimal == "." ? "," : "."
      if s.filter({ $0 == decimal }).count != 1 { return nil }
    } else if points + commas == 1 {
      let mark: Character = points == 1 ? "." : ","
      // One mark: the file's decimal mark is a decimal mark; the other one groups thousands.
      if (mark == ",") == decimalComma { decimal = mark } else { group = mark }
    } else if points + commas > 1 {
      group = points > 0 ? "." : ","
    }
    var integer = Substring(s), fraction: Substring = ""
    if let decimal, let at = s.firstIndex(of: decimal) {
      integer = s[..<at]
      fraction = s[s.index(after: at)...]
    }
    if let group, integer.contains(group) {
      let parts = integer.split(separator: group, omittingEmptySubsequences: false)
      guard let first = parts.first, (1...3).contains(first.count),
        parts.dropFirst().allSatisfy({ $0.count == 3 })
      else { return nil }
      integer = Substring(parts.joined())
    }
    guard !integer.isEmpty || !fraction.isEmpty, integer.allSatisfy(\.isNumber),
      fraction.allSatisfy(\.isNumber)
    else { return nil }
    let plain = sign + (integer.isEmpty ? "0" : String(integer)) + (fraction.isEmpty ? "" : "." + fraction)
    return Double(plain).flatMap { $0.isFinite ? $0 : nil }
  }

  /// A whole number, from a cell that may show it as `12`, `12.0` or `1.200`.
  static func whole(_ text: String, decimalComma: Bool) -> Int? {
    guard let value = number(text, decimalComma: decimalComma), value == value.rounded(),
      abs(value) < 9e15
    else { return nil }
    return Int(value)
  }

  /// Excel counts days from 1899-12-30 (serial 25569 is 1970-01-01); dates from 1900 to 2200.
  static let excelEpochOffset = 25569

  /// A day as ISO (`2013-04-01`, with or without a midnight time), as a Spanish spreadsheet
  /// shows it (`1/04/2013`, `01-04-2013`), or as Excel's serial day number.
  static func day(_ text: String) -> Day? {
    var s = text.trimmingCharacters(in: .whitespaces)
    for suffix in [" 00:00:00", "T00:00:00", "T00:00:00Z", " 00:00"] where s.hasSuffix(suffix) {
      s = String(s.dropLast(suffix.count))
    }
    if let day = Day(iso: s) { return day }
    let parts = s.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" }
    if parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
      let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2])
    {
      return Day(year: y, month: m, day: d)
    }
    if s.allSatisfy({ $0.isASCII && $0.isNumber }), let serial = Int(s), (1...110_000).contains(serial) {
      let day = Day(ordinal: serial - excelEpochOffset)
      return (1900...2200).contains(day.year) ? day : nil
    }
    return nil
  }

  /// Text compared as a person reads it: case, accents and surrounding spaces ignored. Spanish
  /// text is ASCII and a few accented Latin-1 letters, folded here a scalar at a time; anything
  /// else goes through Foundation, whose folding is twenty times slower (an import folds every
  /// name of 49,000 households).
  static func folded(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v >= 0x41 && v <= 0x5A {
        out.append(Unicode.Scalar(v + 32)!)
      } else if v < 0x80 {
        out.append(scalar)
      } else if let plain = latinFold[v] {
        out.append(plain)
      } else {
        return text.trimmingCharacters(in: .whitespaces).folding(
          options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "es"))
      }
    }
    var folded = String(out)
    while folded.first == " " || folded.first == "\t" { folded.removeFirst() }
    while folded.last == " " || folded.last == "\t" { folded.removeLast() }
    return folded
  }

  /// Latin-1 letters with their accent and case removed, as Foundation's folding leaves them.
  static let latinFold: [UInt32: Unicode.Scalar] = {
    var table: [UInt32: Unicode.Scalar] = [:]
    for (letters, plain) in [
      ("ÀÁÂÃÄÅàáâãäå", "a"), ("ÈÉÊËèéêë", "e"), ("ÌÍÎÏìíîï", "i"), ("ÒÓÔÕÖòóôõö", "o"),
      ("ÙÚÛÜùúûü", "u"), ("Ññ", "n"), ("Çç", "c"), ("Ýýÿ", "y"),
    ] {
      for letter in letters.unicodeScalars { table[letter.value] = plain.unicodeScalars.first! }
    }
    return table
  }()

  /// The stored code of a coded cell: its number in the codebook, the code itself, or its label
  /// in either language.
  static func code(_ text: String, in codes: ExportCodes) -> String? {
    let wanted = folded(text)
    if let n = Int32(wanted), let code = codes.code(n) { return code.raw }
    for code in codes.codes
    where folded(code.raw) == wanted || folded(code.label.es) == wanted || folded(code.label.en) == wanted {
      return code.raw
    }
    return nil
  }

  /// Yes or no, as the codebook codes it (`1`/`0`), by label or as spreadsheets write truth.
  static func yesNo(_ text: String) -> Bool? {
    switch folded(text) {
    case "1", "si", "yes", "s", "y", "true", "verdadero", "x": true
    case "0", "no", "n", "false", "falso": false
    default: nil
    }
  }

  /// The allowed values of a coded column, for a message: `1 = Convocatoria, 2 = Perfil…`.
  static func allowed(_ codes: ExportCodes, _ language: Language) -> String {
    let all = codes.codes.map { "\($0.value) = \($0.label(language))" }
    return all.count > 8 ? all.prefix(8).joined(separator: ", ") + ", …" : all.joined(separator: ", ")
  }
}
