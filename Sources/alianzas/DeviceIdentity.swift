import AlianzasStore
import Crypto
import Foundation

/// This laptop's id for record stamps: made once, kept in the user's config folder, so records
/// from different laptops can be told apart when stores are merged.
enum DeviceIdentity {
  static var folder: String {
    let environment = ProcessInfo.processInfo.environment
    let config =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
    return config + "/alianzas"
  }

  static var current: String {
    let environment = ProcessInfo.processInfo.environment
    if let forced = environment["ALIANZAS_DEVICE"], !forced.isEmpty { return forced }
    let folder = folder
    let file = folder + "/device-id"
    if let text = try? String(contentsOfFile: file, encoding: .utf8) {
      let id = text.trimmingCharacters(in: .whitespacesAndNewlines)
      // Kept to the owner, whoever made it and with whatever umask.
      StorePermissions.tighten(folder)
      if !id.isEmpty { return id }
    }
    let host = ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init) ?? "pc"
    let id =
      "\(host.filter { $0.isLetter || $0.isNumber }.prefix(12))-\(UUID().uuidString.prefix(8).lowercased())"
    try? FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    try? (id + "\n").write(toFile: file, atomically: true, encoding: .utf8)
    StorePermissions.tighten(folder)
    return id
  }
}

extension DeviceIdentity {
  /// This laptop's signing key (Ed25519), made at the first start that needs it and kept 0600 in
  /// the config folder: bundles it exports carry its signature, and other stores take them only
  /// once they trust its fingerprint.
  static func signingKey() throws -> Curve25519.Signing.PrivateKey {
    let file = folder + "/signing.key"
    if let text = try? String(contentsOfFile: file, encoding: .utf8),
      let raw = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)),
      let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)
    {
      return key
    }
    let key = Curve25519.Signing.PrivateKey()
    try? FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    StorePermissions.tighten(folder)
    do {
      try PosixFileSystem().writeAtomically(
        Array((key.rawRepresentation.base64EncodedString() + "\n").utf8), to: file)
    } catch {
      complain(error.message(cliLanguage))
      throw Explained(code: 2)
    }
    return key
  }
}
