import AlianzasDomain
import AlianzasStore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A CSV file's records kept on disk and read again when asked for, so that reading a file of any
/// length holds a few bytes per row rather than the file: `alianzas import` keeps each checked
/// row as its place in the file and reads it again when it saves (see docs/architecture.md).
///
/// The file is scanned once, piece by piece (each piece ends at a line end outside quotes), for
/// what `CSVInput` checks of a whole file in memory: its encoding, its quoting, every record as
/// long as the header. What is kept is each record's first byte and its number. A record asked
/// for is read with the ones after it into a window; the window grows while rows are asked for in
/// order and shrinks to one row when they jump, so a file read in order is read in long runs and
/// a shuffled one a row at a time.
final class CSVDiskRows {
  /// A piece of the file scanned at a time (a piece grows past it only for a longer record).
  static let pieceBytes = 1 << 20
  /// The most records a window holds.
  static let windowRecords = 4096

  let file: String
  let delimiter: UInt8
  /// Windows-1252 bytes, converted to UTF-8 as each window is read.
  let windows1252: Bool
  private let descriptor: Int32
  /// Record r's first byte in the file; the end of the last record at the end.
  private let starts: [UInt32]
  private let numbers: [Int32]
  /// The file's size and modification time when it was scanned: a file changed since is not
  /// read as if it were the same.
  private let stamp: (size: Int, modified: timespec)

  private var window: CSVScanner?
  private var windowFirst = 0
  private var windowSpan = 1
  /// Set when a window could not be read as the scan found it (the file changed meanwhile, or a
  /// disk error): its rows then read as empty, and the import refuses to save.
  private(set) var failed = false

  var recordCount: Int { numbers.count }
  func number(_ record: Int) -> Int { Int(numbers[record]) }

  /// Scans `path` (its name `file` in messages), refusing what `CSVInput` refuses with the same
  /// messages; `pieceBytes` is smaller in tests, to put piece ends everywhere.
  init(path: String, file: String, pieceBytes: Int = CSVDiskRows.pieceBytes) throws(CSVInput.Failure) {
    self.file = file
    // Why it cannot be read, said as a whole file's reading says it (it does not exist, it is a
    // folder, permission).
    func refusal(_ code: Int32) -> CSVInput.Failure {
      CSVInput.Failure(
        text: CLI.couldNotBeRead.localized(
          file, FileError(path: path, operation: .read, code: code).reason.localized))
    }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw refusal(errno) }
    self.descriptor = descriptor
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      let code = errno
      close(descriptor)
      throw refusal(code)
    }
    guard status.st_mode & S_IFMT == S_IFREG else {
      close(descriptor)
      throw refusal(status.st_mode & S_IFMT == S_IFDIR ? EISDIR : FileError.notRegularFile)
    }
    stamp = (Int(status.st_size), status.st_mtim)
    do throws(CSVInput.Failure) {
      let scan = try Scan(descriptor: descriptor, file: file, pieceBytes: pieceBytes)
      delimiter = scan.delimiter
      windows1252 = scan.windows1252
      starts = scan.starts
      numbers = scan.numbers
    } catch {
      close(descriptor)
      throw error
    }
  }

  deinit { close(descriptor) }

  /// The bytes of a record's field (record 0 is the header); empty past the record's last field,
  /// and when the record could not be read again (then `failed` is set).
  func withField<R>(_ record: Int, _ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows
    -> R
  {
    guard let (scanner, index) = locate(record) else {
      return try body(UnsafeBufferPointer(start: nil, count: 0))
    }
    return try scanner.withField(index, column, body)
  }

  /// How many fields a record has (0 when it could not be read again).
  func fieldCount(_ record: Int) -> Int { locate(record).map { $0.0.fieldCount($0.1) } ?? 0 }

  private func locate(_ record: Int) -> (CSVScanner, Int)? {
    if let window, record >= windowFirst, record < windowFirst + window.recordCount {
      return (window, record - windowFirst)
    }
    // The record just after the window: rows are being read in order, so read more of them.
    let inOrder = window.map { record == windowFirst + $0.recordCount } ?? false
    windowSpan = inOrder ? min(windowSpan * 2, Self.windowRecords) : 1
    guard let scanner = read(record..<min(record + windowSpan, recordCount)) else {
      failed = true
      window = nil
      return nil
    }
    window = scanner
    windowFirst = record
    return (scanner, 0)
  }

  /// The records `range` as the scan found them, or nil when the file no longer has them.
  private func read(_ range: Range<Int>) -> CSVScanner? {
    var status = stat()
    guard fstat(descriptor, &status) == 0, Int(status.st_size) == stamp.size,
      status.st_mtim.tv_sec == stamp.modified.tv_sec, status.st_mtim.tv_nsec == stamp.modified.tv_nsec
    else { return nil }
    let from = Int(starts[range.lowerBound]), to = Int(starts[range.upperBound])
    var bytes = [UInt8](repeating: 0, count: to - from)
    let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, to - from, off_t(from)) }
    guard count == to - from else { return nil }
    if windows1252 {
      guard let text = String(data: Data(bytes), encoding: .windowsCP1252) else { return nil }
      bytes = Array(text.utf8)
    }
    guard
      let scanner = try? CSVScanner(bytes, delimiter: delimiter, firstNumber: Int(numbers[range.lowerBound])),
      scanner.recordCount == range.count
    else { return nil }
    return scanner
  }

  /// The one pass over the file.
  private struct Scan {
    var delimiter = UInt8(ascii: ",")
    var windows1252 = false
    var starts: [UInt32] = []
    var numbers: [Int32] = []

    init(descriptor: Int32, file: String, pieceBytes: Int) throws(CSVInput.Failure) {
      var offset = 0, nextNumber = 1, lines = 1
      var carried: [UInt8] = []
      var headerFields: Int?
      var atStart = true, ended = false, delimiterKnown = false
      // What the whole file turns out to be: all UTF-8; some byte starting a UTF-8 sequence;
      // readable as Windows-1252; all blank. And the first line that is not UTF-8.
      var utf8 = true, hasSequence = false, readsAs1252 = true, blank = true
      var badLine: Int?
      // The first quoting fault and the first row of the wrong length: a file read whole is
      // refused for its quoting before any row is counted, so that comes first here too.
      var fault: CSVInput.Failure?, lengthFault: CSVInput.Failure?
      var chunk = [UInt8](repeating: 0, count: pieceBytes)
      while !ended {
        let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, pieceBytes) }
        guard count >= 0 else { throw CSVInput.Failure(text: CLI.couldNotBeRead2.localized(file)) }
        ended = count == 0
        carried += chunk[0..<count]
        if atStart {
          // A byte-order mark opens the file only; the first line says the delimiter.
          guard carried.count >= 3 || ended else { continue }
          if carried.starts(with: [0xEF, 0xBB, 0xBF]) {
            carried.removeFirst(3)
            offset = 3
          }
          atStart = false
        }
        let end = ended ? carried.count : Self.lastLineEnd(carried)
        guard let end, end > 0 else { continue }
        let piece = Array(carried[0..<end])
        carried.removeFirst(end)
        let blankPiece = piece.allSatisfy(CSVScanner.blank)
        blank = blank && blankPiece
        // The first line with something on it says the delimiter.
        if !delimiterKnown, !blankPiece {
          delimiter = CSVScanner.delimiter(piece[...])
          delimiterKnown = true
        }
        if piece.contains(where: { $0 >= 0x80 }), String(validating: piece, as: UTF8.self) == nil {
          if utf8 { badLine = lines + Self.linesBeforeInvalid(piece) }
          utf8 = false
          hasSequence = hasSequence || CSVInput.containsUTF8Sequence(piece)
          readsAs1252 = readsAs1252 && String(data: Data(piece), encoding: .windowsCP1252) != nil
        } else if piece.contains(where: { $0 >= 0x80 }) {
          hasSequence = true
        }
        lines += piece.reduce(0) { $0 + ($1 == CSVScanner.lf ? 1 : 0) }
        if fault == nil {
          do {
            let scanner = try CSVScanner(piece, delimiter: delimiter, firstNumber: nextNumber)
            nextNumber = scanner.nextNumber
            for record in 0..<scanner.recordCount {
              let fields = scanner.fieldCount(record)
              if let expected = headerFields, fields != expected, lengthFault == nil {
                lengthFault = CSVInput.Failure(
                  text: CLI.rowHasValuesButThe.localized(file, scanner.numbers[record], fields, expected))
              }
              headerFields = headerFields ?? fields
              starts.append(UInt32(offset + Int(scanner.recordStarts[record])))
              numbers.append(Int32(scanner.numbers[record]))
            }
          } catch {
            switch error {
            case .unclosedQuote(let row):
              fault = CSVInput.Failure(text: CLI.rowOpensQuotesThatAre.localized(file, row))
            case .misplacedQuote(let row): fault = CSVInput.quoteFailure(file: file, row: row)
            }
          }
        }
        offset += end
      }
      // The same order of refusals as a file read whole: its encoding, its emptiness, its rows.
      if !utf8, hasSequence || !readsAs1252 {
        throw CSVInput.Failure(text: CLI.lineNotUtfTextSave.localized(file, badLine ?? 1))
      }
      windows1252 = !utf8
      if blank { throw CSVInput.Failure(text: CLI.isEmpty.localized(file)) }
      if let fault = fault ?? lengthFault { throw fault }
      starts.append(UInt32(offset))
    }

    /// Just past the last line end outside quotes, when the bytes have one whose end is certain
    /// (a CR is one only when a byte other than LF follows it); nil otherwise.
    static func lastLineEnd(_ bytes: [UInt8]) -> Int? {
      var quoted = false, last: Int?
      for i in bytes.indices {
        let b = bytes[i]
        if b == CSVScanner.quote {
          quoted.toggle()
        } else if !quoted {
          if b == CSVScanner.lf {
            last = i + 1
          } else if b == CSVScanner.cr, i + 1 < bytes.count, bytes[i + 1] != CSVScanner.lf {
            last = i + 1
          }
        }
      }
      return last
    }

    /// How many lines of `bytes` come before its first byte that is not UTF-8.
    static func linesBeforeInvalid(_ bytes: [UInt8]) -> Int {
      var line = 0
      var iterator = bytes.makeIterator()
      var decoder = UTF8()
      while true {
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
        case .emptyInput, .error: return line
        }
      }
    }
  }
}
