import AlianzasDomain
import AlianzasStore
import ArgumentParser
import Foundation

/// This device's signing identity, to read to whoever must trust its bundles, and the devices
/// the store already trusts.
struct SyncIdentityCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "identity", abstract: CLI.identityAbstract())
  }

  @OptionGroup var common: CommonOptions

  func run() throws {
    let key = try DeviceIdentity.signingKey()
    say(CLI.identityLine(DeviceIdentity.current, KeyFingerprint.of(key.publicKey.rawRepresentation)))
    if let git = try? GitSigning.current(), let fingerprint = GitSigning.fingerprint(git.publicLine) {
      say(CLI.identityGitLine(fingerprint))
    }
    let path = common.storePath
    guard FileManager.default.fileExists(atPath: path + "/" + FileStore.manifestName) else { return }
    let store = try openForReading(path, language: common.language)
    let devices: [String: TrustedDevice]
    do { devices = try store.trustedDevices() } catch {
      complain(error.message(common.language))
      throw Explained(code: 2)
    }
    if devices.isEmpty { say(CLI.noTrustedDevices()) }
    for device in devices.values.sorted(by: { $0.device < $1.device }) {
      if device.git == true {
        say(
          CLI.trustedGitLine(
            device.device, GitSigning.fingerprint(device.publicKey) ?? "?", device.by, device.trusted.iso))
        continue
      }
      let fingerprint = Data(base64Encoded: device.publicKey).map(KeyFingerprint.of) ?? "?"
      say(CLI.trustedDeviceLine(device.device, fingerprint, device.by, device.trusted.iso))
    }
  }
}
