import AlianzasDomain
import Foundation

/// A bundle: the changes of a store (or all of it) in one file, to carry on a USB stick or by
/// e-mail. The first line names the format and the SHA-256 of the rest, so a damaged or foreign
/// file is refused before anything is read from it.
public struct SyncBundle: Codable, Sendable {
  public static let magic = "alianzas-bundle"
  public static let currentFormat = 1

  public var format: Int
  /// Stores that share a lineage started from the same base; a bundle from another lineage is
  /// foreign.
  public var lineage: String?
  public var created: Timestamp
  public var device: String
  public var officer: String
  /// Only batches received at or after this moment; nil for everything.
  public var since: Timestamp?
  /// The demo day of a demo store, so a store made from a full bundle sees the same "today".
  public var asOf: Day?
  public var files: [BundleFile]

  public struct BundleFile: Codable, Sendable {
    public var path: String
    public var batches: [ChangeBatch]
    /// The whole file, in full exports: what a new store starts from.
    public var snapshot: JSONValue?
  }

  public func encoded() throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let payload = Array(try encoder.encode(self))
    let header = "\(SyncBundle.magic) \(format) sha256=\(Digest.sha256(payload)) bytes=\(payload.count)\n"
    return Array(header.utf8) + payload
  }

  /// Reads a bundle, or says why it cannot be one.
  public static func decode(_ bytes: [UInt8]) -> Result<SyncBundle, SyncError> {
    guard let newline = bytes.prefix(200).firstIndex(of: 0x0A) else { return .failure(.notABundle) }
    let header = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: " ")
    guard header.count == 4, header[0] == magic, let format = Int(header[1]),
      header[2].hasPrefix("sha256="), header[3].hasPrefix("bytes="), let count = Int(header[3].dropFirst(6))
    else { return .failure(.notABundle) }
    guard format <= currentFormat else { return .failure(.newerBundle(format)) }
    let payload = Array(bytes[(newline + 1)...])
    guard payload.count == count else { return .failure(.damaged(expected: count, found: payload.count)) }
    guard Digest.sha256(payload) == header[2].dropFirst(7) else { return .failure(.checksum) }
    do {
      guard let tree = JSONValue.parse(payload) else { return .failure(.unreadable("JSON")) }
      let bundle = try SyncBundle(tree: tree)
      for file in bundle.files where !SyncBundle.isRecordPath(file.path) {
        return .failure(.badPath(file.path))
      }
      return .success(bundle)
    } catch {
      return .failure(.unreadable(error.field))
    }
  }

  /// `alliances/<code>.json` or `households/<code>.json` with a safe code: a bundle cannot name
  /// any other file (no `..`, no absolute paths).
  public static func isRecordPath(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0] == "alliances" || parts[0] == "households", parts[1].hasSuffix(".json")
    else { return false }
    return Alliance.isSafeFileCode(String(parts[1].dropLast(5)))
  }
}

/// Why a sync could not be done; nothing was changed.
public enum SyncError: Error, Sendable, Equatable {
  case notABundle
  case newerBundle(Int)
  case damaged(expected: Int, found: Int)
  case checksum
  case unreadable(String)
  case badPath(String)
  case foreign(bundle: String, store: String)
  /// The bundle does not say which store it comes from, and this store has a lineage.
  case noLineage(store: String)
  /// A format-1 bundle: it carries no signature, so nothing says which device made it.
  case unsigned
  /// The signature does not match the header: the bundle was changed after it was signed.
  case badSignature
  /// Signed by a device this store does not trust yet.
  case untrustedDevice(fingerprint: String, device: String)
  /// Sealed under a key this store does not hold.
  case sealedForAnotherKey(String)
  /// Sealed under this store's key, yet it does not open: changed or damaged.
  case undecipherable
  /// A sealed bundle into a plain store.
  case encryptedIntoPlain
}
