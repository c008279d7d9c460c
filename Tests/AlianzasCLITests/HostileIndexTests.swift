import Foundation
import Testing

/// `.cache/index.json` with its stamps intact but values no real record gives (a tally of the
/// wrong length, counts near Int.max, 1e308) used to crash every open. The index is checked like
/// any input: a bad one is dropped and the figures rebuilt from the files.
@Suite("A hostile index is rebuilt, not trusted")
struct HostileIndexTests {
  @Test func hostileValuesWithMatchingStampsGiveTheTrueFigures() throws {
    let store = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: store) }
    #expect(try alianzas(["demo", "--store", store, "--scale", "0.03", "--no-open"]).status == 0)
    let truth = try alianzas(["summary", "--store", store, "--json"])
    #expect(truth.status == 0, "\(truth.err)")
    let path = store + "/.cache/index.json"
    let original = try #require(FileManager.default.contents(atPath: path))
    let hostile: [(String, (inout [String: Any]) -> Void)] = [
      (
        "elcsa tally of the wrong length",
        { entry in
          var tally = entry["tally"] as! [String: Any]
          tally["elcsa"] = [1, 2]
          entry["tally"] = tally
        }
      ),
      (
        "counts near Int.max",
        { entry in
          var tally = entry["tally"] as! [String: Any]
          tally["households"] = Int.max - 1
          tally["beneficiaries"] = Int.max - 1
          entry["tally"] = tally
        }
      ),
      (
        "an IDAP of 1e308",
        { entry in
          var figures = entry["figures"] as! [String: Any]
          figures["idap"] = 1e308
          entry["figures"] = figures
        }
      ),
    ]
    for (name, damage) in hostile {
      var index = try #require(try JSONSerialization.jsonObject(with: original) as? [String: Any])
      var entries = try #require(index["entries"] as? [String: Any])
      let code = try #require(
        entries.keys.sorted().first { ((entries[$0] as? [String: Any])?["tally"]) != nil })
      var entry = try #require(entries[code] as? [String: Any])
      damage(&entry)
      entries[code] = entry
      index["entries"] = entries
      try JSONSerialization.data(withJSONObject: index).write(to: URL(fileURLWithPath: path))
      let summary = try alianzas(["summary", "--store", store, "--json"])
      #expect(summary.status == 0, "\(name): \(summary.err)")
      #expect(summary.out == truth.out, "\(name): the figures are the files' own")
      let snapshot = try alianzas(["snapshot", "--store", store, "--size", "80x24"])
      #expect(snapshot.status == 0, "\(name): the panel opens (\(snapshot.err))")
    }
  }
}
