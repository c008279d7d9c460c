import AlianzasDomain

/// A file of the store that cannot be used as it is: its path inside the store, the line where
/// the trouble is (when known) and why. Reading leaves the file as it is; a session that holds
/// the write lock then moves it into `quarantine/` (see `FileStore.quarantine`).
public struct StoreProblem: Error, Sendable, Hashable, Codable, CustomStringConvertible, Bilingual {
  public var path: String
  public var line: Int?
  public var reason: Localized
  /// The file could not be read at all (no permission, too many open files, a disk error):
  /// nothing is known of its contents, so it is reported but never set aside, and read again
  /// next time.
  public var unreadable: Bool

  public init(path: String, line: Int?, reason: Localized, unreadable: Bool = false) {
    self.path = path
    self.line = line
    self.reason = reason
    self.unreadable = unreadable
  }

  /// A file that could not be read, with why. A link, a FIFO or an oversized file is no store
  /// file whatever it holds, so it may be set aside; any other failure says nothing of it.
  static func unreadable(_ path: String, _ error: FileError) -> StoreProblem {
    StoreProblem(path: path, line: nil, reason: error.reason.localized, unreadable: !error.provesUnfit)
  }

  /// `alliances/CAU-2012-017.json:14: reason`, the form compilers use, so editors can jump there.
  public func message(_ language: Language) -> String {
    "\(path):\(line.map(String.init) ?? "1"): \(reason(language))"
  }

  public var description: String { message(.en) }
}
