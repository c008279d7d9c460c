import AlianzasDomain
import AlianzasStore
import Crypto
import Foundation

/// Signed commits for `sync git`: git signs through ssh-keygen, so this laptop has an OpenSSH
/// Ed25519 key of its own for it, made by ssh-keygen at the first sync and kept 0600 in the
/// config folder beside the bundle-signing key. Every commit a sync makes is signed and names
/// its public key in a trailer; a sync merges only commits signed by this laptop or by a
/// device the store trusts, and `--trust FINGERPRINT` adds one after the fingerprint was
/// compared with its owner.
struct GitSigning {
  let privatePath: String
  let publicLine: String

  static let trailer = "Alianzas-Signing-Key: "

  /// This laptop's key, made once (two syncs starting together keep the first one made).
  static func current() throws -> GitSigning {
    let folder = DeviceIdentity.folder
    let path = folder + "/git-signing.key"
    if let line = publicLine(path + ".pub") { return GitSigning(privatePath: path, publicLine: line) }
    try? FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let temporary = folder + "/.git-signing-\(getpid())"
    let made = run(
      "/usr/bin/env",
      [
        "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "alianzas \(DeviceIdentity.current)", "-f",
        temporary,
      ])
    guard made == 0 else {
      complain(CLI.gitSigningKeyFailed())
      throw Explained(code: 1)
    }
    // link() fails when the key exists: then the one already there is kept.
    if link(temporary, path) == 0 { _ = link(temporary + ".pub", path + ".pub") }
    unlink(temporary)
    unlink(temporary + ".pub")
    guard let line = publicLine(path + ".pub") else {
      complain(CLI.gitSigningKeyFailed())
      throw Explained(code: 1)
    }
    return GitSigning(privatePath: path, publicLine: line)
  }

  private static func publicLine(_ path: String) -> String? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    let parts = text.split(separator: " ")
    guard parts.count >= 2, parts[0] == "ssh-ed25519" else { return nil }
    return "ssh-ed25519 " + parts[1]
  }

  /// OpenSSH's fingerprint of a public key line: `SHA256:` and the base64 of the key blob's
  /// SHA-256 without padding, as `git log %GK` and `ssh-keygen -l` print it.
  static func fingerprint(_ line: String) -> String? {
    let parts = line.split(separator: " ")
    guard parts.count >= 2, let blob = Data(base64Encoded: String(parts[1])) else { return nil }
    let digest = Data(SHA256.hash(data: blob)).base64EncodedString()
    return "SHA256:" + digest.replacingOccurrences(of: "=", with: "")
  }

  /// What git needs to sign and check: the key, and the file of the keys whose commits count as
  /// trusted (this laptop's and the store's trusted devices').
  func configuration(allowedSigners: String) -> [String] {
    [
      "-c", "gpg.format=ssh", "-c", "user.signingkey=\(privatePath)", "-c", "commit.gpgsign=true",
      "-c", "gpg.ssh.allowedSignersFile=\(allowedSigners)",
    ]
  }

  /// The allowed-signers file for git: one line per key.
  func allowedSigners(trusted: [TrustedDevice]) -> String {
    let keys = [publicLine] + trusted.filter { $0.git == true }.map(\.publicKey)
    return keys.map { "alianzas namespaces=\"git\" \($0)\n" }.joined()
  }

  /// A commit message with the signing key's trailer.
  func message(_ text: String) -> String { text + "\n\n" + GitSigning.trailer + publicLine }

  private static func run(_ tool: String, _ arguments: [String]) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return 127 }
    process.waitUntilExit()
    return process.terminationStatus
  }
}

/// A commit from the remote that a sync will not merge, and why.
struct UntrustedCommit {
  var commit: String
  var device: String
  /// The signer's fingerprint, when it signed with a valid key this store does not trust.
  var fingerprint: String?
}
