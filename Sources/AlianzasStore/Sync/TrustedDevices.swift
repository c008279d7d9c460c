import AlianzasDomain
import Crypto
import Foundation

/// A device whose bundles this store takes: its signing key, named by the device id it signed
/// with, who trusted it and when. Kept in `trusted-devices.json` (sealed in an encrypted store),
/// keyed by fingerprint, so two laptops that trusted different devices merge their lists.
public struct TrustedDevice: Codable, Sendable, Hashable {
  public var publicKey: String
  public var device: String
  public var trusted: Timestamp
  public var by: String
  /// True for the key a device signs its git commits with (an OpenSSH public key line).
  public var git: Bool? = nil
}

extension FileStore {
  public static let trustedDevicesName = "trusted-devices.json"

  /// The devices this store trusts, by normalized fingerprint.
  public func trustedDevices() throws(StoreError) -> [String: TrustedDevice] {
    let full = path(FileStore.trustedDevicesName)
    guard fs.exists(full) else { return [:] }
    let bytes: [UInt8]
    do { bytes = try fs.read(full) } catch { throw .file(error) }
    switch StoreCoding.decode([String: TrustedDevice].self, from: bytes, path: FileStore.trustedDevicesName) {
    case .success(let devices): return devices
    case .failure(let problem): throw .unreadable(problem)
    }
  }

  /// Whether a bundle signed by `key` is taken: this device's own key, or one trusted before.
  public func trusts(_ key: Curve25519.Signing.PublicKey, own: Curve25519.Signing.PublicKey?)
    throws(StoreError)
    -> Bool
  {
    if let own, own.rawRepresentation == key.rawRepresentation { return true }
    let fingerprint = KeyFingerprint.normalized(KeyFingerprint.of(key.rawRepresentation))
    return try trustedDevices()[fingerprint]?.publicKey == key.rawRepresentation.base64EncodedString()
  }

  /// Adds `key` to the trusted devices.
  public func trust(_ key: Curve25519.Signing.PublicKey, device: String) throws(StoreError) {
    guard isWritable else { throw readOnlyReason ?? .readOnly }
    var devices = try trustedDevices()
    devices[KeyFingerprint.normalized(KeyFingerprint.of(key.rawRepresentation))] = TrustedDevice(
      publicKey: key.rawRepresentation.base64EncodedString(), device: device, trusted: clock(), by: officer)
    try write(devices, to: FileStore.trustedDevicesName)
  }

  /// Adds a device's git commit-signing key (an OpenSSH public key line), by its fingerprint.
  public func trustGitKey(_ line: String, fingerprint: String, device: String) throws(StoreError) {
    guard isWritable else { throw readOnlyReason ?? .readOnly }
    var devices = try trustedDevices()
    devices[fingerprint] = TrustedDevice(
      publicKey: line, device: device, trusted: clock(), by: officer, git: true)
    try write(devices, to: FileStore.trustedDevicesName)
  }

  /// The store's key, when it is encrypted: what its bundles are sealed with.
  public var storeKey: SymmetricKey? { (fs as? StoreCipherFileSystem)?.key }

  /// The store's key file, when it is encrypted: carried by full exports.
  public var keyFile: StoreKeyFile? { try? StoreEncryption.keyFile(root: root, fs: fs) }
}
