import Crypto

/// SHA-256 in hexadecimal: names a file's exact contents in the history and checks bundles.
enum Digest {
  static func sha256(_ bytes: [UInt8]) -> String {
    SHA256.hash(data: bytes).map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }
}
