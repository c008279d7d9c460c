/// Size and modification stamp of a file: what a cache checks before trusting what it derived.
public struct FileStamp: Hashable, Sendable, Codable {
  public var size: Int64
  public var modifiedNanoseconds: Int64

  public init(size: Int64, modifiedNanoseconds: Int64) {
    self.size = size
    self.modifiedNanoseconds = modifiedNanoseconds
  }
}

/// Every file operation the store performs. The real one is `PosixFileSystem`; tests put a
/// failing one in its place to prove that a full disk or an I/O error damages nothing.
public protocol StoreFileSystem: Sendable {
  func read(_ path: String) throws(FileError) -> [UInt8]
  /// Replaces `path` so that after a crash it holds either the old or the new bytes, never a mix.
  func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileError)
  func list(_ folder: String) throws(FileError) -> [String]
  func stamp(_ path: String) -> FileStamp?
  func createFolder(_ path: String) throws(FileError)
  func rename(_ from: String, to: String) throws(FileError)
  func remove(_ path: String) throws(FileError)
  func exists(_ path: String) -> Bool
  /// Adds `bytes` at the end of `path` (creating it 0600) and makes them durable before returning:
  /// history files only ever grow at the end.
  func append(_ bytes: [UInt8], to path: String) throws(FileError)
  /// Cuts `path` to `length` bytes: drops history lines whose file write never happened.
  func truncate(_ path: String, to length: Int) throws(FileError)
  /// Whether `path` is a symbolic link (not followed).
  func isLink(_ path: String) -> Bool
}
