import AlianzasDomain

/// A file of the store that cannot be used as it is: its path inside the store, the line where
/// the trouble is (when known) and why. Reading leaves the file as it is; a session that holds
/// the write lock then moves it into `quarantine/` (see `FileStore.quarantine`).
public struct StoreProblem: Error, Sendable, Hashable, Codable, CustomStringConvertible, Bilingual {
  public var path: String
  public var line: Int?
  public var reason: Localized

  public init(path: String, line: Int?, reason: Localized) {
    self.path = path
    self.line = line
    self.reason = reason
  }

  /// `alliances/CAU-2012-017.json:14: reason`, the form compilers use, so editors can jump there.
  public func message(_ language: Language) -> String {
    "\(path):\(line.map(String.init) ?? "1"): \(reason(language))"
  }

  public var description: String { message(.en) }
}
