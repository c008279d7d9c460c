import Foundation

/// A file the export could not write, with the system's error number when the system refused
/// (a full disk, no permission), so the reason can be said in the reader's language.
public struct WriteFailure: Error, Sendable {
  public var reason: String
  public var code: Int32?

  public init(reason: String, code: Int32? = nil) {
    self.reason = reason
    self.code = code
  }

  /// The failure of the last system call, from `errno`.
  static func system() -> WriteFailure {
    let code = errno
    return WriteFailure(reason: String(cString: strerror(code)), code: code)
  }
}

/// An open file written through a buffer: few system calls however many small pieces, and the
/// first refusal thrown with its reason.
final class BufferedFile {
  let path: String
  private var fd: Int32
  private var buffer: [UInt8] = []
  private static let flushAt = 1 << 20

  init(creating path: String) throws(WriteFailure) {
    self.path = path
    fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw .system() }
    buffer.reserveCapacity(Self.flushAt + 4096)
  }

  deinit { if fd >= 0 { Foundation.close(fd) } }

  var descriptor: Int32 { fd }

  func append(_ bytes: some Sequence<UInt8>) throws(WriteFailure) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.flushAt { try flush() }
  }

  func append(_ byte: UInt8) throws(WriteFailure) {
    buffer.append(byte)
    if buffer.count >= Self.flushAt { try flush() }
  }

  /// Appends without the size check; the caller flushes (`flushIfFull`) after a record.
  func withBuffer(_ body: (inout [UInt8]) -> Void) { body(&buffer) }

  func flushIfFull() throws(WriteFailure) { if buffer.count >= Self.flushAt { try flush() } }

  func flush() throws(WriteFailure) {
    var done = 0
    while done < buffer.count {
      let n = buffer.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
      if n < 0 {
        if errno == EINTR { continue }
        throw .system()
      }
      done += n
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes, forces the bytes to the disk and closes: a full disk is found here at the latest.
  func close() throws(WriteFailure) {
    try flush()
    guard fsync(fd) == 0 else { throw .system() }
    let result = Foundation.close(fd)
    fd = -1
    guard result == 0 else { throw .system() }
  }
}
