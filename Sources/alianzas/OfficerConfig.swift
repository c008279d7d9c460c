import AlianzasDomain
import AlianzasStore
import Foundation

/// Who works on this machine, kept in the user's config folder (`$XDG_CONFIG_HOME/alianzas/
/// officer.json`, else `~/.config/alianzas/officer.json`): asked once, on the first start of the
/// interface, and used to sign every change. `ALIANZAS_OFFICER` overrides it.
enum OfficerConfig {
  static var folder: String {
    let environment = ProcessInfo.processInfo.environment
    let config =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
    return config + "/alianzas"
  }

  static var file: String { folder + "/officer.json" }

  /// The name set by `ALIANZAS_OFFICER`, when it is set.
  static var fromEnvironment: String? {
    ProcessInfo.processInfo.environment["ALIANZAS_OFFICER"].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// The profile kept on this machine; nil when none was kept yet or it cannot be read.
  static func load() -> OfficerProfile? {
    guard let data = FileManager.default.contents(atPath: file),
      let profile = try? JSONDecoder().decode(OfficerProfile.self, from: data),
      !profile.name.isEmpty
    else { return nil }
    return profile
  }

  /// Keeps the profile, readable by its owner only; returns why it could not, if it could not.
  static func save(_ profile: OfficerProfile) -> String? {
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      try encoder.encode(profile).write(to: URL(fileURLWithPath: file), options: .atomic)
      StorePermissions.tighten(folder)
      return nil
    } catch {
      return "\(file): \(error.localizedDescription)"
    }
  }
}
