import AlianzasDomain
import Foundation

/// Brings a store of an older format up to the current one, after copying every file it will
/// touch into `backups/format-N-<time>/`.
enum StoreMigration {
  static func migrate(_ store: FileStore, now: Timestamp) throws(StoreError) {
    let from = store.manifest.formatVersion
    let backup = "backups/format-\(from)-\(now.iso.replacingOccurrences(of: ":", with: ""))"
    do {
      try store.fs.createFolder(store.path("backups"))
      try store.fs.createFolder(store.path(backup))
      try store.fs.createFolder(store.path(backup + "/alliances"))
      for code in store.codes(in: .alliances) {
        let relative = store.relativePath(.alliances, code: code)
        try store.fs.writeAtomically(
          try store.fs.read(store.path(relative)), to: store.path(backup + "/" + relative))
      }
      try store.fs.writeAtomically(
        try store.fs.read(store.path(FileStore.manifestName)),
        to: store.path(backup + "/" + FileStore.manifestName))
    } catch { throw .file(error) }
    if from < 2 { try splitHouseholds(store) }
    var manifest = store.manifest
    manifest.formatVersion = StoreManifest.currentFormat
    try store.setManifest(manifest)
  }

  /// Format 1 kept an alliance's households under its `households` key; format 2 gives them a file.
  private static func splitHouseholds(_ store: FileStore) throws(StoreError) {
    for code in store.codes(in: .alliances) {
      let relative = store.relativePath(.alliances, code: code)
      let bytes: [UInt8]
      do { bytes = try store.fs.read(store.path(relative)) } catch { throw .file(error) }
      // A file that does not read is left as it is; `validate` will name it.
      guard var object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any],
        let households = object.removeValue(forKey: "households")
      else { continue }
      do {
        let roster: [String: Any] = ["allianceCode": code, "households": households]
        let rosterData = try JSONSerialization.data(
          withJSONObject: roster, options: [.prettyPrinted, .sortedKeys])
        try store.fs.writeAtomically(
          Array(rosterData) + [0x0A], to: store.path(store.relativePath(.households, code: code)))
        let allianceData = try JSONSerialization.data(
          withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        try store.fs.writeAtomically(Array(allianceData) + [0x0A], to: store.path(relative))
      } catch let error as FileError {
        throw .file(error)
      } catch {
        throw .encoding("\(error)")
      }
    }
  }
}
