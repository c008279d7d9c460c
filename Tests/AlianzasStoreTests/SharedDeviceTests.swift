import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

/// Two stores with one device id (two stores under one account, or laptops imaged from one disk)
/// used to lose an edit through git: after the merge, the other laptop's line looked like this
/// store's own unfinished write and was cut off. A line is this store's own unfinished write only
/// if it started from the file as it is now.
@Suite("Laptops that share a device id")
struct SharedDeviceTests {
  /// Merges laptop `from`'s history of `relative` into laptop `into`'s as git's union driver does
  /// (the lines of both, either side first), and puts `file` in place as the merge driver left it.
  func gitMerge(
    _ laptops: Laptops, from: Int, into: Int, _ relative: String, file: [UInt8], theirsFirst: Bool
  ) throws {
    let log = "/history/" + relative + "l"
    let ours = try String(contentsOfFile: laptops.folders[into] + log, encoding: .utf8)
    let theirs = try String(contentsOfFile: laptops.folders[from] + log, encoding: .utf8)
    let mine = Set(ours.split(separator: "\n"))
    let only = theirs.split(separator: "\n").filter { !mine.contains($0) }.map { $0 + "\n" }.joined()
    let base = ours.split(separator: "\n").filter { theirs.contains($0) }.map { $0 + "\n" }.joined()
    let own = ours.split(separator: "\n").filter { !theirs.contains($0) }.map { $0 + "\n" }.joined()
    let merged = base + (theirsFirst ? only + own : own + only)
    try merged.write(toFile: laptops.folders[into] + log, atomically: true, encoding: .utf8)
    try Data(file).write(to: URL(fileURLWithPath: laptops.folders[into] + "/" + relative))
  }

  @Test(arguments: [true, false], [true, false])
  func bothEditsOfOneFieldSurviveAsAConflict(sharedID: Bool, theirsFirst: Bool) throws {
    let laptops = try Laptops(count: 2)
    laptops.stores[0].device = "laptop"
    laptops.stores[1].device = sharedID ? "laptop" : "other"
    let code = laptops.stores[0].codes()[0]
    let relative = "alliances/\(code).json"
    for (i, name) in [(0, "Nombre del primero"), (1, "Nombre del segundo")] {
      var a = try laptops.stores[i].loadAlliance(code: code).get()
      let base = a
      a.name = name
      try laptops.stores[i].save(a, base: base)
    }
    // The second laptop pulls: the merge driver kept the first laptop's file (a disagreement it
    // leaves to the history), and the histories are joined.
    let first = bytes(laptops.folders[0] + "/" + relative)
    try gitMerge(laptops, from: 0, into: 1, relative, file: first, theirsFirst: theirsFirst)
    laptops.stores[1].release()
    let reopened = try FileStore.open(at: laptops.folders[1], mode: .write, officer: "o", now: now)
    reopened.device = laptops.stores[1].device
    defer { reopened.release() }
    _ = try reopened.settleFromHistory(relative)
    let names = reopened.history(of: relative).batches.flatMap(\.changes).compactMap(\.new?.stringValue)
    #expect(names.contains("Nombre del segundo"), "the second laptop's own edit is still in its history")
    #expect(names.contains("Nombre del primero"))
    #expect(reopened.openConflicts().contains { $0.file == relative }, "the disagreement is a conflict")
  }
}
