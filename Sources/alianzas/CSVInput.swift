import AlianzasDomain
import AlianzasStore
import Foundation

/// A researcher's CSV file read strictly: UTF-8 (a byte-order mark is allowed), the delimiter of
/// its header line (comma, semicolon or tab, as spreadsheets in Colombia often write semicolons),
/// every data row as long as the header, blank lines skipped. Whatever is wrong is named with the
/// file, the row and, where it applies, the column. A class: reading a cell hands the table to a
/// closure, and a struct of arrays would be copied (every array retained) for each of millions.
final class CSVInput {
  struct Failure: Error {
    var text: Localized
    func message(_ language: Language) -> String { text(language) }
  }

  /// The largest file read: beyond it the problem is almost surely the wrong file.
  static let maximumBytes = 256 << 20

  let file: String
  let header: [String]
  let delimiter: Character
  /// The records, the header first; data row r is record r + 1: in memory, or on disk to be
  /// read again when asked for (`CSVDiskRows`).
  private enum Cells {
    case memory(CSVScanner)
    case disk(CSVDiskRows)
  }
  private let cells: Cells

  /// How many data rows there are, and data row r's number in the file's records (the header is 1).
  var rowCount: Int {
    switch cells {
    case .memory(let scanner): scanner.recordCount - 1
    case .disk(let rows): rows.recordCount - 1
    }
  }
  func rowNumber(_ row: Int) -> Int {
    switch cells {
    case .memory(let scanner): scanner.numbers[row + 1]
    case .disk(let rows): rows.number(row + 1)
    }
  }

  /// Whether a file read from disk could not be read again as it was first read (it changed
  /// while being read): what was read from it must not be used.
  var changedWhileRead: Bool {
    if case .disk(let rows) = cells { return rows.failed }
    return false
  }

  private func withField<R>(_ record: Int, _ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R)
    rethrows -> R
  {
    switch cells {
    case .memory(let scanner): try scanner.withField(record, column, body)
    case .disk(let rows): try rows.withField(record, column, body)
    }
  }

  private func string(_ record: Int, _ column: Int) -> String {
    withField(record, column) { String(decoding: $0, as: UTF8.self) }
  }

  /// A CSV file left on disk, its rows read again when asked for: what `alianzas import` reads,
  /// so that memory does not grow with the file. A workbook is read whole, as below.
  /// `pieceBytes`: how much of the file its scan reads at a time (smaller in tests).
  convenience init(
    onDisk path: String, sheet: String? = nil, preferredSheet: String? = nil,
    pieceBytes: Int = CSVDiskRows.pieceBytes
  ) throws(Failure) {
    let file = (path as NSString).lastPathComponent
    let workbook = path.lowercased().hasSuffix(".xlsx") || Self.startsAsZIP(path)
    if workbook || sheet != nil {
      try self.init(path: path, sheet: sheet, preferredSheet: preferredSheet)
      return
    }
    if let size = PosixFileSystem().stamp(path)?.size, size > Self.maximumBytes {
      throw Failure(text: CLI.isTooLargeMbThe.localized(file, size >> 20, Self.maximumBytes >> 20))
    }
    let rows = try CSVDiskRows(path: path, file: file, pieceBytes: pieceBytes)
    self.init(file: file, delimiter: rows.delimiter, cells: .disk(rows))
  }

  /// Whether the file's first bytes are a ZIP's (a workbook whatever its name).
  private static func startsAsZIP(_ path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    return (try? handle.read(upToCount: 4)).map { Array($0) == [0x50, 0x4B, 0x03, 0x04] } ?? false
  }

  private init(file: String, delimiter: UInt8, cells: Cells) {
    self.file = file
    self.delimiter = Character(Unicode.Scalar(delimiter))
    self.cells = cells
    let count: Int
    switch cells {
    case .memory(let scanner): count = scanner.recordCount == 0 ? 0 : scanner.fieldCount(0)
    case .disk(let rows): count = rows.recordCount == 0 ? 0 : rows.fieldCount(0)
    }
    var header: [String] = []
    for c in 0..<count {
      switch cells {
      case .memory(let scanner): header.append(scanner.string(0, c).trimmingCharacters(in: .whitespaces))
      case .disk(let rows):
        header.append(
          rows.withField(0, c) { String(decoding: $0, as: UTF8.self) }.trimmingCharacters(in: .whitespaces))
      }
    }
    self.header = header
  }

  /// Reads `path` from disk; its name (not its folder) is what messages show. An Excel workbook
  /// (.xlsx) is read too: its first sheet, or `sheet`.
  convenience init(path: String, sheet: String? = nil, preferredSheet: String? = nil) throws(Failure) {
    let file = (path as NSString).lastPathComponent
    let bytes: [UInt8]
    do {
      if let size = PosixFileSystem().stamp(path)?.size, size > Self.maximumBytes {
        throw Failure(
          text: CLI.isTooLargeMbThe.localized(file, size >> 20, Self.maximumBytes >> 20))
      }
      bytes = try PosixFileSystem().read(path, followingLinks: true)
    } catch let failure as Failure {
      throw failure
    } catch let error as FileError {
      throw Failure(
        text: CLI.couldNotBeRead.localized(file, error.reason.localized))
    } catch {
      throw Failure(text: CLI.couldNotBeRead2.localized(file))
    }
    // A workbook by its content (a ZIP) or its name; a ".xlsx" that is no ZIP is said to be so.
    let zip = bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
    if zip || path.lowercased().hasSuffix(".xlsx") {
      do {
        try self.init(bytes: XLSXSheet(path: path, sheet: sheet, preferred: preferredSheet).csv, file: file)
      } catch let failure as Failure {
        throw failure
      } catch let failure as XLSXSheet.Failure {
        switch failure {
        case .notAWorkbook: throw Failure(text: CLI.xlsxNotAWorkbook.localized(file))
        case .damaged(let part): throw Failure(text: CLI.xlsxDamaged.localized(file, part))
        case .noSheet(let name, let sheets):
          throw Failure(text: CLI.xlsxNoSheet.localized(file, name, sheets.joined(separator: ", ")))
        }
      } catch {
        throw Failure(text: CLI.couldNotBeRead2.localized(file))
      }
      return
    }
    guard sheet == nil else { throw Failure(text: CLI.sheetIsForWorkbooks.localized(file)) }
    try self.init(bytes: bytes, file: file)
  }

  convenience init(bytes: [UInt8], file: String) throws(Failure) {
    var body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    // ASCII is UTF-8; only a file with other bytes needs checking: UTF-8, or else Windows-1252
    // (what Excel in Spanish writes for "CSV"), or the line where it stops being either.
    if body.contains(where: { $0 >= 0x80 }) { body = try Self.utf8(body, file: file) }
    let blank: (UInt8) -> Bool = { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }
    guard !body.allSatisfy(blank) else {
      throw Failure(text: CLI.isEmpty.localized(file))
    }
    let separator = CSVScanner.delimiter(body[...])
    let cells: CSVScanner
    do {
      cells = try CSVScanner(body, delimiter: separator)
    } catch {
      switch error {
      case .unclosedQuote(let row): throw Failure(text: CLI.rowOpensQuotesThatAre.localized(file, row))
      case .misplacedQuote(let row): throw Self.quoteFailure(file: file, row: row)
      }
    }
    let fields = cells.recordCount == 0 ? 0 : cells.fieldCount(0)
    for record in 1..<max(1, cells.recordCount) where cells.fieldCount(record) != fields {
      throw Failure(
        text: CLI.rowHasValuesButThe.localized(
          file, cells.numbers[record], cells.fieldCount(record), fields))
    }
    self.init(file: file, delimiter: separator, cells: .memory(cells))
  }

  /// `cell` without the spaces around it. Most cells have none: only a cell that starts or ends
  /// with one (a space, a tab, a no-break space) pays for trimming.
  static func trimmed(_ cell: String) -> String {
    guard let first = cell.unicodeScalars.first, let last = cell.unicodeScalars.last else { return cell }
    // `.whitespaces` is the tab and the space separators (Unicode category Zs).
    func blank(_ s: Unicode.Scalar) -> Bool {
      s.isASCII ? s == " " || s == "\t" : s.properties.generalCategory == .spaceSeparator
    }
    return blank(first) || blank(last) ? cell.trimmingCharacters(in: .whitespaces) : cell
  }

  /// Data row `row`'s cell in `column`, without the spaces around it.
  func text(_ row: Int, _ column: Int) -> String { Self.trimmed(string(row + 1, column)) }

  /// The position of a named column, refusing names that are missing or repeated.
  func column(_ name: String) throws(Failure) -> Int {
    let wanted = name.trimmingCharacters(in: .whitespaces)
    let matches = header.indices.filter { header[$0] == wanted }
    guard let first = matches.first else {
      throw Failure(
        text: CLI.thereIsNoColumnColumns.localized(file, name, header.joined(separator: ", ")))
    }
    guard matches.count == 1 else {
      let positions = matches.map { String($0 + 1) }.joined(separator: ", ")
      throw Failure(
        text: CLI.theColumnAppearsTimesIn.localized(file, name, matches.count, positions))
    }
    return first
  }

  /// Data row `row`'s cell in `column` as a number in plain notation (`12`, `-3.5`, `1e3`; with a
  /// semicolon or tab delimiter also `3,5`), or the reason it is not one.
  func number(_ row: Int, _ column: Int) throws(Failure) -> Double {
    let outcome: Result<Double, Failure> = withField(row + 1, column) { raw in
      // A cell of ASCII bytes is read from them; one with other characters (a no-break space
      // around it, a digit of another script) takes the careful way through a string.
      guard raw.allSatisfy({ $0 < 0x80 }) else { return number(row, column, text: text(row, column)) }
      var start = 0, end = raw.count
      while start < end, raw[start] == 32 || raw[start] == 9 { start += 1 }
      while end > start, raw[end - 1] == 32 || raw[end - 1] == 9 { end -= 1 }
      let trimmed = UnsafeBufferPointer(rebasing: raw[start..<end])
      if delimiter != ",", trimmed.contains(UInt8(ascii: ",")) {
        return number(row, column, text: String(decoding: trimmed, as: UTF8.self))
      }
      guard let value = PlainNumber.parse(trimmed) else {
        return number(row, column, text: String(decoding: trimmed, as: UTF8.self))
      }
      guard value.isFinite else { return number(row, column, text: String(decoding: trimmed, as: UTF8.self)) }
      return .success(value)
    }
    return try outcome.get()
  }

  /// The careful reading of a cell's (trimmed) text, with the reason when it is not a number.
  private func number(_ row: Int, _ column: Int, text raw: String) -> Result<Double, Failure> {
    func fail(_ reason: Localized) -> Result<Double, Failure> {
      .failure(Failure(text: CLI.rowColumnReason.localized(file, rowNumber(row), header[column], reason)))
    }
    guard !raw.isEmpty else { return fail(CLI.valueMissing.localized()) }
    var shown: String { raw.count > 40 ? String(raw.prefix(40)) + "…" : raw }
    var plain = raw
    if delimiter != ",", raw.utf8.contains(UInt8(ascii: ",")), !raw.utf8.contains(UInt8(ascii: ".")) {
      plain = raw.replacingOccurrences(of: ",", with: ".")
    }
    var utf8 = Array(plain.utf8)
    guard let value = utf8.withUnsafeMutableBufferPointer({ PlainNumber.parse(UnsafeBufferPointer($0)) })
    else {
      return fail(CLI.notANumber.localized(shown))
    }
    guard value.isFinite else { return fail(CLI.numberTooLarge.localized(shown)) }
    return .success(value)
  }

  /// The text as UTF-8: as it is when it is UTF-8; converted when it is Windows-1252, which is
  /// taken to be the case when no byte in it starts a valid UTF-8 sequence (a UTF-8 file damaged
  /// in one place still has its other accented letters whole, and is refused rather than read as
  /// "CafÃ©"); else the line where it stops being UTF-8.
  static func utf8(_ bytes: [UInt8], file: String) throws(Failure) -> [UInt8] {
    if String(validating: bytes, as: UTF8.self) != nil { return bytes }
    if !containsUTF8Sequence(bytes), let text = String(data: Data(bytes), encoding: .windowsCP1252) {
      return Array(text.utf8)
    }
    var line = 1
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
      case .emptyInput: break loop
      case .error: break loop
      }
    }
    throw Failure(
      text: CLI.lineNotUtfTextSave.localized(file, line))
  }

  /// Whether some byte starts a well-formed multi-byte UTF-8 sequence.
  static func containsUTF8Sequence(_ bytes: [UInt8]) -> Bool {
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      let length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 1
      if length > 1, i + length <= bytes.count,
        bytes[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }),
        String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil
      {
        return true
      }
      i += 1
    }
    return false
  }

  static func quoteFailure(file: String, row: Int) -> Failure {
    Failure(
      text: CLI.rowMisplacedQuotesAQuote.localized(file, row))
  }
}
