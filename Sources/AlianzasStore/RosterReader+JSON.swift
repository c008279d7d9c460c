import AlianzasDomain

/// The JSON steps of `RosterReader`: spaces, punctuation, keys and the scalar values, each
/// throwing `Unusual` where the text leaves the plain shape the store writes.
extension RosterReader {

  /// A value the model refused (an unknown code, an impossible date) is for the general path.
  func need<T>(_ value: T?) throws(Unusual) -> T {
    guard let value else { throw Unusual() }
    return value
  }

  /// A repeated key is not the plain shape.
  func mark(_ seen: inout UInt32, _ bit: UInt32) throws(Unusual) {
    guard seen & (1 << bit) == 0 else { throw Unusual() }
    seen |= 1 << bit
  }

  mutating func space() {
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 {
      i += 1
    }
  }

  mutating func open(_ c: UInt8) throws(Unusual) {
    space()
    guard i < bytes.count, bytes[i] == c else { throw Unusual() }
    i += 1
  }

  /// Whether another member or item follows (after its comma); false once `closing` is passed.
  mutating func more(_ first: inout Bool, closing: UInt8) throws(Unusual) -> Bool {
    space()
    guard i < bytes.count else { throw Unusual() }
    if bytes[i] == closing {
      i += 1
      return false
    }
    if !first {
      guard bytes[i] == 0x2C else { throw Unusual() }
      i += 1
    }
    first = false
    return true
  }

  mutating func list<T>(_ item: (inout RosterReader) throws(Unusual) -> T) throws(Unusual) -> [T] {
    var out: [T] = []
    try open(0x5B)
    var first = true
    while try more(&first, closing: 0x5D) { out.append(try item(&self)) }
    return out
  }

  mutating func key() throws(Unusual) -> String {
    let text = try string()
    try open(0x3A)
    return text
  }

  mutating func null() -> Bool {
    space()
    guard i + 4 <= bytes.count, bytes[i] == 0x6E, bytes[i + 1] == 0x75, bytes[i + 2] == 0x6C,
      bytes[i + 3] == 0x6C
    else { return false }
    i += 4
    return true
  }

  mutating func bool() throws(Unusual) -> Bool {
    space()
    if i + 4 <= bytes.count, bytes[i] == 0x74, bytes[i + 1] == 0x72, bytes[i + 2] == 0x75,
      bytes[i + 3] == 0x65
    {
      i += 4
      return true
    }
    if i + 5 <= bytes.count, bytes[i] == 0x66, bytes[i + 1] == 0x61, bytes[i + 2] == 0x6C,
      bytes[i + 3] == 0x73,
      bytes[i + 4] == 0x65
    {
      i += 5
      return false
    }
    throw Unusual()
  }

  /// A whole number of at most 18 digits, as the store writes counts and pesos.
  mutating func int() throws(Unusual) -> Int {
    space()
    var negative = false
    if i < bytes.count, bytes[i] == 0x2D {
      negative = true
      i += 1
    }
    let start = i
    var value = 0
    while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
      // Past 18 digits it could overflow: such a number is the general path's to refuse.
      guard i - start < 18 else { throw Unusual() }
      value = value * 10 + Int(bytes[i] - 0x30)
      i += 1
    }
    let digits = i - start
    guard digits > 0, digits == 1 || bytes[start] != 0x30 else { throw Unusual() }
    // A fraction or an exponent is for the general path to judge.
    if i < bytes.count, bytes[i] == 0x2E || bytes[i] == 0x65 || bytes[i] == 0x45 { throw Unusual() }
    return negative ? -value : value
  }

  mutating func day() throws(Unusual) -> Day { try need(Day(iso: string())) }

  /// A string without escapes, in valid UTF-8; an escape is left to the general path only when
  /// it is not one of JSON's simple ones.
  mutating func string() throws(Unusual) -> String {
    space()
    guard i < bytes.count, bytes[i] == 0x22 else { throw Unusual() }
    i += 1
    let start = i
    var ascii = true
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x22 {
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<i])
        i += 1
        if ascii { return String(decoding: raw, as: UTF8.self) }
        guard let text = String(validating: raw, as: UTF8.self) else { throw Unusual() }
        return text
      }
      if b == 0x5C { return try escaped(from: start) }
      if b < 0x20 { throw Unusual() }
      if b >= 0x80 { ascii = false }
      i += 1
    }
    throw Unusual()
  }

  /// The rest of a string that has escapes, decoded as JSON says.
  mutating func escaped(from start: Int) throws(Unusual) -> String {
    var out: [UInt8] = Array(bytes[start..<i])
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x22 {
        i += 1
        guard let text = String(validating: out, as: UTF8.self) else { throw Unusual() }
        return text
      }
      if b < 0x20 { throw Unusual() }
      guard b == 0x5C else {
        out.append(b)
        i += 1
        continue
      }
      guard i + 1 < bytes.count else { throw Unusual() }
      let e = bytes[i + 1]
      i += 2
      switch e {
      case 0x22, 0x5C, 0x2F: out.append(e)
      case 0x62: out.append(0x08)
      case 0x66: out.append(0x0C)
      case 0x6E: out.append(0x0A)
      case 0x72: out.append(0x0D)
      case 0x74: out.append(0x09)
      case 0x75:
        var unit = try hex4()
        if (0xD800...0xDBFF).contains(unit) {
          guard i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 else { throw Unusual() }
          i += 2
          let low = try hex4()
          guard (0xDC00...0xDFFF).contains(low) else { throw Unusual() }
          unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(unit) {
          throw Unusual()
        }
        guard let scalar = Unicode.Scalar(unit) else { throw Unusual() }
        out.append(contentsOf: String(Character(scalar)).utf8)
      default: throw Unusual()
      }
    }
    throw Unusual()
  }

  mutating func hex4() throws(Unusual) -> UInt32 {
    guard i + 4 <= bytes.count else { throw Unusual() }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[i]
      let digit: UInt8
      switch b {
      case 0x30...0x39: digit = b - 0x30
      case 0x41...0x46: digit = b - 0x41 + 10
      case 0x61...0x66: digit = b - 0x61 + 10
      default: throw Unusual()
      }
      value = value << 4 | UInt32(digit)
      i += 1
    }
    return value
  }
}
