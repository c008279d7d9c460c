import AlianzasDomain
import AlianzasExport
import AlianzasStore

/// The rows `--skip-bad` leaves out, as a file the person can fix and import again: the same
/// columns as the file they came from, in its separator, and one more with every reason (which
/// the next import ignores as a column of no table). Written whole or not at all.
enum RejectedRows {
  static func write(_ result: ImportResult, input: CSVInput, to path: String, language: Language)
    throws(FileError)
  {
    let separator = UInt8(ascii: input.delimiter == ";" ? ";" : ",")
    var out: [UInt8] = [0xEF, 0xBB, 0xBF]
    func record(_ fields: [String]) {
      for (i, field) in fields.enumerated() {
        if i > 0 { out.append(separator) }
        CSVTableWriter.append(field, separator: separator, to: &out)
      }
      out += [0x0D, 0x0A]
    }
    let reasonColumn = language == .es ? "motivo_rechazo" : "rejection_reason"
    record(input.header + [reasonColumn])
    for (row, problems) in result.rejected {
      let cells = input.header.indices.map { input.text(row, $0) }
      let reasons = problems.map { p in (p.column.map { $0 + ": " } ?? "") + p.reason(language) }
      record(cells + [reasons.joined(separator: "; ")])
    }
    try PosixFileSystem().writeAtomically(out, to: path)
  }
}
