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
    if excel { out += [0xEF, 0xBB, 0xBF] }
    let separator: UInt8 = excel ? 0x3B : 0x2C
    func record(_ fields: [String]) {
      for (i, field) in fields.enumerated() {
        if i > 0 { out.append(separator) }
        append(field, separator: separator, to: &out)
      }
      out += [0x0D, 0x0A]
    }
    record(table.columns.map(\.name))
    let decimalMark: Character = excel ? Format.separators(language).decimal : "."
    for row in table.rows {
      record(
        row.enumerated().map { i, value in
          text(value, column: table.columns[i], excel: excel, decimalMark: decimalMark, language: language)
        })
    }
    return Data(out)
  }

  /// One field, quoted only when it must be.
  static func append(_ field: String, separator: UInt8, to out: inout [UInt8]) {
    let bytes = field.utf8
    guard bytes.contains(where: { $0 == separator || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else {
      out += bytes
      return
    }
    out.append(0x22)
    for b in bytes {
      if b == 0x22 { out.append(0x22) }
      out.append(b)
    }
    out.append(0x22)
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
