import AlianzasStore
import Crypto
import Foundation

/// The key behind an anonymized export's pseudonyms. It never goes into an export: it is kept in
/// the user's config folder, one per store lineage (`export-keys/<lineage>.key`, readable by its
/// owner only), so every export of one store gives a household the same pseudonym and two stores
/// never share one. A team that must link exports made on several laptops shares a key file
/// (`--key-file`).
enum ExportKey {
  static func load(store: FileStore, file: String?) throws -> SymmetricKey {
    let path =
      file.map(CommonOptions.absolute)
      ?? OfficerConfig.folder + "/export-keys/" + name(store) + ".key"
    if let data = FileManager.default.contents(atPath: path) {
      guard data.count == 32 else { throw Problem.unreadable(path) }
      return SymmetricKey(data: data)
    }
    let key = SymmetricKey(size: .bits256)
    let folder = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      let data = key.withUnsafeBytes { Data($0) }
      guard
        FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600])
      else { throw Problem.cannotKeep(path) }
    } catch let problem as Problem {
      throw problem
    } catch {
      throw Problem.cannotKeep(path)
    }
    return key
  }

  /// The store's lineage (shared by its copies), else its creation and device.
  static func name(_ store: FileStore) -> String {
    let raw = store.manifest.lineage ?? "\(store.manifest.created.iso)-\(store.manifest.deviceID)"
    return String(raw.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" })
  }

  enum Problem: Error {
    case unreadable(String)
    case cannotKeep(String)
  }
}
