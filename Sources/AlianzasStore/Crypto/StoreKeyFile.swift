import Crypto
import Foundation
import _CryptoExtras

/// `keys.json`: the store's key, wrapped twice: by a key derived from the passphrase with scrypt
/// (memory-hard, so a stolen laptop's store resists guessing), and for the organization's
/// recovery public key. It names no person and holds nothing that opens the store by itself.
/// A checksum over its fields tells a damaged file apart from a wrong passphrase: when the
/// checksum holds and the box does not open, the passphrase is wrong.
public struct StoreKeyFile: Codable, Sendable, Hashable {
  public static let fileName = "keys.json"
  public static let kindName = "alianzas-keys"

  public var kind: String
  public var version: Int
  public var cipher: String
  /// Names the key without revealing it: bundles and copies say which key they need.
  public var keyID: String
  public var passphrase: PassphraseWrap
  public var recovery: RecoveryWrap
  /// False while an existing store is being encrypted: some files may still be plain.
  public var complete: Bool
  public var checksum: String

  public struct PassphraseWrap: Codable, Sendable, Hashable {
    public var kdf: String
    /// scrypt's cost: N = 2^logN, block size r, parallelism p.
    public var logN: Int
    public var r: Int
    public var p: Int
    public var salt: String
    public var sealed: String
  }

  public struct RecoveryWrap: Codable, Sendable, Hashable {
    public var publicKey: String
    public var fingerprint: String
    public var ephemeralKey: String
    public var sealed: String
  }

  /// 2^17 × 128 × 8 bytes = 128 MiB and about half a second here: the cost the scrypt paper and
  /// libsodium's "sensitive" limits aim at for a key opened once per session.
  public static let defaultLogN = 17

  /// Wraps a new store key; `logN` lower than the default only in tests that open many stores.
  public static func make(
    key: SymmetricKey, passphrase: String, recovery: Curve25519.KeyAgreement.PublicKey,
    complete: Bool, logN: Int = defaultLogN
  ) throws(StoreKeyError) -> StoreKeyFile {
    let id = keyID(of: key)
    let wrap = try wrapForPassphrase(key, id: id, passphrase: passphrase, logN: logN)
    var file = StoreKeyFile(
      kind: kindName, version: 1, cipher: "ChaCha20-Poly1305", keyID: id, passphrase: wrap,
      recovery: wrapForRecovery(key, id: id, recovery: recovery), complete: complete, checksum: "")
    file.checksum = file.computedChecksum
    return file
  }

  /// The same key under a new passphrase (after a recovery, or to change it).
  public func rewrapped(_ key: SymmetricKey, passphrase: String, logN: Int = defaultLogN)
    throws(StoreKeyError)
    -> StoreKeyFile
  {
    var file = self
    file.passphrase = try StoreKeyFile.wrapForPassphrase(key, id: keyID, passphrase: passphrase, logN: logN)
    file.checksum = file.computedChecksum
    return file
  }

  public func marked(complete: Bool) -> StoreKeyFile {
    var file = self
    file.complete = complete
    file.checksum = file.computedChecksum
    return file
  }

  public static func keyID(of key: SymmetricKey) -> String {
    let digest = key.withUnsafeBytes { SHA256.hash(data: Array("alianzas-key-id".utf8) + Array($0)) }
    return digest.prefix(8).map { String(format: "%02x", $0) }.joined()
  }

  static func derive(_ passphrase: String, salt: Data, logN: Int, r: Int, p: Int) throws(StoreKeyError)
    -> SymmetricKey
  {
    // The same passphrase typed on another keyboard may compose its accents differently.
    let normalized = Array(passphrase.precomposedStringWithCanonicalMapping.utf8)
    do {
      return try KDF.Scrypt.deriveKey(
        from: normalized, salt: salt, outputByteCount: 32, rounds: 1 << logN, blockSize: r, parallelism: p)
    } catch {
      throw .damagedKeyFile
    }
  }

  static func wrapForPassphrase(_ key: SymmetricKey, id: String, passphrase: String, logN: Int)
    throws(StoreKeyError) -> PassphraseWrap
  {
    let salt = Data(SymmetricKey(size: .bits128).withUnsafeBytes { Array($0) })
    let kek = try derive(passphrase, salt: salt, logN: logN, r: 8, p: 1)
    return PassphraseWrap(
      kdf: "scrypt", logN: logN, r: 8, p: 1, salt: salt.base64EncodedString(),
      sealed: seal(key, with: kek, id: id))
  }

  static func wrapForRecovery(_ key: SymmetricKey, id: String, recovery: Curve25519.KeyAgreement.PublicKey)
    -> RecoveryWrap
  {
    let ephemeral = Curve25519.KeyAgreement.PrivateKey()
    let kek = recoveryKEK(
      try? ephemeral.sharedSecretFromKeyAgreement(with: recovery), ephemeral: ephemeral.publicKey,
      recovery: recovery)
    return RecoveryWrap(
      publicKey: recovery.rawRepresentation.base64EncodedString(),
      fingerprint: KeyFingerprint.of(recovery.rawRepresentation),
      ephemeralKey: ephemeral.publicKey.rawRepresentation.base64EncodedString(),
      sealed: seal(key, with: kek, id: id))
  }

  static func recoveryKEK(
    _ secret: SharedSecret?, ephemeral: Curve25519.KeyAgreement.PublicKey,
    recovery: Curve25519.KeyAgreement.PublicKey
  ) -> SymmetricKey {
    guard let secret else { return SymmetricKey(size: .bits256) }
    return secret.hkdfDerivedSymmetricKey(
      using: SHA256.self, salt: ephemeral.rawRepresentation + recovery.rawRepresentation,
      sharedInfo: Array("alianzas-recovery-wrap".utf8), outputByteCount: 32)
  }

  static func seal(_ key: SymmetricKey, with kek: SymmetricKey, id: String) -> String {
    let bytes = key.withUnsafeBytes { Array($0) }
    guard let box = try? ChaChaPoly.seal(bytes, using: kek, authenticating: Array(id.utf8)) else {
      preconditionFailure("ChaChaPoly.seal fails only on a key of the wrong size")
    }
    return box.combined.base64EncodedString()
  }

  static func open(_ sealed: String, with kek: SymmetricKey, id: String) -> SymmetricKey? {
    guard let data = Data(base64Encoded: sealed), let box = try? ChaChaPoly.SealedBox(combined: data),
      let bytes = try? ChaChaPoly.open(box, using: kek, authenticating: Array(id.utf8)), bytes.count == 32
    else { return nil }
    let key = SymmetricKey(data: bytes)
    return keyID(of: key) == id ? key : nil
  }

  /// The store key, from the passphrase.
  public func unwrap(passphrase: String) throws(StoreKeyError) -> SymmetricKey {
    try checkIntegrity()
    guard let salt = Data(base64Encoded: self.passphrase.salt) else { throw .damagedKeyFile }
    let kek = try StoreKeyFile.derive(
      passphrase, salt: salt, logN: self.passphrase.logN, r: self.passphrase.r, p: self.passphrase.p)
    guard let key = StoreKeyFile.open(self.passphrase.sealed, with: kek, id: keyID) else {
      throw .wrongPassphrase
    }
    return key
  }

  /// The store key, from the organization's recovery private key.
  public func unwrap(recovery: RecoveryKey) throws(StoreKeyError) -> SymmetricKey {
    try checkIntegrity()
    let mine = recovery.publicKey.rawRepresentation
    guard mine.base64EncodedString() == self.recovery.publicKey else {
      throw .wrongRecoveryKey(given: KeyFingerprint.of(mine), expected: self.recovery.fingerprint)
    }
    guard let raw = Data(base64Encoded: self.recovery.ephemeralKey),
      let ephemeral = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: raw)
    else { throw .damagedKeyFile }
    let kek = StoreKeyFile.recoveryKEK(
      try? recovery.privateKey.sharedSecretFromKeyAgreement(with: ephemeral), ephemeral: ephemeral,
      recovery: recovery.publicKey)
    guard let key = StoreKeyFile.open(self.recovery.sealed, with: kek, id: keyID) else {
      throw .damagedKeyFile
    }
    return key
  }

  /// A key handed over whole (the merge driver's, from the sync that started it).
  public func accept(_ key: SymmetricKey) throws(StoreKeyError) -> SymmetricKey {
    try checkIntegrity()
    guard StoreKeyFile.keyID(of: key) == keyID else { throw .wrongStoreKey }
    return key
  }

  func checkIntegrity() throws(StoreKeyError) {
    guard kind == StoreKeyFile.kindName, version == 1, passphrase.kdf == "scrypt",
      (10...22).contains(passphrase.logN), (1...32).contains(passphrase.r), (1...16).contains(passphrase.p),
      checksum == computedChecksum
    else { throw .damagedKeyFile }
  }

  var computedChecksum: String {
    var copy = self
    copy.checksum = ""
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let bytes = (try? encoder.encode(copy)) ?? Data()
    return SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
  }

  public func encoded() -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    return Array((try? encoder.encode(self)) ?? Data()) + [0x0A]
  }

  public static func decode(_ bytes: [UInt8]) throws(StoreKeyError) -> StoreKeyFile {
    guard let file = try? JSONDecoder().decode(StoreKeyFile.self, from: Data(bytes)) else {
      throw .damagedKeyFile
    }
    try file.checkIntegrity()
    return file
  }
}
