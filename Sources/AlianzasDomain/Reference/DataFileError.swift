import Foundation

/// A data file (instrument or reference table) that cannot be used, naming the file and the key.
public struct DataFileError: Error, Sendable, CustomStringConvertible {
  public var file: String
  public var key: String
  public var reason: String

  public init(file: String, key: String, reason: String) {
    self.file = file
    self.key = key
    self.reason = reason
  }

  public var description: String { "data/\(file): \(key.isEmpty ? "(root)" : key): \(reason)" }
}

/// Decodes an embedded (or supplied) data file, turning decoder errors into `DataFileError`s.
enum DataFiles {
  static func decode<T: Decodable>(_ type: T.Type, file: String, from files: [String: String]) throws -> T {
    guard let text = files[file] else {
      throw DataFileError(file: file, key: "", reason: "file is missing")
    }
    do {
      return try JSONDecoder().decode(T.self, from: Data(text.utf8))
    } catch let error as DecodingError {
      let (path, reason) = describe(error)
      throw DataFileError(file: file, key: path, reason: reason)
    }
  }

  static func describe(_ error: DecodingError) -> (path: String, reason: String) {
    func path(_ keys: [any CodingKey]) -> String {
      keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        .trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
    switch error {
    case .keyNotFound(let key, let context):
      return (path(context.codingPath + [key]), "missing key")
    case .typeMismatch(let type, let context):
      return (path(context.codingPath), "expected \(type)")
    case .valueNotFound(let type, let context):
      return (path(context.codingPath), "expected \(type), found null")
    case .dataCorrupted(let context):
      return (path(context.codingPath), context.debugDescription)
    @unknown default:
      return ("", "\(error)")
    }
  }
}
