import AlianzasDomain
import CSV
import Foundation

/// CSV through CSV.swift (RFC 4180 quoting, CRLF line ends). Plain CSV is for programs: codes as
/// their numbers (the codebook names them), decimals with ".", dates ISO. `excel` is for a
/// Spanish-speaking spreadsheet: a byte-order mark, ";" between fields, decimal commas, and codes
/// by their label in the chosen language.
public enum CSVTableWriter {
  public static func data(_ table: ExportTable, excel: Bool, language: Language) throws -> Data {
    let stream = OutputStream.toMemory()
    stream.open()
    if excel {
      let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
      _ = stream.write(mark, maxLength: mark.count)
    }
    let csv = try CSVWriter(stream: stream, delimiter: excel ? ";" : ",", newline: .crlf)
    try csv.write(row: table.columns.map(\.name))
    let decimalMark: Character = excel ? Format.separators(language).decimal : "."
    for row in table.rows {
      try csv.write(
        row: row.enumerated().map { i, value in
          text(value, column: table.columns[i], excel: excel, decimalMark: decimalMark, language: language)
        })
    }
    stream.close()
    return stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
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
