import AlianzasDomain
import CReadStat
import Foundation

/// Stata .dta and SPSS .sav through ReadStat (Debian's libreadstat): variable labels, value
/// labels for every coded column in the chosen language, dates as the package's dates.
public enum StatFileWriter {
  public enum Kind: Sendable { case stata, spss }

  /// Writes `table` to the open file descriptor `fd`; returns how many texts had to be cut to
  /// the format's limit (Stata keeps 2,045 bytes in a string variable).
  @discardableResult
  public static func write(_ table: ExportTable, kind: Kind, language: Language, to fd: Int32) throws -> Int {
    var widths = Array(repeating: 0, count: table.columns.count)
    for row in table.rows { measure(row, into: &widths) }
    return try write(
      table, count: table.rows.count, widths: widths, kind: kind, language: language, to: fd
    ) { each in for row in table.rows { try each(row) } }
  }

  /// Widens `widths` to the UTF-8 length of each text in `row`.
  static func measure(_ row: [ExportValue], into widths: inout [Int]) {
    for (i, value) in row.enumerated() {
      if case .text(let t) = value { widths[i] = max(widths[i], t.utf8.count) }
    }
  }

  /// Writes `count` rows that `rows` hands over one by one, under `table`'s name and columns (its
  /// own rows unused); a text column is as wide as `widths` says (at most the format's limit).
  static func write(
    _ table: ExportTable, count: Int, widths: [Int], kind: Kind, language: Language, to fd: Int32,
    rows: ((([ExportValue]) throws -> Void) throws -> Void)
  ) throws -> Int {
    guard let writer = readstat_writer_init() else { throw WriteFailure(reason: "readstat_writer_init") }
    defer { readstat_writer_free(writer) }
    let sink = Sink(fd: fd)
    let context = Unmanaged.passRetained(sink)
    defer { context.release() }
    readstat_set_data_writer(writer) { bytes, length, ctx in
      guard let bytes, let ctx else { return -1 }
      let sink = Unmanaged<Sink>.fromOpaque(ctx).takeUnretainedValue()
      return sink.write(bytes, length)
    }
    if kind == .stata { readstat_writer_set_file_format_version(writer, 118) }
    _ = readstat_writer_set_file_label(writer, clipped(table.label(language), bytes: 80))

    // Value labels, one set per code list, shared by the columns that use it.
    var sets: [String: UnsafeMutablePointer<readstat_label_set_t>] = [:]
    for column in table.columns {
      guard case .coded(let codes) = column.kind, sets[codes.name] == nil else { continue }
      guard let set = readstat_add_label_set(writer, READSTAT_TYPE_INT32, codes.name) else { continue }
      for code in codes.codes {
        readstat_label_int32_value(set, code.value, clipped(code.label(language), bytes: 120))
      }
      sets[codes.name] = set
    }
    // Variables: text as strings as wide as their widest value, numbers as doubles (pesos pass
    // two thousand million), codes as 32-bit integers, dates as each package counts days.
    let limit = kind == .stata ? 2045 : 32767
    var variables: [UnsafeMutablePointer<readstat_variable_t>] = []
    var truncated = 0
    for (i, column) in table.columns.enumerated() {
      let type: readstat_type_t
      var width = 0
      switch column.kind {
      case .text:
        type = READSTAT_TYPE_STRING
        width = max(1, min(limit, widths[i]))
      case .coded: type = READSTAT_TYPE_INT32
      default: type = READSTAT_TYPE_DOUBLE
      }
      guard let variable = readstat_add_variable(writer, column.name, type, width) else {
        throw WriteFailure(reason: "readstat_add_variable \(column.name)")
      }
      readstat_variable_set_label(variable, clipped(column.label(language), bytes: 80))
      switch column.kind {
      case .coded(let codes):
        if let set = sets[codes.name] { readstat_variable_set_label_set(variable, set) }
        readstat_variable_set_measure(variable, READSTAT_MEASURE_NOMINAL)
      case .date:
        readstat_variable_set_format(variable, kind == .stata ? "%td" : "DATE11")
        readstat_variable_set_measure(variable, READSTAT_MEASURE_SCALE)
      case .text:
        readstat_variable_set_measure(variable, READSTAT_MEASURE_NOMINAL)
      case .decimal:
        if kind == .spss { readstat_variable_set_format(variable, "F12.2") }
        readstat_variable_set_measure(variable, READSTAT_MEASURE_SCALE)
      case .integer, .pesos:
        if kind == .spss { readstat_variable_set_format(variable, "F18.0") }
        readstat_variable_set_measure(variable, READSTAT_MEASURE_SCALE)
      }
      variables.append(variable)
    }
    let begin =
      kind == .stata
      ? readstat_begin_writing_dta(writer, context.toOpaque(), count)
      : readstat_begin_writing_sav(writer, context.toOpaque(), count)
    try check(begin, "begin", sink)
    var written = 0
    try rows { row in
      written += 1
      try check(readstat_begin_row(writer), "row", sink)
      for (i, value) in row.enumerated() {
        let variable = variables[i]
        let result: readstat_error_t
        switch value {
        case .missing: result = readstat_insert_missing_value(writer, variable)
        case .integer(let n): result = readstat_insert_double_value(writer, variable, Double(n))
        case .decimal(let d): result = readstat_insert_double_value(writer, variable, d)
        case .code(let c): result = readstat_insert_int32_value(writer, variable, c)
        case .date(let d):
          result = readstat_insert_double_value(
            writer, variable, kind == .stata ? stataDays(d) : spssSeconds(d))
        case .text(let t):
          let text = clipped(t, bytes: limit)
          if text.utf8.count < t.utf8.count { truncated += 1 }
          result = readstat_insert_string_value(writer, variable, text)
        }
        try check(result, table.columns[i].name, sink)
      }
      try check(readstat_end_row(writer), "row end", sink)
    }
    guard written == count else { throw WriteFailure(reason: "\(table.name): \(written) rows of \(count)") }
    try check(readstat_end_writing(writer), "end", sink)
    if sink.error == nil { _ = sink.flush() }
    if let error = sink.error { throw WriteFailure(reason: error, code: sink.code) }
    return truncated
  }

  /// Stata counts days from 1960-01-01, 3,653 days before 1970-01-01 (`Day.ordinal`'s zero).
  static func stataDays(_ d: Day) -> Double { Double(d.ordinal + 3653) }
  /// SPSS counts seconds from 1582-10-14, 141,428 days before 1970-01-01.
  static func spssSeconds(_ d: Day) -> Double { Double(d.ordinal + 141_428) * 86400 }

  /// Text cut to at most `bytes` of UTF-8 at a character boundary, without NUL (C strings).
  static func clipped(_ text: String, bytes: Int) -> String {
    // Nearly every text fits and has no NUL: it is returned as it is, without walking it.
    if text.utf8.count <= bytes, !text.utf8.contains(0) { return text }
    var out = "", used = 0
    for c in text where c != "\0" {
      let n = String(c).utf8.count
      if used + n > bytes { break }
      out.append(c)
      used += n
    }
    return out
  }

  /// `step` is only made into words when the step failed: most checks pass, millions of them.
  private static func check(
    _ error: readstat_error_t, _ step: @autoclosure () -> String, _ sink: Sink? = nil
  ) throws {
    guard error == READSTAT_OK else {
      // A write that the system refused says why (a full disk), not only that ReadStat failed.
      if let sink, let reason = sink.error { throw WriteFailure(reason: reason, code: sink.code) }
      throw WriteFailure(reason: "\(step()): " + String(cString: readstat_error_message(error)))
    }
  }

  /// Where ReadStat's bytes go: a file descriptor, through a buffer (ReadStat hands over a row
  /// at a time), with the first write error kept.
  final class Sink {
    let fd: Int32
    var error: String?
    var code: Int32?
    private var buffer: [UInt8] = []
    init(fd: Int32) { self.fd = fd }

    func write(_ bytes: UnsafeRawPointer, _ length: Int) -> Int {
      buffer.append(contentsOf: UnsafeRawBufferPointer(start: bytes, count: length))
      if buffer.count >= 1 << 20, !flush() { return -1 }
      return length
    }

    /// Writes out what is buffered; false (and `error` set) when the system refused.
    func flush() -> Bool {
      var done = 0
      defer { buffer.removeAll(keepingCapacity: true) }
      while done < buffer.count {
        let n = buffer.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + done, $0.count - done) }
        if n < 0 {
          if errno == EINTR { continue }
          code = errno
          error = String(cString: strerror(errno))
          return false
        }
        done += n
      }
      return true
    }
  }
}
