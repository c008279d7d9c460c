import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

private let asOfDay = DemoGenerator.defaultAsOf

/// `.cache/index.bin` with its stamps intact but values no real record gives (a tally of the
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
    let path = store + "/.cache/index.bin"
    let original = try #require(FileManager.default.contents(atPath: path))
    let hostile: [(String, (inout StoreIndex.Entry) -> Void)] = [
      ("elcsa tally of the wrong length", { $0.tally!.elcsa = [1, 2] }),
      (
        "counts near Int.max",
        { entry in
          entry.tally!.households = Int.max - 1
          entry.tally!.beneficiaries = Int.max - 1
        }
      ),
      ("an IDAP of 1e308", { $0.figures!.idap = 1e308 }),
      (
        "a delivery of NaN kg",
        {
          $0.dated!.deliveries = [
            .init(date: asOfDay, kg: .nan, rejectedKg: 0, pricePerKg: 1, underMeasured: true)
          ]
        }
      ),
      ("inputs taken on a later day than the index's", { $0.dated!.since = asOfDay.adding(days: 30) }),
      ("figures without the inputs to bring them to a new day", { $0.dated = nil }),
    ]
    var cases: [(String, [UInt8])] = []
    for (name, damage) in hostile {
      var index = try StoreIndex(compact: Array(original))
      let code = try #require(index.entries.keys.sorted().first { index.entries[$0]?.dated != nil })
      damage(&index.entries[code]!)
      cases.append((name, index.compactBytes()))
    }
    // Bytes that do not read at all: cut short, or noise behind the magic word.
    cases.append(("cut short", Array(original.prefix(original.count / 2))))
    var noise = SystemRandomNumberGenerator()
    cases.append(
      ("noise", Array("ALZI".utf8) + (0..<4096).map { _ in UInt8.random(in: 0...255, using: &noise) }))
    for (name, bytes) in cases {
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      let summary = try alianzas(["summary", "--store", store, "--json"])
      #expect(summary.status == 0, "\(name): \(summary.err)")
      #expect(summary.out == truth.out, "\(name): the figures are the files' own")
      let snapshot = try alianzas(["snapshot", "--store", store, "--size", "80x24"])
      #expect(snapshot.status == 0, "\(name): the panel opens (\(snapshot.err))")
    }
  }
}
