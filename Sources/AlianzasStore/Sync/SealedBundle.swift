import Crypto
import Foundation

/// A bundle file as it travels (format 2): one header line, signed by the device that made it,
/// then the payload, which is a format-1 bundle, sealed under the store's key when the store is
/// encrypted. The header names the payload's SHA-256 and length, the key it is sealed with, the
/// signer's public key and, in a full export of an encrypted store, the store's wrapped keys so
/// a new laptop can open it with the store's passphrase or the recovery key.
///
/// `alianzas-bundle 2 sha256=H bytes=N key=K signer=S keys=W sig=G`; G signs everything before
/// ` sig=`, and H covers the payload, so one signature vouches for every byte.
public struct SealedBundle: Sendable {
  public static let format = 2

  public var payload: [UInt8]
  /// The key ID the payload is sealed under; nil for a plain payload.
  public var keyID: String?
  public var signer: Curve25519.Signing.PublicKey
  public var keys: StoreKeyFile?

  public var signerFingerprint: String { KeyFingerprint.of(signer.rawRepresentation) }

  /// Seals (when `key` is given) and signs `bundle`.
  public static func write(
    _ bundle: SyncBundle, signer: Curve25519.Signing.PrivateKey, key: SymmetricKey?, keys: StoreKeyFile?
  ) throws -> [UInt8] {
    let inner = try bundle.encoded()
    let payload = key.map { SealedFrames.seal(inner, key: $0) } ?? inner
    let keysText = keys.map { Data($0.encoded()).base64EncodedString() } ?? "-"
    let unsigned =
      "\(SyncBundle.magic) \(format) sha256=\(Digest.sha256(payload)) bytes=\(payload.count)"
      + " key=\(key.map(StoreKeyFile.keyID(of:)) ?? "-")"
      + " signer=\(signer.publicKey.rawRepresentation.base64EncodedString()) keys=\(keysText)"
    let signature = try signer.signature(for: Array(unsigned.utf8))
    return Array((unsigned + " sig=\(signature.base64EncodedString())\n").utf8) + payload
  }

  /// Reads the header, checks the payload against it and the signature against the signer's
  /// key. Whether the signer is trusted is the store's question, asked next.
  public static func read(_ bytes: [UInt8]) -> Result<SealedBundle, SyncError> {
    guard let newline = bytes.prefix(16_384).firstIndex(of: 0x0A) else { return .failure(.notABundle) }
    let line = String(decoding: bytes[..<newline], as: UTF8.self)
    let parts = line.split(separator: " ")
    guard parts.count >= 2, parts[0] == SyncBundle.magic, let version = Int(parts[1]) else {
      return .failure(.notABundle)
    }
    if version < format { return .failure(.unsigned) }
    guard version == format else { return .failure(.newerBundle(version)) }
    var fields: [String: String] = [:]
    for part in parts.dropFirst(2) {
      guard let equals = part.firstIndex(of: "=") else { return .failure(.notABundle) }
      fields[String(part[..<equals])] = String(part[part.index(after: equals)...])
    }
    guard let digest = fields["sha256"], let count = fields["bytes"].flatMap({ Int($0) }),
      let keyText = fields["key"], let signerText = fields["signer"], let keysText = fields["keys"],
      let signatureText = fields["sig"], let signatureStart = line.range(of: " sig=")
    else { return .failure(.notABundle) }
    let payload = Array(bytes[(newline + 1)...])
    guard payload.count == count else { return .failure(.damaged(expected: count, found: payload.count)) }
    guard Digest.sha256(payload) == digest else { return .failure(.checksum) }
    guard let signerRaw = Data(base64Encoded: signerText),
      let signer = try? Curve25519.Signing.PublicKey(rawRepresentation: signerRaw),
      let signature = Data(base64Encoded: signatureText),
      signer.isValidSignature(signature, for: Array(line[..<signatureStart.lowerBound].utf8))
    else { return .failure(.badSignature) }
    var keys: StoreKeyFile?
    if keysText != "-" {
      guard let raw = Data(base64Encoded: keysText), let file = try? StoreKeyFile.decode(Array(raw)) else {
        return .failure(.unreadable(StoreKeyFile.fileName))
      }
      keys = file
    }
    return .success(
      SealedBundle(
        payload: payload, keyID: keyText == "-" ? nil : keyText, signer: signer,
        keys: keys))
  }

  /// The bundle inside, opened with `key` when it is sealed.
  public func open(key: SymmetricKey?) -> Result<SyncBundle, SyncError> {
    var inner = payload
    if let keyID {
      guard let key, StoreKeyFile.keyID(of: key) == keyID else {
        return .failure(.sealedForAnotherKey(keyID))
      }
      guard let opened = try? SealedFrames.open(payload, key: key), !opened.torn else {
        return .failure(.undecipherable)
      }
      inner = opened.plain
    }
    return SyncBundle.decode(inner)
  }
}

extension SealedBundle {
  /// The bundle inside, opened with `store`'s key: a sealed bundle needs the same key, and a
  /// plain store takes no sealed bundle.
  public func payloadOpened(by store: FileStore) -> Result<SyncBundle, SyncError> {
    if keyID != nil && store.storeKey == nil { return .failure(.encryptedIntoPlain) }
    return open(key: store.storeKey)
  }
}
