import Crypto
import Foundation

/// How an encrypted store file is laid out: one or more frames, each `ALZ1`, the length of what
/// follows (4 bytes, big-endian) and a ChaCha20-Poly1305 box (random 12-byte nonce, ciphertext,
/// 16-byte tag) whose header is authenticated with it. A file replaced whole is one frame; a
/// history file grows by one frame per append, so appending never rewrites what is there.
enum SealedFrames {
  static let magic: [UInt8] = Array("ALZ1".utf8)
  static let headerSize = 8
  /// Nonce and tag: what a frame adds to its plaintext besides the header.
  static let overhead = 12 + 16

  /// What a frame-by-frame reading found.
  struct Opened {
    var plain: [UInt8]
    /// Where each whole frame ends, in the file and in the plaintext.
    var ends: [(cipher: Int, plain: Int)]
    /// The file ends inside a frame: an append that a crash cut short.
    var torn: Bool
  }

  enum Failure: Error {
    /// A whole frame whose tag does not check: the file was changed, or sealed with another key.
    case authentication
    /// Bytes that are no frame at all.
    case notSealed
  }

  static func isSealed(_ bytes: [UInt8]) -> Bool {
    bytes.count >= magic.count && Array(bytes[0..<magic.count]) == magic
  }

  static func seal(_ plain: [UInt8], key: SymmetricKey) -> [UInt8] {
    let length = UInt32(plain.count + overhead)
    var header = magic
    header += [
      UInt8(length >> 24), UInt8((length >> 16) & 0xFF), UInt8((length >> 8) & 0xFF), UInt8(length & 0xFF),
    ]
    // A random nonce per frame: the 96-bit space makes a repeat negligible at a store's counts.
    guard let box = try? ChaChaPoly.seal(plain, using: key, authenticating: header) else {
      preconditionFailure("ChaChaPoly.seal fails only on a key of the wrong size")
    }
    return header + Array(box.combined)
  }

  static func open(_ bytes: [UInt8], key: SymmetricKey) throws(Failure) -> Opened {
    var opened = Opened(plain: [], ends: [], torn: false)
    opened.plain.reserveCapacity(max(0, bytes.count - headerSize - overhead))
    guard isSealed(bytes) else { throw .notSealed }
    var at = 0
    while at < bytes.count {
      guard bytes.count - at >= headerSize else {
        opened.torn = true
        break
      }
      guard bytes[at..<at + magic.count].elementsEqual(magic) else {
        throw .authentication
      }
      let length =
        Int(bytes[at + 4]) << 24 | Int(bytes[at + 5]) << 16 | Int(bytes[at + 6]) << 8 | Int(bytes[at + 7])
      guard length >= overhead else { throw .authentication }
      guard bytes.count - at - headerSize >= length else {
        opened.torn = true
        break
      }
      let header = bytes[at..<at + headerSize]
      let body = bytes[at + headerSize..<at + headerSize + length]
      do {
        let box = try ChaChaPoly.SealedBox(combined: body)
        opened.plain += try ChaChaPoly.open(box, using: key, authenticating: header)
      } catch {
        throw .authentication
      }
      at += headerSize + length
      opened.ends.append((at, opened.plain.count))
    }
    return opened
  }
}
