#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The store's files on a real disk. Files are created 0600 and folders 0700: they hold the names
/// of families. Only regular files are read or written, never through a symbolic link (one that
/// a hostile git remote delivers would otherwise lead writes outside the store), and no file is
/// read past `maximumBytes` (a link to /dev/zero or a sparse file of gigabytes is refused by its
/// size, before it is read).
public struct PosixFileSystem: StoreFileSystem {
  public init() {}

  /// No file of a store is near this; a bundle of the national store at ten times its size is.
  public static let maximumBytes = 1 << 30

  public func read(_ path: String) throws(FileError) -> [UInt8] { try read(path, followingLinks: false) }

  /// Reads a regular file of at most `maximumBytes`. O_NONBLOCK keeps a FIFO from blocking the
  /// open, and its type then refuses it. `followingLinks` is for a path the user names (a bundle
  /// to import), never for a file inside the store.
  public func read(_ path: String, followingLinks: Bool) throws(FileError) -> [UInt8] {
    let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followingLinks ? 0 : O_NOFOLLOW)
    let fd = open(path, flags)
    guard fd >= 0 else { throw FileError(path: path, operation: .read, code: errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw FileError(path: path, operation: .read, code: errno) }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw FileError(path: path, operation: .read, code: EISDIR) }
    guard (info.st_mode & S_IFMT) == S_IFREG else {
      throw FileError(path: path, operation: .read, code: FileError.notRegularFile)
    }
    guard info.st_size <= PosixFileSystem.maximumBytes else {
      throw FileError(path: path, operation: .read, code: FileError.tooLarge)
    }
    var out: [UInt8] = []
    out.reserveCapacity(Int(info.st_size))
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw FileError(path: path, operation: .read, code: errno)
      }
      if n == 0 { break }
      out.append(contentsOf: chunk[0..<n])
      // A file that grows while it is read is held to the same bound.
      if out.count > PosixFileSystem.maximumBytes {
        throw FileError(path: path, operation: .read, code: FileError.tooLarge)
      }
    }
    return out
  }

  public func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileError) {
    let folder = PosixFileSystem.folder(of: path)
    let name = PosixFileSystem.name(of: path)
    let temporary = "\(folder)/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw FileError(path: path, operation: .write, code: errno) }
    var failure = PosixFileSystem.writeAll(bytes, to: fd, path: path).1
    if failure == nil, !PosixFileSystem.syncData(fd) {
      failure = FileError(path: path, operation: .sync, code: errno)
    }
    if close(fd) != 0, failure == nil { failure = FileError(path: path, operation: .write, code: errno) }
    if let failure {
      unlink(temporary)
      throw failure
    }
    guard Glibc.rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw FileError(path: path, operation: .rename, code: code)
    }
    try syncFolder(folder)
  }

  /// Writes every byte (retrying interrupted writes); says how many went out and what stopped it.
  private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) -> (Int, FileError?) {
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, bytes.count - written) }
      if n < 0 {
        if errno == EINTR { continue }
        return (written, FileError(path: path, operation: .write, code: errno))
      }
      written += n
    }
    return (written, nil)
  }

  /// A file's bytes and its size on disk: what reading it back needs. `fdatasync` leaves out the
  /// times of access and change, which nothing here reads, and so costs one journal write less
  /// than `fsync` on a save (the same choice SQLite makes); Darwin has no `fdatasync`.
  private static func syncData(_ fd: Int32) -> Bool {
    #if canImport(Glibc)
      return fdatasync(fd) == 0
    #else
      return fsync(fd) == 0
    #endif
  }

  /// The rename is only durable once the folder's entry is on disk.
  private func syncFolder(_ folder: String) throws(FileError) {
    let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw FileError(path: folder, operation: .sync, code: errno) }
    defer { close(fd) }
    if fsync(fd) != 0 && errno != EINVAL { throw FileError(path: folder, operation: .sync, code: errno) }
  }

  public func list(_ folder: String) throws(FileError) -> [String] {
    guard let dir = opendir(folder) else { throw FileError(path: folder, operation: .list, code: errno) }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  public func stamp(_ path: String) -> FileStamp? {
    var info = stat()
    // The link itself, not what it points to: a link is named as a problem, never followed.
    guard lstat(path, &info) == 0 else { return nil }
    return FileStamp(
      size: Int64(info.st_size),
      modifiedNanoseconds: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
  }

  public func createFolder(_ path: String) throws(FileError) {
    if mkdir(path, 0o700) != 0 && errno != EEXIST {
      throw FileError(path: path, operation: .createFolder, code: errno)
    }
  }

  public func rename(_ from: String, to: String) throws(FileError) {
    guard Glibc.rename(from, to) == 0 else { throw FileError(path: from, operation: .rename, code: errno) }
    try syncFolder(PosixFileSystem.folder(of: to))
  }

  public func remove(_ path: String) throws(FileError) {
    if unlink(path) != 0 && errno != ENOENT { throw FileError(path: path, operation: .remove, code: errno) }
  }

  public func isLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
  }

  /// Whether anything is at `path`, a dangling link included (it is then named, not skipped).
  public func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  public func append(_ bytes: [UInt8], to path: String) throws(FileError) {
    let created = !exists(path)
    let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
    guard fd >= 0 else { throw FileError(path: path, operation: .write, code: errno) }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
      close(fd)
      throw FileError(path: path, operation: .write, code: FileError.notRegularFile)
    }
    var (written, failure) = PosixFileSystem.writeAll(bytes, to: fd, path: path)
    if failure == nil, !PosixFileSystem.syncData(fd) {
      failure = FileError(path: path, operation: .sync, code: errno)
    }
    if failure != nil, written > 0 {
      // A partial line would be read as damage; take back what was written.
      _ = ftruncate(fd, off_t(lseek(fd, 0, SEEK_END) - off_t(written)))
    }
    close(fd)
    if let failure {
      // A history file that never got its first line would only be clutter.
      if created { unlink(path) }
      throw failure
    }
    if created { try syncFolder(PosixFileSystem.folder(of: path)) }
  }

  public func truncate(_ path: String, to length: Int) throws(FileError) {
    let fd = open(path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard fd >= 0 else { throw FileError(path: path, operation: .write, code: errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
      throw FileError(path: path, operation: .write, code: FileError.notRegularFile)
    }
    guard ftruncate(fd, off_t(length)) == 0 else {
      throw FileError(path: path, operation: .write, code: errno)
    }
  }

  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func name(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }
}
