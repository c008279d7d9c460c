import AlianzasDomain
import Foundation

#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Who holds a store for writing.
public struct LockHolder: Codable, Sendable, Hashable {
  public var pid: Int32
  public var host: String
  public var officer: String
  public var since: Timestamp
}

/// An exclusive write lock on a store. It is an `flock` on `.lock`, so the kernel releases it when
/// the holding process dies, however it dies: a lock left by a crash never blocks the next user.
/// The file's text says who holds it, for the message the second user sees.
public final class StoreLock: @unchecked Sendable {
  private var fd: Int32

  private init(fd: Int32) { self.fd = fd }

  public enum Failure: Error, Sendable {
    case heldBy(LockHolder?)
    case file(FileError)
  }

  public static func acquire(root: String, officer: String, now: Timestamp) throws(Failure) -> StoreLock {
    let path = root + "/.lock"
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
    guard fd >= 0 else { throw .file(FileError(path: path, operation: .lock, code: errno)) }
    if flock(fd, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      let holder = readHolder(fd: fd)
      close(fd)
      if code == EWOULDBLOCK { throw .heldBy(holder) }
      throw .file(FileError(path: path, operation: .lock, code: code))
    }
    let holder = LockHolder(
      pid: getpid(), host: ProcessInfo.processInfo.hostName, officer: officer, since: now)
    if let data = try? JSONEncoder().encode(holder) {
      ftruncate(fd, 0)
      _ = data.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }
    return StoreLock(fd: fd)
  }

  private static func readHolder(fd: Int32) -> LockHolder? {
    var buffer = [UInt8](repeating: 0, count: 4096)
    let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
    guard n > 0 else { return nil }
    return try? JSONDecoder().decode(LockHolder.self, from: Data(buffer[0..<n]))
  }

  public func release() {
    guard fd >= 0 else { return }
    flock(fd, LOCK_UN)
    close(fd)
    fd = -1
  }

  deinit { release() }
}
