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
  /// Where the scan stands; kept only when a line is looked for (`target`).
  private var path: [PathComponent] = []
  private(set) var foundLine: Int?
  /// The keys of the objects being read, innermost last, as byte ranges: a repeated key is found
  /// by comparing bytes, without making a string of every key (most of a check's time before).
  private var keys: [Range<Int>] = []

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
    case UInt8(ascii: "t"): try literal(Self.trueWord, "true")
    case UInt8(ascii: "f"): try literal(Self.falseWord, "false")
    case UInt8(ascii: "n"): try literal(Self.nullWord, "null")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
    default:
      let c = Self.show(bytes[position])
      throw fail(.unexpectedCharacter(String(c)))
    }
  }

  private mutating func object(depth: Int) throws(Failure) {
    position += 1
    skipSpace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
      position += 1
      return
    }
    let firstKey = keys.count
    defer { keys.removeSubrange(firstKey...) }
    while true {
      skipSpace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
        throw position < bytes.count
          ? fail(.expectedKey)
          : fail(.endsInsideObject)
      }
      let keyLine = line
      let key = try string()
      if isRepeated(key, since: firstKey) {
        throw Failure(
          line: keyLine, column: 1,
          reason: StoreText.duplicateKey(text(key)).localized)
      }
      keys.append(key)
      skipSpace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
        throw fail(.expectedColon)
      }
      position += 1
      skipSpace()
      if target != nil { path.append(.key(text(key))) }
      try value(depth: depth)
      if target != nil { path.removeLast() }
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
      if target != nil { path.append(.index(index)) }
      try value(depth: depth)
      if target != nil { path.removeLast() }
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

  /// Whether the key at `key` is one of the current object's keys already (its bytes as written).
  private func isRepeated(_ key: Range<Int>, since first: Int) -> Bool {
    for other in keys[first...] where other.count == key.count {
      if bytes[other].elementsEqual(bytes[key]) { return true }
    }
    return false
  }

  private func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

  /// Reads a string and returns where its text lies (between the quotes, escapes as written).
  private mutating func string() throws(Failure) -> Range<Int> {
    position += 1
    let start = position
    var ascii = true
    while position < bytes.count {
      let b = bytes[position]
      if b == UInt8(ascii: "\"") {
        let raw = start..<position
        position += 1
        // Only text with bytes above 0x7F can be ill-formed UTF-8; most of a store is ASCII.
        if !ascii, !Self.isUTF8(bytes[raw]) {
          throw Failure(
            line: line, column: start - lineStart + 1,
            reason: StoreText.invalidUTF8.localized)
        }
        return raw
      }
      if b >= 0x80 { ascii = false }
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
    // below), and a decoder would round such a number or refuse it without saying where. A
    // whole number of at most 18 digits is below it without being converted.
    if count <= 18, position - intStart == count { return }
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

  private static let trueWord = Array("true".utf8), falseWord = Array("false".utf8)
  private static let nullWord = Array("null".utf8)

  private mutating func literal(_ expected: [UInt8], _ word: String) throws(Failure) {
    guard position + expected.count <= bytes.count,
      bytes[position..<(position + expected.count)].elementsEqual(expected)
    else {
      throw fail(.unexpectedWord(word))
    }
    position += expected.count
  }

  /// Whether `raw` is well-formed UTF-8, checked without making a string of it.
  private static func isUTF8(_ raw: ArraySlice<UInt8>) -> Bool {
    var parser = Unicode.UTF8.ForwardParser()
    var input = raw.makeIterator()
    while true {
      switch parser.parseScalar(from: &input) {
      case .valid: continue
      case .emptyInput: return true
      case .error: return false
      }
    }
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
