import Crypto
import Foundation

/// What a person compares by voice or on paper to know a public key is the one they expect: the
/// first 16 bytes of its SHA-256, in groups of four hex digits.
public enum KeyFingerprint {
  public static func of(_ raw: Data) -> String {
    let hex = SHA256.hash(data: raw).prefix(16).map { String(format: "%02x", $0) }.joined()
    var groups: [String] = []
    var rest = Substring(hex)
    while !rest.isEmpty {
      groups.append(String(rest.prefix(4)))
      rest = rest.dropFirst(4)
    }
    return groups.joined(separator: "-")
  }

  /// A fingerprint as a person may type it: case and separators do not matter.
  public static func normalized(_ text: String) -> String {
    text.lowercased().filter { $0.isHexDigit }
  }
}
