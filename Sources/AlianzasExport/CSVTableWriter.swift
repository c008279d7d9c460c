import AlianzasDomain
import Foundation

/// CSV as RFC 4180 writes it: fields separated by "," (";" for Excel), CRLF between records, a
/// field quoted when it holds the separator, a quote, CR or LF, and its quotes doubled. Plain CSV
/// is for programs: codes as their numbers (the codebook names them), decimals with ".", dates
/// ISO. `excel` is for a Spanish-speaking spreadsheet: a byte-order mark, ";" between fields,
/// decimal commas, and codes by their label in the chosen language.
///
/// Written here rather than through CSV.swift: that package writes one Unicode scalar at a time
/// through a throwing closure and searches each field with Foundation four times, which took 28 s
/// for a national export (1.2 million answers) against 3 s allowed. Python's csv module reads
/// every export back in the tests (`check_export.py`), and a test gives it fields with quotes,
/// separators and line breaks.
public enum CSVTableWriter {
  public static func data(_ table: ExportTable, excel: Bool, language: Language) -> Data {
    var out: [UInt8] = []
    out.reserveCapacity(max(1 << 16, table.rows.count * table.columns.count * 8))
    out += header(table.columns, excel: excel)
    let style = Style(excel: excel, language: language)
    for row in table.rows { append(row, columns: table.columns, style: style, to: &out) }
    return Data(out)
  }

  /// How values are written: for a program or for a Spanish-speaking spreadsheet.
  struct Style {
    var excel: Bool
    var language: Language
    var separator: UInt8 { excel ? 0x3B : 0x2C }
    var decimalMark: Character { excel ? Format.separators(language).decimal : "." }
  }

  /// The byte-order mark (for Excel) and the column names.
  static func header(_ columns: [ExportColumn], excel: Bool) -> [UInt8] {
    var out: [UInt8] = excel ? [0xEF, 0xBB, 0xBF] : []
    let separator: UInt8 = excel ? 0x3B : 0x2C
    for (i, column) in columns.enumerated() {
      if i > 0 { out.append(separator) }
      append(column.name, separator: separator, to: &out)
    }
    out += [0x0D, 0x0A]
    return out
  }

  /// One record, ended by CRLF.
  static func append(_ row: [ExportValue], columns: [ExportColumn], style: Style, to out: inout [UInt8]) {
    let separator = style.separator, decimalMark = style.decimalMark
    for (i, value) in row.enumerated() {
      if i > 0 { out.append(separator) }
      append(
        text(
          value, column: columns[i], excel: style.excel, decimalMark: decimalMark, language: style.language),
        separator: separator, to: &out)
    }
    out += [0x0D, 0x0A]
  }

  /// One field, quoted only when it must be. The bytes are read in place (a copy of the string
  /// shares its storage): most fields need no quotes, and a national export has millions.
  public static func append(_ field: String, separator: UInt8, to out: inout [UInt8]) {
    var field = field
    field.withUTF8 { bytes in
      var plain = true
      for b in bytes where b == separator || b == 0x22 || b == 0x0D || b == 0x0A {
        plain = false
        break
      }
      if plain {
        out.append(contentsOf: bytes)
        return
      }
      out.append(0x22)
      for b in bytes {
        if b == 0x22 { out.append(0x22) }
        out.append(b)
      }
      out.append(0x22)
    }
  }

  static func text(
    _ value: ExportValue, column: ExportColumn, excel: Bool, decimalMark: Character, language: Language
  ) -> String {
    switch value {
    case .missing: return ""
    case .integer(let n): return String(n)
    case .decimal(let d):
      let plain = d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
      return decimalMark == "." ? plain : plain.replacingOccurrences(of: ".", with: String(decimalMark))
    case .text(let t): return t
    case .date(let d): return d.iso
    case .code(let c):
      if excel, case .coded(let codes) = column.kind, let label = codes.code(c)?.label(language) {
        return label
      }
      return String(c)
    }
  }
}
