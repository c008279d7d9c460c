import Foundation

/// Writes a `JSONValue` exactly as `StoreCoding.encode` writes the record it came from: two-space
/// indents, `" : "`, keys in order, empty containers on three lines, slashes unescaped. A save
/// then serializes a tree assembled from cached parts instead of running the whole record
/// through Foundation's encoder, the slow half of saving a large household file. That the two
/// agree byte for byte is tested on every file of a demo store and on hostile values.
public enum JSONPrettyPrinter {
  public static func bytes(_ value: JSONValue) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(value, indent: 0, into: &out)
    out.append(0x0A)
    return out
  }

  /// The same value on one line, as `JSONEncoder` writes it without `.prettyPrinted` (sorted keys,
  /// slashes unescaped), each text in Unicode's composed form (NFC) as a history line keeps it.
  static func compactBytes(_ value: JSONValue) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    writeCompact(value, into: &out)
    return out
  }

  private static func writeCompact(_ value: JSONValue, into out: inout [UInt8]) {
    switch value {
    case .null, .bool, .int, .double: write(value, indent: 0, into: &out)
    case .string(let text): string(composed(text), into: &out)
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for (n, item) in items.enumerated() {
        if n > 0 { out.append(UInt8(ascii: ",")) }
        writeCompact(item, into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let fields):
      out.append(UInt8(ascii: "{"))
      // The encoder orders keys by their bytes as given, before composing them: a decomposed
      // "ñ" (n + tilde) sorts with "n", not after "é" as Swift's canonical order would put it.
      for (n, key) in fields.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
        if n > 0 { out.append(UInt8(ascii: ",")) }
        string(composed(key), into: &out)
        out.append(UInt8(ascii: ":"))
        writeCompact(fields[key]!, into: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  /// NFC only where it can change something: ASCII text is already composed.
  private static func composed(_ text: String) -> String {
    text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
  }

  private static func write(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
    switch value {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
    case .int(let number): out.append(contentsOf: String(number).utf8)
    case .double(let number): out.append(contentsOf: text(of: number).utf8)
    case .string(let text): string(text, into: &out)
    case .array(let items):
      out.append(UInt8(ascii: "["))
      out.append(0x0A)
      for (n, item) in items.enumerated() {
        if n > 0 { out.append(contentsOf: [UInt8(ascii: ","), 0x0A]) }
        pad(indent + 2, &out)
        write(item, indent: indent + 2, into: &out)
      }
      out.append(0x0A)
      pad(indent, &out)
      out.append(UInt8(ascii: "]"))
    case .object(let fields):
      out.append(UInt8(ascii: "{"))
      out.append(0x0A)
      for (n, key) in fields.keys.sorted().enumerated() {
        if n > 0 { out.append(contentsOf: [UInt8(ascii: ","), 0x0A]) }
        pad(indent + 2, &out)
        string(key, into: &out)
        out.append(contentsOf: " : ".utf8)
        write(fields[key]!, indent: indent + 2, into: &out)
      }
      out.append(0x0A)
      pad(indent, &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func pad(_ count: Int, _ out: inout [UInt8]) {
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
  }

  /// Whole doubles lose their `.0`, as Foundation writes them.
  static func text(of number: Double) -> String {
    var text = number.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text
  }

  private static func string(_ text: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, UInt8(ascii: "\"")])
      case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
      case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
      case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
      case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
      case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        out.append(contentsOf: [
          0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)],
        ])
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
