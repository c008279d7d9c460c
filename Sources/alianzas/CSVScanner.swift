/// Splits CSV bytes into records in one pass (RFC 4180: quoted fields, doubled quotes inside them,
/// CRLF, LF or CR line ends), as `CSVInput` needs them: fields as strings, each record with its
/// number in the file (the header is 1, blank lines count), and where the quoting is wrong.
///
/// Written here rather than taken from SwiftCSV, which the program used before: that package walks
/// `Character`s (grapheme clustering every byte) and needs the whole text as a `String` first, so
/// a 600,000-row table took seconds in parsing alone; this works on the UTF-8 bytes, where every
/// byte that matters (delimiter, quote, line end) is ASCII and cannot occur inside a multi-byte
/// character. See docs/architecture.md.
enum CSVScanner {
  enum Fault: Error, Equatable {
    /// A quote inside an unquoted field, or text after a closing quote.
    case misplacedQuote(record: Int)
    /// A quote opened and never closed before the end of the file.
    case unclosedQuote(record: Int)
  }

  static let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

  /// The delimiter of the first non-blank line: the first comma, tab or semicolon outside quotes,
  /// comma when there is none (a table of one column).
  static func delimiter(_ bytes: ArraySlice<UInt8>) -> UInt8 {
    var i = bytes.startIndex
    while i < bytes.endIndex, [lf, cr, UInt8(ascii: " ")].contains(bytes[i]) { i += 1 }
    var quoted = false
    while i < bytes.endIndex {
      let b = bytes[i]
      if b == quote {
        quoted.toggle()
      } else if !quoted {
        if b == lf || b == cr { break }
        if b == UInt8(ascii: ",") || b == 9 || b == UInt8(ascii: ";") { return b }
      }
      i += 1
    }
    return UInt8(ascii: ",")
  }

  /// Every record, with its number. `each` gets the record's number and fields.
  static func records(
    _ bytes: ArraySlice<UInt8>, delimiter: UInt8, each: (Int, [String]) throws -> Void
  ) throws -> Void {
    try bytes.withUnsafeBufferPointer { buffer in
      var fields: [String] = []
      var field: [UInt8] = []
      var record = 1
      var i = 0
      let n = buffer.count
      // Whether the current record has any content at all (a line with nothing is not a record
      // of one empty field).
      var started = false
      func endField() {
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
      }
      func endRecord() throws {
        if started {
          endField()
          try each(record, fields)
          fields.removeAll(keepingCapacity: true)
        }
        started = false
        record += 1
      }
      while i < n {
        let b = buffer[i]
        if b == quote {
          // A quoted field: only at the start of a field (after a closing quote the loop below
          // has already required a delimiter or a line end).
          guard field.isEmpty else { throw Fault.misplacedQuote(record: record) }
          started = true
          let opened = record
          i += 1
          var closed = false
          while i < n {
            let c = buffer[i]
            if c == quote {
              if i + 1 < n, buffer[i + 1] == quote {
                field.append(quote)
                i += 2
                continue
              }
              closed = true
              i += 1
              break
            }
            field.append(c)
            i += 1
          }
          guard closed else { throw Fault.unclosedQuote(record: opened) }
          // After the closing quote: a delimiter, a line end or the end of the file.
          if i < n, buffer[i] != delimiter, buffer[i] != lf, buffer[i] != cr {
            throw Fault.misplacedQuote(record: record)
          }
          continue
        }
        if b == delimiter {
          started = true
          endField()
        } else if b == lf {
          try endRecord()
        } else if b == cr {
          if i + 1 < n, buffer[i + 1] == lf { i += 1 }
          try endRecord()
        } else {
          started = true
          field.append(b)
        }
        i += 1
      }
      try endRecord()
    }
  }
}
