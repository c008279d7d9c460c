/// Splits CSV bytes into records in one pass (RFC 4180: quoted fields, doubled quotes inside them,
/// CRLF, LF or CR line ends), as `CSVInput` needs them: each record with its number in the file
/// (the header is 1, blank lines count), each field as a range of bytes, and where the quoting is
/// wrong.
///
/// Written here rather than taken from SwiftCSV, which the program used before: that package walks
/// `Character`s (grapheme clustering every byte) and needs the whole text as a `String` first, so
/// a 600,000-row table took seconds in parsing alone; this works on the UTF-8 bytes, where every
/// byte that matters (delimiter, quote, line end) is ASCII and cannot occur inside a multi-byte
/// character. Fields are not made into strings: a 600,000-row table has five million cells, and
/// a `String` for each was most of the command's time; a cell becomes a number straight from its
/// bytes. See docs/architecture.md.
final class CSVScanner {
  enum Fault: Error, Equatable {
    /// A quote inside an unquoted field, or text after a closing quote.
    case misplacedQuote(record: Int)
    /// A quote opened and never closed before the end of the file.
    case unclosedQuote(record: Int)
  }

  static let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

  /// The file's bytes (after any byte-order mark).
  let bytes: [UInt8]
  /// Quoted fields that held doubled quotes, with the quotes undoubled; a field whose start has
  /// `escapedBit` set lies here rather than in `bytes`.
  private(set) var escaped: [UInt8] = []
  /// Each field's range; 32 bits, as no file read is near 2 GB (`CSVInput.maximumBytes`).
  private(set) var starts: [UInt32] = [], ends: [UInt32] = []
  /// Record r's fields are `firstField[r] ..< firstField[r + 1]`.
  private(set) var firstField: [Int] = [0]
  /// Each record's number in the file.
  private(set) var numbers: [Int] = []
  /// Where each record's first line starts among the bytes.
  private(set) var recordStarts: [UInt32] = []
  /// The number the next record would have had: lines already counted, for a scan that goes on
  /// in the bytes that follow (`CSVDiskRows` scans a file piece by piece).
  private(set) var nextNumber = 1

  static let escapedBit: UInt32 = 1 << 31

  var recordCount: Int { numbers.count }
  func fieldCount(_ record: Int) -> Int { firstField[record + 1] - firstField[record] }

  /// The bytes of a record's field; an empty buffer past the record's last field.
  func withField<R>(_ record: Int, _ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows
    -> R
  {
    guard column < fieldCount(record) else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
    let f = firstField[record] + column
    let (start, end) = (starts[f], ends[f])
    if start & Self.escapedBit != 0 {
      return try escaped.withUnsafeBufferPointer {
        try body(
          UnsafeBufferPointer(rebasing: $0[Int(start & ~Self.escapedBit)..<Int(end & ~Self.escapedBit)]))
      }
    }
    return try bytes.withUnsafeBufferPointer {
      try body(UnsafeBufferPointer(rebasing: $0[Int(start)..<Int(end)]))
    }
  }

  func string(_ record: Int, _ column: Int) -> String {
    withField(record, column) { String(decoding: $0, as: UTF8.self) }
  }

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

  /// Every record of `bytes`. A line with nothing on it is not a record (of one empty field), but
  /// counts in the numbering; a record of blank fields only (spaces, tabs, line ends) is left out
  /// the same way.
  ///
  /// The ranges go into buffers sized once from a count of the delimiters and line ends (a field
  /// ends at one of them or at the end of the file), through pointers: arrays grown field by
  /// field were copied over and over, and every access to them was checked for exclusivity.
  init(_ bytes: [UInt8], delimiter: UInt8, firstNumber: Int = 1) throws(Fault) {
    self.bytes = bytes
    let n = bytes.count
    var bounds = 1
    for b in bytes where b == delimiter || b == Self.lf || b == Self.cr { bounds += 1 }
    let starts = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: bounds)
    let ends = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: bounds)
    let firstField = UnsafeMutableBufferPointer<Int>.allocate(capacity: bounds + 1)
    let numbers = UnsafeMutableBufferPointer<Int>.allocate(capacity: bounds)
    let recordStarts = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: bounds)
    defer { [starts, ends, recordStarts].forEach { $0.deallocate() } }
    defer { [firstField, numbers].forEach { $0.deallocate() } }
    var next = firstNumber
    var escaped: [UInt8] = []
    var fields = 0, records = 0
    firstField[0] = 0
    let fault: Fault? = bytes.withUnsafeBufferPointer { buffer -> Fault? in
      var record = firstNumber, i = 0, fieldStart = 0, lineStart = 0
      defer { next = record }
      // Whether the current record has any content at all, and whether its current field was a
      // quoted one already recorded (only a delimiter or a line end may follow it).
      var started = false, recorded = false
      while true {
        let b: UInt8 = i < n ? buffer[i] : Self.lf
        if i < n, b == Self.quote {
          // A quoted field: only at the start of a field.
          guard fieldStart == i, !recorded else { return .misplacedQuote(record: record) }
          started = true
          let opened = record
          i += 1
          let contentStart = i
          var doubled = false, closed = false
          while i < n {
            if buffer[i] == Self.quote {
              if i + 1 < n, buffer[i + 1] == Self.quote {
                doubled = true
                i += 2
                continue
              }
              closed = true
              break
            }
            i += 1
          }
          guard closed else { return .unclosedQuote(record: opened) }
          if doubled {
            // Undoubled into the side buffer, which the field's range then points into.
            let from = escaped.count
            var j = contentStart
            while j < i {
              escaped.append(buffer[j])
              j += buffer[j] == Self.quote ? 2 : 1
            }
            starts[fields] = UInt32(from) | Self.escapedBit
            ends[fields] = UInt32(escaped.count) | Self.escapedBit
          } else {
            starts[fields] = UInt32(contentStart)
            ends[fields] = UInt32(i)
          }
          fields += 1
          recorded = true
          i += 1
          // After the closing quote: a delimiter, a line end or the end of the file.
          guard i == n || buffer[i] == delimiter || buffer[i] == Self.lf || buffer[i] == Self.cr else {
            return .misplacedQuote(record: record)
          }
          continue
        }
        if i < n, b == delimiter {
          started = true
          if !recorded {
            starts[fields] = UInt32(fieldStart)
            ends[fields] = UInt32(i)
            fields += 1
          }
          recorded = false
          fieldStart = i + 1
        } else if b == Self.lf || b == Self.cr {
          // The end of a line (or of the file, read as one).
          if started {
            if !recorded {
              starts[fields] = UInt32(fieldStart)
              ends[fields] = UInt32(min(i, n))
              fields += 1
            }
            let first = firstField[records]
            var empty = true
            for f in first..<fields where empty {
              let (s, e) = (Int(starts[f] & ~Self.escapedBit), Int(ends[f] & ~Self.escapedBit))
              empty =
                starts[f] & Self.escapedBit != 0
                ? escaped[s..<e].allSatisfy(Self.blank) : buffer[s..<e].allSatisfy(Self.blank)
            }
            if empty {
              fields = first
            } else {
              numbers[records] = record
              recordStarts[records] = UInt32(lineStart)
              records += 1
              firstField[records] = fields
            }
          }
          started = false
          recorded = false
          // The end of the bytes closes a line without starting another.
          if i >= n { break }
          record += 1
          if b == Self.cr, i + 1 < n, buffer[i + 1] == Self.lf { i += 1 }
          fieldStart = i + 1
          lineStart = i + 1
        } else {
          started = true
        }
        i += 1
      }
      return nil
    }
    if let fault { throw fault }
    self.escaped = escaped
    self.starts = Array(starts[0..<fields])
    self.ends = Array(ends[0..<fields])
    self.firstField = Array(firstField[0...records])
    self.numbers = Array(numbers[0..<records])
    self.recordStarts = Array(recordStarts[0..<records])
    nextNumber = next
  }

  static func blank(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == lf || b == cr }
}
