import Crypto

/// The store's files as the store sees them, sealed on disk: every read opens the frames and
/// every write seals them, so records, histories, indexes, caches and quarantined copies are all
/// ciphertext without any of them knowing. Only the store's manifest and its key file stay plain
/// (neither holds anything about people), and the lock, which the store takes by itself.
public struct StoreCipherFileSystem: StoreFileSystem {
  let base: any StoreFileSystem
  let key: SymmetricKey
  let plainPaths: Set<String>
  /// While an existing store is being encrypted some files are still plain: they are read as
  /// they are, and a plain history is sealed whole before anything is appended to it.
  let acceptsPlain: Bool

  public init(base: any StoreFileSystem, key: SymmetricKey, root: String, acceptsPlain: Bool) {
    self.base = base
    self.key = key
    self.acceptsPlain = acceptsPlain
    plainPaths = [root + "/" + "store.json", root + "/" + StoreKeyFile.fileName]
  }

  public func read(_ path: String) throws(FileError) -> [UInt8] {
    let bytes = try base.read(path)
    if plainPaths.contains(path) || bytes.isEmpty { return bytes }
    do {
      let opened = try SealedFrames.open(bytes, key: key)
      // A frame cut short reads as a line cut short: the history already drops those.
      return opened.torn ? opened.plain + [UInt8(ascii: "?")] : opened.plain
    } catch .notSealed {
      if acceptsPlain { return bytes }
      throw FileError(path: path, operation: .read, code: FileError.notSealed)
    } catch {
      throw FileError(path: path, operation: .read, code: FileError.undecipherable)
    }
  }

  public func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileError) {
    if plainPaths.contains(path) { return try base.writeAtomically(bytes, to: path) }
    try base.writeAtomically(SealedFrames.seal(bytes, key: key), to: path)
  }

  public func append(_ bytes: [UInt8], to path: String) throws(FileError) {
    if acceptsPlain, let size = base.stamp(path)?.size, size > 0 {
      let existing = try base.read(path)
      if !SealedFrames.isSealed(existing) {
        try base.writeAtomically(SealedFrames.seal(existing, key: key), to: path)
      }
    }
    try base.append(SealedFrames.seal(bytes, key: key), to: path)
  }

  /// `length` counts plaintext, as the history does. The history cuts only between lines and
  /// every append is a frame, so the cut usually falls between frames; when it falls inside one
  /// (a history sealed whole by an encryption or a merge), the part kept is sealed anew and the
  /// file replaced atomically.
  public func truncate(_ path: String, to length: Int) throws(FileError) {
    let bytes = try base.read(path)
    guard SealedFrames.isSealed(bytes) else { return try base.truncate(path, to: length) }
    let opened: SealedFrames.Opened
    do { opened = try SealedFrames.open(bytes, key: key) } catch {
      throw FileError(path: path, operation: .read, code: FileError.undecipherable)
    }
    let kept = opened.ends.last { $0.plain <= length } ?? (cipher: 0, plain: 0)
    if kept.plain == length || length >= opened.plain.count {
      return try base.truncate(path, to: kept.cipher)
    }
    let rest = Array(opened.plain[kept.plain..<length])
    try base.writeAtomically(Array(bytes[0..<kept.cipher]) + SealedFrames.seal(rest, key: key), to: path)
  }

  public func list(_ folder: String) throws(FileError) -> [String] { try base.list(folder) }
  public func stamp(_ path: String) -> FileStamp? { base.stamp(path) }
  public func createFolder(_ path: String) throws(FileError) { try base.createFolder(path) }
  public func rename(_ from: String, to: String) throws(FileError) { try base.rename(from, to: to) }
  public func remove(_ path: String) throws(FileError) { try base.remove(path) }
  public func exists(_ path: String) -> Bool { base.exists(path) }
  public func isLink(_ path: String) -> Bool { base.isLink(path) }
}
