/// A number in plain notation (`12`, `-3.5`, `1e3`, `.5`, `3.`), read straight from a CSV cell's
/// bytes: digits with an optional sign, point and exponent. What `Double` would also take — hex,
/// `nan`, `infinity` — is refused, since no spreadsheet writes those for a measurement.
///
/// Most cells of a researcher's table have a few digits, and for those the value is computed
/// exactly without the C library: when the digits make an integer m below 10¹⁵ (so exact in a
/// double) and the decimal exponent e is within ±22 (so 10^|e| is exact too), m × 10^e or
/// m ÷ 10^−e is a single correctly rounded operation, hence the correctly rounded value (Clinger,
/// "How to read floating point numbers accurately", 1990). Anything else goes to `Double(String)`.
enum PlainNumber {
  static let powersOfTen: [Double] = (0...22).map { e in (0..<e).reduce(1.0) { acc, _ in acc * 10 } }

  static func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }

  /// The value of `bytes` if they are a plain number, else nil.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var i = 0
    let n = bytes.count
    var negative = false
    if i < n, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
      negative = bytes[i] == UInt8(ascii: "-")
      i += 1
    }
    var mantissa: UInt64 = 0, significant = 0, digits = 0, scale = 0
    func digit(_ b: UInt8, fraction: Bool) {
      digits += 1
      if mantissa == 0 && b == UInt8(ascii: "0") {
        // A leading zero adds nothing but, after the point, a place.
        if fraction { scale -= 1 }
        return
      }
      significant += 1
      if significant <= 19 {
        mantissa = mantissa &* 10 &+ UInt64(b - UInt8(ascii: "0"))
        if fraction { scale -= 1 }
      } else if !fraction {
        scale += 1
      }
    }
    while i < n, isDigit(bytes[i]) {
      digit(bytes[i], fraction: false)
      i += 1
    }
    if i < n, bytes[i] == UInt8(ascii: ".") {
      i += 1
      while i < n, isDigit(bytes[i]) {
        digit(bytes[i], fraction: true)
        i += 1
      }
    }
    guard digits > 0 else { return nil }
    var exponent = 0
    if i < n, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
      i += 1
      var negativeExponent = false
      if i < n, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
        negativeExponent = bytes[i] == UInt8(ascii: "-")
        i += 1
      }
      var exponentDigits = 0
      while i < n, isDigit(bytes[i]) {
        // Capped: an exponent past any double's range reads as that range's end.
        if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[i] - UInt8(ascii: "0")) }
        exponentDigits += 1
        i += 1
      }
      guard exponentDigits > 0 else { return nil }
      if negativeExponent { exponent = -exponent }
    }
    guard i == n else { return nil }
    let e = scale + exponent
    if significant <= 15 {
      var value = Double(mantissa)
      if mantissa == 0 {
        value = 0
      } else if e >= 0 && e <= 22 {
        value *= powersOfTen[e]
      } else if e < 0 && e >= -22 {
        value /= powersOfTen[-e]
      } else {
        return Double(String(decoding: bytes, as: UTF8.self))
      }
      return negative ? -value : value
    }
    return Double(String(decoding: bytes, as: UTF8.self))
  }
}
