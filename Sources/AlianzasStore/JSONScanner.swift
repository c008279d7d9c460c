import AlianzasDomain

/// A strict single-pass JSON checker. Foundation's decoder neither says where a syntax error is
/// nor notices repeated keys; this scanner does both, refuses hostile nesting, and can find the
/// line on which a given value stands so every problem can be reported as `path:line: reason`.
struct JSONScanner {
  enum PathComponent: Equatable {
    case key(String)
    case index(Int)
  }

  struct Failure: Error, Equatable {
    var line: Int
    var column: Int
    var reason: Localized
  }

  static let maximumDepth = 64

  private let bytes: [UInt8]
  private var position = 0
  private var line = 1
  private var lineStart = 0
  private var target: [PathComponent]?
  private var path: [PathComponent] = []
  private(set) var foundLine: Int?

  private init(_ bytes: [UInt8], target: [PathComponent]?) {
    self.bytes = bytes
    self.target = target
  }

  /// Throws the first problem in `bytes`, with its line and column.
  static func check(_ bytes: [UInt8]) throws(Failure) {
    var scanner = JSONScanner(bytes, target: nil)
    try scanner.document()
  }

  /// The line where the value at `path` starts, when the text is readable that far.
  static func line(of path: [PathComponent], in bytes: [UInt8]) -> Int? {
    var scanner = JSONScanner(bytes, target: path)
    if path.isEmpty { return 1 }
    do { try scanner.document() } catch {}
    return scanner.foundLine
  }

  private mutating func document() throws(Failure) {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    skipSpace()
    try value(depth: 0)
    skipSpace()
    if position < bytes.count {
      throw fail(.textAfterEnd)
    }
  }

  private func fail(_ text: StoreText) -> Failure {
    Failure(line: line, column: position - lineStart + 1, reason: text.localized)
  }

  private mutating func skipSpace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0D: position += 1
      case 0x0A:
        position += 1
        line += 1
        lineStart = position
      default: return
      }
    }
  }

  private mutating func value(depth: Int) throws(Failure) {
    if let target, foundLine == nil, path == target { foundLine = line }
    guard position < bytes.count else {
      throw fail(.endsBeforeValue)
    }
    guard depth < JSONScanner.maximumDepth else {
      throw fail(.nestedTooDeep(JSONScanner.maximumDepth))
    }
    switch bytes[position] {
    case UInt8(ascii: "{"): try object(depth: depth + 1)
    case UInt8(ascii: "["): try array(depth: depth + 1)
    case UInt8(ascii: "\""): _ = try string()
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
    default:
      let c = Self.show(bytes[position])
      throw fail(.unexpectedCharacter(String(c)))
    }
  }

  private mutating func object(depth: Int) throws(Failure) {
    position += 1
    skipSpace()
    var keys = Set<String>()
    if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
      position += 1
      return
    }
    while true {
      skipSpace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
        throw position < bytes.count
          ? fail(.expectedKey)
          : fail(.endsInsideObject)
      }
      let keyLine = line
      let key = try string()
      if !keys.insert(key).inserted {
        throw Failure(
          line: keyLine, column: 1,
          reason: StoreText.duplicateKey(key).localized)
      }
      skipSpace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
        throw fail(.expectedColon)
      }
      position += 1
      skipSpace()
      path.append(.key(key))
      try value(depth: depth)
      path.removeLast()
      skipSpace()
      guard position < bytes.count else {
        throw fail(.endsInsideObject)
      }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
        continue
      }
      if bytes[position] == UInt8(ascii: "}") {
        position += 1
        return
      }
      throw fail(.expectedCommaOrBrace)
    }
  }

  private mutating func array(depth: Int) throws(Failure) {
    position += 1
    skipSpace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
      position += 1
      return
    }
    var index = 0
    while true {
      skipSpace()
      path.append(.index(index))
      try value(depth: depth)
      path.removeLast()
      index += 1
      skipSpace()
      guard position < bytes.count else {
        throw fail(.endsInsideList)
      }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
        continue
      }
      if bytes[position] == UInt8(ascii: "]") {
        position += 1
        return
      }
      throw fail(.expectedCommaOrBracket)
    }
  }

  private mutating func string() throws(Failure) -> String {
    position += 1
    let start = position
    while position < bytes.count {
      let b = bytes[position]
      if b == UInt8(ascii: "\"") {
        let raw = bytes[start..<position]
        position += 1
        guard let text = String(validating: raw, as: UTF8.self) else {
          throw Failure(
            line: line, column: start - lineStart + 1,
            reason: StoreText.invalidUTF8.localized)
        }
        return text
      }
      if b == UInt8(ascii: "\\") {
        position += 1
        guard position < bytes.count else { break }
        switch bytes[position] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
          UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          position += 1
        case UInt8(ascii: "u"):
          guard let unit = hexUnit(at: position + 1) else { throw fail(.unicodeEscapeDigits) }
          position += 5
          // A UTF-16 surrogate must come in a pair (high then low); alone it is no character.
          if (0xDC00...0xDFFF).contains(unit) { throw fail(.loneSurrogate) }
          if (0xD800...0xDBFF).contains(unit) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
              bytes[position + 1] == UInt8(ascii: "u"), let low = hexUnit(at: position + 2),
              (0xDC00...0xDFFF).contains(low)
            else { throw fail(.loneSurrogate) }
            position += 6
          }
        default:
          let c = Self.show(bytes[position])
          throw fail(.unknownEscape(String(c)))
        }
        continue
      }
      if b < 0x20 {
        throw fail(.controlCharacter)
      }
      position += 1
    }
    throw fail(.endsInsideString)
  }

  private mutating func number() throws(Failure) {
    let start = position
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    func digits() -> Int {
      let from = position
      while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
        position += 1
      }
      return position - from
    }
    let intStart = position
    let count = digits()
    guard count > 0 else { throw fail(.numberNeedsDigits) }
    if count > 1 && bytes[intStart] == UInt8(ascii: "0") {
      throw fail(.numberLeadingZero)
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      position += 1
      guard digits() > 0 else {
        throw fail(.decimalNeedsDigits)
      }
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
      position += 1
      if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")
      {
        position += 1
      }
      guard digits() > 0 else {
        throw fail(.exponentNeedsDigits)
      }
    }
    if position - start > 40 {
      throw Failure(
        line: line, column: start - lineStart + 1,
        reason: StoreText.numberTooLong.localized)
    }
    // No field of a store holds a number beyond 10^18 (every amount, count and measure is far
    // below), and a decoder would round such a number or refuse it without saying where.
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    guard let value = Double(text), value.isFinite, abs(value) <= 1e18 else {
      throw Failure(
        line: line, column: start - lineStart + 1, reason: StoreText.numberOutOfRange.localized)
    }
  }

  /// The four hex digits at `index` as a UTF-16 unit.
  private func hexUnit(at index: Int) -> UInt32? {
    guard index + 3 < bytes.count, bytes[index...(index + 3)].allSatisfy({ Self.isHex($0) }) else {
      return nil
    }
    return UInt32(String(decoding: bytes[index...(index + 3)], as: UTF8.self), radix: 16)
  }

  private mutating func literal(_ word: String) throws(Failure) {
    let expected = Array(word.utf8)
    guard position + expected.count <= bytes.count,
      Array(bytes[position..<(position + expected.count)]) == expected
    else {
      throw fail(.unexpectedWord(word))
    }
    position += expected.count
  }

  private static func hex(_ b: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "0x" + String(digits[Int(b >> 4)]) + String(digits[Int(b & 15)])
  }

  private static func isHex(_ b: UInt8) -> Bool {
    (48...57).contains(b) || (65...70).contains(b) || (97...102).contains(b)
  }

  private static func show(_ b: UInt8) -> String {
    (0x21..<0x7F).contains(b) ? String(UnicodeScalar(b)) : hex(b)
  }
}
