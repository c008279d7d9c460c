import Foundation
import Testing

/// Commands that only look at a store (snapshot, summary, analyze) open it in read mode: they
/// take no lock, so they run while the interface holds it, and they write nothing — no cache, no
/// migration, no quarantine — so even a damaged store is left byte for byte as it was.
@Suite("Read commands never write")
struct ReadModeTests {
  @Test func readCommandsRunBesideAWriterAndLeaveADamagedStoreIdentical() throws {
    let store = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: store) }
    #expect(try alianzas(["demo", "--store", store, "--scale", "0.1", "--no-open"]).status == 0)
    // Damage one alliance and one household file, so a writer would quarantine them and rebuild
    // the cache.
    let alliances = try FileManager.default.contentsOfDirectory(atPath: store + "/alliances").sorted()
    let households = try FileManager.default.contentsOfDirectory(atPath: store + "/households").sorted()
    for path in [store + "/alliances/" + alliances[0], store + "/households/" + households[1]] {
      let data = FileManager.default.contents(atPath: path)!
      #expect(FileManager.default.createFile(atPath: path, contents: data.prefix(data.count / 2)))
    }
    // Another process holds the write lock, as the interface does.
    let holder = Process()
    holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
    holder.arguments = [store + "/.lock", "sleep", "60"]
    try holder.run()
    defer { holder.terminate() }
    var held = false
    for _ in 0..<100 {
      let probe = try run("/usr/bin/flock", ["-n", store + "/.lock", "true"])
      if probe.status != 0 {
        held = true
        break
      }
      usleep(20_000)
    }
    #expect(held, "the lock is held by another process")
    let before = everyByte(store)
    let commands: [[String]] = [
      ["snapshot", "--screen", "panel"], ["snapshot", "--screen", "ruptures", "--size", "80x24"],
      ["snapshot", "--screen", "surveys"], ["summary"], ["summary", "--json"], ["analyze", "survival"],
      ["analyze", "relink"], ["analyze", "compare", "--by", "beneficiary"], ["validate"],
      ["validate", "--quality"],
      ["report", "national", "--out", NSTemporaryDirectory() + "read-mode-\(getpid()).html", "--force"],
      [
        "export", "--format", "xlsx", "--out", NSTemporaryDirectory() + "read-mode-\(getpid()).xlsx",
        "--force",
      ],
    ]
    for command in commands {
      let result = try alianzas(command + ["--store", store])
      // Status 1 says "damaged files were skipped"; 2 would be a refusal.
      #expect(result.status == 0 || result.status == 1, "\(command): \(result.err)")
      // (The Cox fit of a store this small may not converge; the command says so.)
      #expect(!result.out.isEmpty || result.err.contains("convergi"), "\(command) printed its result")
      #expect(!result.err.contains("held") && !result.err.contains("bloque"), "\(command): \(result.err)")
      let after = everyByte(store)
      #expect(after.keys.sorted() == before.keys.sorted(), "\(command) added or removed no file")
      for (path, data) in before where after[path] != data {
        Issue.record("\(command) changed \(path)")
      }
    }
    let snapshot = try alianzas(["snapshot", "--screen", "ruptures", "--store", store])
    #expect(snapshot.out.contains("Rupturas"), "the screen is drawn: \(snapshot.out.prefix(200))")
  }
}
