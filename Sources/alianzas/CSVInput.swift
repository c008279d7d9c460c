import AlianzasDomain
import AlianzasStore
import Foundation

/// A researcher's CSV file read strictly: UTF-8 (a byte-order mark is allowed), the delimiter of
/// its header line (comma, semicolon or tab, as spreadsheets in Colombia often write semicolons),
/// every data row as long as the header, blank lines skipped. Whatever is wrong is named with the
/// file, the row and, where it applies, the column.
struct CSVInput {
  struct Failure: Error {
    var text: Localized
    func message(_ language: Language) -> String { text(language) }
  }

  /// The largest file read: beyond it the problem is almost surely the wrong file.
  static let maximumBytes = 256 << 20

  let file: String
  let header: [String]
  /// Data rows with their row number in the file's records (the header is row 1).
  let rows: [(number: Int, fields: [String])]
  let delimiter: Character

  /// Reads `path` from disk; its name (not its folder) is what messages show.
  init(path: String) throws(Failure) {
    let file = (path as NSString).lastPathComponent
    let bytes: [UInt8]
    do {
      if let size = PosixFileSystem().stamp(path)?.size, size > Self.maximumBytes {
        throw Failure(
          text: CLI.isTooLargeMbThe.localized(file, size >> 20, Self.maximumBytes >> 20))
      }
      bytes = try PosixFileSystem().read(path)
    } catch let failure as Failure {
      throw failure
    } catch let error as FileError {
      throw Failure(
        text: CLI.couldNotBeRead.localized(file, error.reason.localized))
    } catch {
      throw Failure(text: CLI.couldNotBeRead2.localized(file))
    }
    try self.init(bytes: bytes, file: file)
  }

  init(bytes: [UInt8], file: String) throws(Failure) {
    self.file = file
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    // ASCII is UTF-8; only a file with other bytes needs checking, which names the bad line.
    if body.contains(where: { $0 >= 0x80 }) { try Self.validate(bytes, file: file) }
    let blank: (UInt8) -> Bool = { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }
    guard !body.allSatisfy(blank) else {
      throw Failure(text: CLI.isEmpty.localized(file))
    }
    let separator = CSVScanner.delimiter(body)
    delimiter = Character(Unicode.Scalar(separator))
    var header: [String]?
    var rows: [(number: Int, fields: [String])] = []
    var mismatched: Int?
    var last = 1
    do {
      try CSVScanner.records(body, delimiter: separator) { number, fields in
        last = number
        guard let columns = header?.count else {
          header = fields.map { $0.trimmingCharacters(in: .whitespaces) }
          return
        }
        if fields.allSatisfy({ $0.utf8.allSatisfy(blank) }) { return }
        if fields.count != columns, mismatched == nil { mismatched = number }
        rows.append((number, fields))
      }
    } catch CSVScanner.Fault.unclosedQuote(let row) {
      throw Failure(text: CLI.rowOpensQuotesThatAre.localized(file, row))
    } catch CSVScanner.Fault.misplacedQuote(let row) {
      throw Self.quoteFailure(file: file, row: row)
    } catch {
      throw Self.quoteFailure(file: file, row: last)
    }
    self.header = header ?? []
    if let row = mismatched, let fields = rows.first(where: { $0.number == row })?.fields {
      throw Failure(
        text: CLI.rowHasValuesButThe.localized(file, row, fields.count, self.header.count))
    }
    self.rows = rows
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

  /// A number in plain notation (`12`, `-3.5`, `1e3`; with a semicolon delimiter also `3,5`),
  /// or the reason it is not one.
  func number(_ row: (number: Int, fields: [String]), _ column: Int) throws(Failure) -> Double {
    let name = header[column]
    let raw = Self.trimmed(column < row.fields.count ? row.fields[column] : "")
    func fail(_ reason: Localized) -> Failure {
      Failure(text: CLI.rowColumnReason.localized(file, row.number, name, reason))
    }
    guard !raw.isEmpty else { throw fail(CLI.valueMissing.localized()) }
    var shown: String { raw.count > 40 ? String(raw.prefix(40)) + "…" : raw }
    var plain = raw
    if delimiter != ",", raw.utf8.contains(UInt8(ascii: ",")), !raw.utf8.contains(UInt8(ascii: ".")) {
      plain = raw.replacingOccurrences(of: ",", with: ".")
    }
    guard Self.isPlainNumber(plain), let value = Double(plain) else {
      throw fail(CLI.notANumber.localized(shown))
    }
    guard value.isFinite else { throw fail(CLI.numberTooLarge.localized(shown)) }
    return value
  }

  /// Digits with an optional sign, point and exponent: what `Double` would also take as hex,
  /// `nan` or `infinity` is refused, since no spreadsheet writes those for a measurement.
  static func isPlainNumber(_ text: String) -> Bool {
    if let plain = text.utf8.withContiguousStorageIfAvailable({ isPlainNumber($0[...]) }) { return plain }
    var text = text
    return text.withUTF8 { isPlainNumber($0[...]) }
  }

  static func isPlainNumber(_ utf8: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    var bytes = utf8
    if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
      bytes = bytes.dropFirst()
    }
    var digits = 0, i = bytes.startIndex
    func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
    while i < bytes.endIndex, isDigit(bytes[i]) { digits += 1; i += 1 }
    if i < bytes.endIndex, bytes[i] == UInt8(ascii: ".") {
      i += 1
      while i < bytes.endIndex, isDigit(bytes[i]) { digits += 1; i += 1 }
    }
    guard digits > 0 else { return false }
    if i < bytes.endIndex, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
      i += 1
      if i < bytes.endIndex, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      var exponent = 0
      while i < bytes.endIndex, isDigit(bytes[i]) { exponent += 1; i += 1 }
      guard exponent > 0 else { return false }
    }
    return i == bytes.endIndex
  }

  /// Nothing when the file is UTF-8, else the line where it stops being UTF-8.
  static func validate(_ bytes: [UInt8], file: String) throws(Failure) {
    if String(validating: bytes, as: UTF8.self) != nil { return }
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

  static func quoteFailure(file: String, row: Int) -> Failure {
    Failure(
      text: CLI.rowMisplacedQuotesAQuote.localized(file, row))
  }
}
