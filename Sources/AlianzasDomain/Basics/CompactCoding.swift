/// A small binary form for caches the program writes and reads back itself (the store's index):
/// integers as zig-zag varints, doubles as their 8 bytes, texts as a length and UTF-8, an
/// optional as a presence byte. Foundation's `JSONDecoder` took three quarters of a warm open on
/// the national store (0.22 s for a 1.6 MB index, 2 s at 10×); this reads the same facts in a few
/// milliseconds. Written here because none of the packages this machine carries serializes Swift
/// values in a binary form without a schema compiler (see docs/architecture.md).
///
/// Reading never trusts the bytes: every length is checked against what is left, and any fault
/// throws, so a damaged or hostile cache is dropped and rebuilt, never a crash.
public struct CompactWriter {
  public var bytes: [UInt8] = []

  public init() {}

  @inlinable public mutating func int(_ value: Int) {
    var v = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
    while v >= 0x80 {
      bytes.append(UInt8(v & 0x7F) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  @inlinable public mutating func double(_ value: Double) {
    let bits = value.bitPattern
    for shift in stride(from: 0, to: 64, by: 8) {
      bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift)))
    }
  }

  @inlinable public mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  @inlinable public mutating func string(_ value: String) {
    let utf8 = value.utf8
    int(utf8.count)
    bytes.append(contentsOf: utf8)
  }

  @inlinable public mutating func day(_ value: Day) { int(value.ordinal) }

  @inlinable public mutating func optional<T>(_ value: T?, _ write: (inout CompactWriter, T) -> Void) {
    guard let value else { return bytes.append(0) }
    bytes.append(1)
    write(&self, value)
  }

  @inlinable public mutating func array<T>(_ values: [T], _ write: (inout CompactWriter, T) -> Void) {
    int(values.count)
    for v in values { write(&self, v) }
  }
}

public struct CompactReader {
  public struct Fault: Error {
    public var offset: Int
    @inlinable public init(offset: Int) { self.offset = offset }
  }

  @usableFromInline let bytes: [UInt8]
  public var offset = 0

  /// Reads `bytes` from `offset` on (past a header the caller checked).
  @inlinable public init(_ bytes: [UInt8], from offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  @inlinable public var isAtEnd: Bool { offset == bytes.count }

  @inlinable func fault() -> Fault { Fault(offset: offset) }

  @inlinable public mutating func byte() throws(Fault) -> UInt8 {
    guard offset < bytes.count else { throw fault() }
    defer { offset += 1 }
    return bytes[offset]
  }

  @inlinable public mutating func int() throws(Fault) -> Int {
    var v: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let b = try byte()
      guard shift < 64 else { throw fault() }
      v |= UInt64(b & 0x7F) << shift
      if b < 0x80 { break }
      shift += 7
    }
    return Int(Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1))))
  }

  @inlinable public mutating func double() throws(Fault) -> Double {
    guard bytes.count - offset >= 8 else { throw fault() }
    var bits: UInt64 = 0
    for i in 0..<8 { bits |= UInt64(bytes[offset + i]) << UInt64(8 * i) }
    offset += 8
    return Double(bitPattern: bits)
  }

  @inlinable public mutating func bool() throws(Fault) -> Bool {
    switch try byte() {
    case 0: return false
    case 1: return true
    default: throw fault()
    }
  }

  @inlinable public mutating func string() throws(Fault) -> String {
    let count = try int()
    guard count >= 0, count <= bytes.count - offset else { throw fault() }
    defer { offset += count }
    // Decoding repairs what is not UTF-8 rather than refusing it: a damaged text in a cache is
    // caught by the checks on what it names, and repairing costs less than validating.
    return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
  }

  @inlinable public mutating func day() throws(Fault) -> Day {
    let ordinal = try int()
    // 1900-01-01 to 2200-12-31, the days a store accepts.
    guard (-25_567...84_005).contains(ordinal) else { throw fault() }
    return Day(ordinal: ordinal)
  }

  @inlinable public mutating func optional<T>(_ read: (inout CompactReader) throws(Fault) -> T) throws(Fault)
    -> T?
  {
    try bool() ? try read(&self) : nil
  }

  /// A list; each element takes at least one byte, so a count beyond what is left is a fault.
  @inlinable public mutating func array<T>(_ read: (inout CompactReader) throws(Fault) -> T) throws(Fault)
    -> [T]
  {
    let count = try int()
    guard count >= 0, count <= bytes.count - offset else { throw fault() }
    var out: [T] = []
    out.reserveCapacity(count)
    for _ in 0..<count { out.append(try read(&self)) }
    return out
  }

  /// A value of a `String`-backed enum.
  @inlinable public mutating func raw<T: RawRepresentable>(_ type: T.Type) throws(Fault) -> T
  where T.RawValue == String {
    guard let value = T(rawValue: try string()) else { throw fault() }
    return value
  }
}
