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
}
