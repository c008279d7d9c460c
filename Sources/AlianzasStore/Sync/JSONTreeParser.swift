/// Reads JSON bytes straight into a `JSONValue`. Foundation's decoder finds a value's kind by
/// trying each one and throwing, which made merging slow; this reads each byte once. Input is
/// expected to have passed `JSONScanner` (store files) or to come from a bundle whose checksum
/// matched; anything malformed still fails cleanly.
struct JSONTreeParser {
  struct Failure: Error {
    var offset: Int
  }

  private let bytes: [UInt8]
  private var i = 0

  static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
    var parser = JSONTreeParser(bytes: bytes)
    parser.skipSpace()
    let value = try parser.value(depth: 0)
    parser.skipSpace()
    guard parser.i == bytes.count else { throw Failure(offset: parser.i) }
    return value
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private mutating func skipSpace() {
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 {
      i += 1
    }
  }

  private mutating func value(depth: Int) throws(Failure) -> JSONValue {
    guard i < bytes.count, depth < 128 else { throw Failure(offset: i) }
    switch bytes[i] {
    case UInt8(ascii: "{"):
      i += 1
      var fields: [String: JSONValue] = [:]
      skipSpace()
      if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
        i += 1
        return .object(fields)
      }
      while true {
        skipSpace()
        let key = try string()
        skipSpace()
        try expect(UInt8(ascii: ":"))
        skipSpace()
        fields[key] = try value(depth: depth + 1)
        skipSpace()
        if try separator(close: UInt8(ascii: "}")) { return .object(fields) }
      }
    case UInt8(ascii: "["):
      i += 1
      var items: [JSONValue] = []
      skipSpace()
      if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
        i += 1
        return .array(items)
      }
      while true {
        skipSpace()
        items.append(try value(depth: depth + 1))
        skipSpace()
        if try separator(close: UInt8(ascii: "]")) { return .array(items) }
      }
    case UInt8(ascii: "\""):
      return .string(try string())
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    default:
      return try number()
    }
  }

  /// After an element: a comma (more follow) or the closing bracket (done).
  private mutating func separator(close: UInt8) throws(Failure) -> Bool {
    guard i < bytes.count else { throw Failure(offset: i) }
    if bytes[i] == UInt8(ascii: ",") {
      i += 1
      return false
    }
    try expect(close)
    return true
  }

  private mutating func expect(_ byte: UInt8) throws(Failure) {
    guard i < bytes.count, bytes[i] == byte else { throw Failure(offset: i) }
    i += 1
  }

  private mutating func literal(_ word: StaticString) throws(Failure) {
    let count = word.utf8CodeUnitCount
    guard i + count <= bytes.count else { throw Failure(offset: i) }
    for k in 0..<count where bytes[i + k] != word.utf8Start[k] { throw Failure(offset: i + k) }
    i += count
  }

  private mutating func number() throws(Failure) -> JSONValue {
    let start = i
    var integral = true
    while i < bytes.count {
      let b = bytes[i]
      if (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") {
        i += 1
      } else if b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
        integral = false
        i += 1
      } else {
        break
      }
    }
    let text = String(decoding: bytes[start..<i], as: UTF8.self)
    if integral, let value = Int64(text) { return .int(value) }
    guard !text.isEmpty, let value = Double(text), value.isFinite else { throw Failure(offset: start) }
    return .double(value)
  }

  private mutating func string() throws(Failure) -> String {
    try expect(UInt8(ascii: "\""))
    var out: [UInt8] = []
    while i < bytes.count {
      let b = bytes[i]
      i += 1
      switch b {
      case UInt8(ascii: "\""):
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard i < bytes.count else { throw Failure(offset: i) }
        let e = bytes[i]
        i += 1
        switch e {
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "u"):
          var scalar = try hex4()
          if scalar >= 0xD800 && scalar < 0xDC00 {
            try expect(UInt8(ascii: "\\"))
            try expect(UInt8(ascii: "u"))
            let low = try hex4()
            guard low >= 0xDC00 && low < 0xE000 else { throw Failure(offset: i) }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let unicode = Unicode.Scalar(scalar) else { throw Failure(offset: i) }
          out.append(contentsOf: Array(String(Character(unicode)).utf8))
        default: out.append(e)
        }
      default:
        guard b >= 0x20 else { throw Failure(offset: i - 1) }
        out.append(b)
      }
    }
    throw Failure(offset: i)
  }

  private mutating func hex4() throws(Failure) -> UInt32 {
    guard i + 4 <= bytes.count else { throw Failure(offset: i) }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[i]
      i += 1
      let digit: UInt32
      switch b {
      case 0x30...0x39: digit = UInt32(b - 0x30)
      case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
      default: throw Failure(offset: i - 1)
      }
      value = value * 16 + digit
    }
    return value
  }
}
