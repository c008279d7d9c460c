import Crypto
import Foundation

/// The organization's recovery key pair (X25519). Every encrypted store wraps its key for the
/// public half too, so a supervisor holding the private half can open a store whose officer lost
/// the passphrase. The private half never travels with a store.
public struct RecoveryKey: Sendable {
  public let privateKey: Curve25519.KeyAgreement.PrivateKey

  public static let privateHeader = "ALIANZAS-RECOVERY-PRIVATE-KEY"
  public static let publicHeader = "ALIANZAS-RECOVERY-PUBLIC-KEY"

  public init() { privateKey = Curve25519.KeyAgreement.PrivateKey() }

  init(privateKey: Curve25519.KeyAgreement.PrivateKey) { self.privateKey = privateKey }

  public var publicKey: Curve25519.KeyAgreement.PublicKey { privateKey.publicKey }

  /// The private key file: a header line and the key in base64. Kept 0600 by whoever writes it.
  public var privateFileText: String {
    RecoveryKey.privateHeader + "\n" + privateKey.rawRepresentation.base64EncodedString() + "\n"
  }

  public var publicFileText: String { RecoveryKey.publicText(publicKey) }

  public static func publicText(_ key: Curve25519.KeyAgreement.PublicKey) -> String {
    publicHeader + "\n" + key.rawRepresentation.base64EncodedString() + "\n"
  }

  /// Reads a private key file; nil when the text is not one.
  public static func parsePrivate(_ text: String) -> RecoveryKey? {
    guard let raw = body(of: text, header: privateHeader),
      let key = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: raw)
    else { return nil }
    return RecoveryKey(privateKey: key)
  }

  /// Reads a public key: its file's text, or the base64 alone as printed by `keys recovery`.
  public static func parsePublic(_ text: String) -> Curve25519.KeyAgreement.PublicKey? {
    let raw =
      body(of: text, header: publicHeader)
      ?? Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines))
    guard let raw, raw.count == 32 else { return nil }
    return try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: raw)
  }

  private static func body(of text: String, header: String) -> Data? {
    let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
    guard lines.count >= 2, lines[0] == header else { return nil }
    return Data(base64Encoded: lines[1])
  }
}
