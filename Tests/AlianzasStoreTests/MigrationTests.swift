import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

@Suite("Older formats are migrated after a backup")
struct MigrationTests {
  @Test func formatOneKeptHouseholdsInsideTheAllianceFile() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.005)
    let codes = store.codes()
    let expected = store.loadAll()
    store.release()
    // Rewrite the store as format 1: households folded into each alliance file.
    for code in codes {
      let alliancePath = root + "/alliances/\(code).json"
      var object = try JSONSerialization.jsonObject(with: Data(bytes(alliancePath))) as! [String: Any]
      let roster =
        try JSONSerialization.jsonObject(with: Data(bytes(root + "/households/\(code).json")))
        as! [String: Any]
      object["households"] = roster["households"]
      let folded = try JSONSerialization.data(withJSONObject: object)
      #expect(FileManager.default.createFile(atPath: alliancePath, contents: folded))
      try FileManager.default.removeItem(atPath: root + "/households/\(code).json")
    }
    let manifestPath = root + "/store.json"
    write(
      String(decoding: bytes(manifestPath), as: UTF8.self).replacingOccurrences(
        of: "\"formatVersion\" : 2", with: "\"formatVersion\" : 1"), to: manifestPath)
    let old = snapshot(root)

    let migrated = try FileStore.open(at: root, mode: .write, officer: "t", now: now)
    #expect(migrated.manifest.formatVersion == StoreManifest.currentFormat)
    let contents = migrated.loadAll()
    #expect(contents.problems.isEmpty)
    #expect(
      contents.alliances.sorted { $0.code < $1.code } == expected.alliances.sorted { $0.code < $1.code })
    #expect(contents.rosters == expected.rosters)
    let backups = try FileManager.default.contentsOfDirectory(atPath: root + "/backups")
    #expect(backups.count == 1 && backups[0].hasPrefix("format-1-"))
    for (relative, data) in old where relative.hasPrefix("alliances/") || relative == "store.json" {
      #expect(bytes(root + "/backups/\(backups[0])/\(relative)") == data, "backup of \(relative)")
    }
  }
}
