import AlianzasDomain
import Foundation

/// One way to write and read store files: pretty-printed with sorted keys (stable diffs and
/// byte-identical demo stores), slashes unescaped, text in Unicode NFC.
enum StoreCoding {
  static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    var bytes: [UInt8]
    if isSurelyNFC(data) {
      bytes = Array(data)
    } else {
      // Decomposed and composed accents compare equal in Swift but not as bytes; store one form.
      bytes = Array(String(decoding: data, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
    }
    bytes.append(0x0A)
    return bytes
  }

  /// Text whose every character is below U+0300 (ASCII, Latin-1 and Latin Extended: all of
  /// Spanish) is already in NFC, since combining marks and every other character NFC could change
  /// start there. In UTF-8 those are exactly the texts without a byte from 0xCC up. Normalizing a
  /// large household file costs more than the rest of its save.
  static func isSurelyNFC(_ data: Data) -> Bool {
    data.withUnsafeBytes { raw in !raw.contains { $0 >= 0xCC } }
  }

  /// Decodes `bytes` as `T`, or says what is wrong and on which line.
  static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], path: String) -> Result<
    T, StoreProblem
  > {
    // Rosters in the shape the store writes are read in one pass; any other goes the general way.
    if T.self == HouseholdRoster.self, let roster = RosterReader.read(bytes) { return .success(roster as! T) }
    do {
      try JSONScanner.check(bytes)
    } catch {
      return .failure(StoreProblem(path: path, line: error.line, reason: error.reason))
    }
    do {
      return .success(try JSONDecoder().decode(T.self, from: Data(bytes)))
    } catch let error as DecodingError {
      let (components, reason) = describe(error)
      let line = JSONScanner.line(of: components, in: bytes)
      return .failure(StoreProblem(path: path, line: line, reason: reason))
    } catch {
      return .failure(
        StoreProblem(path: path, line: nil, reason: StoreText.undecodable.localized))
    }
  }

  static func components(_ keys: [any CodingKey]) -> [JSONScanner.PathComponent] {
    keys.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) }
  }

  static func pathText(_ keys: [any CodingKey]) -> String {
    var out = ""
    for key in keys {
      if let index = key.intValue {
        out += "[\(index)]"
      } else {
        out += (out.isEmpty ? "" : ".") + key.stringValue
      }
    }
    return out
  }

  private static func describe(_ error: DecodingError) -> ([JSONScanner.PathComponent], Localized) {
    switch error {
    case .keyNotFound(let key, let context):
      let field = pathText(context.codingPath + [key])
      return (
        components(context.codingPath),
        StoreText.missingField(field).localized
      )
    case .typeMismatch(let type, let context):
      let field = pathText(context.codingPath)
      return (
        components(context.codingPath),
        StoreText.wrongType(field: field, expected: valueType(type)).localized
      )
    case .valueNotFound(let type, let context):
      let field = pathText(context.codingPath)
      return (
        components(context.codingPath),
        StoreText.nullValue(field: field, expected: valueType(type)).localized
      )
    case .dataCorrupted(let context):
      let field = pathText(context.codingPath)
      // The decoder's own description may quote the value (a name typed into a date): it is not
      // repeated, only the form the field needs.
      let text: StoreText =
        switch ValueFormat(rawValue: context.debugDescription) {
        case .date: .notADate(field)
        case .time: .notATime(field)
        case nil: .invalidValue(field: field)
        }
      return (components(context.codingPath), text.localized)
    @unknown default:
      return ([], StoreText.undecodable.localized)
    }
  }

  private static func valueType(_ type: Any.Type) -> StoreText.ValueType {
    let name = String(describing: type)
    switch name {
    case "String": return .text
    case "Int", "Int64", "Int32": return .wholeNumber
    case "Double": return .number
    case "Bool": return .trueOrFalse
    default:
      if name.hasPrefix("Array") { return .list }
      if name.hasPrefix("Dictionary") { return .object }
      return .other(name)
    }
  }
}
