import Foundation
import Testing

/// The research export keeps no one's name, document or words, gives each household a pseudonym
/// that holds from one export to the next but not across stores, and coarsens rare households,
/// as an independent reading of the store finds them.
@Suite("Anonymized research export")
struct AnonymizedExportTests {
  static let config = temporaryFolder("anonymized-config")

  func export(_ store: String, _ extra: [String] = []) throws -> String {
    let out = temporaryFolder("anonymized-out")
    let result = try alianzas(
      ["export", "--store", store, "--anonymize", "--out", out] + extra,
      environment: ["XDG_CONFIG_HOME": Self.config])
    #expect(result.status == 0, "\(result.err)")
    return out
  }

  func column(_ folder: String, _ table: String, _ name: String) throws -> [String] {
    let text = try String(contentsOfFile: folder + "/" + table + ".csv", encoding: .utf8)
    let lines = text.split(separator: "\r\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    guard let i = lines.first?.firstIndex(where: { $0 == name }) else { return [] }
    return lines.dropFirst().map { String($0[i]) }
  }

  @Test func noPersonalDataStablePseudonymsAndRareCellsReported() throws {
    let store = ExportTests.store
    let first = try export(store), second = try export(store)
    defer { for f in [first, second] { try? FileManager.default.removeItem(atPath: f) } }
    let check = try run(readerPython, [fixturesFolder + "/check_anonymized.py", store, first, "5"])
    #expect(check.status == 0, "\(check.err)")
    let report = try JSONSerialization.jsonObject(with: Data(check.out.utf8)) as? [String: Any] ?? [:]
    #expect((report["problems"] as? [String]) == [], "\(report["problems"] ?? check.out)")
    #expect((report["rare"] as? Int ?? 0) > 0, "the demo has rare cells to protect")
    let a = try column(first, "households", "household_code"),
      b = try column(second, "households", "household_code")
    #expect(!a.isEmpty && a == b, "the same pseudonyms in two exports")
    #expect(a.allSatisfy { $0.hasPrefix("H-") && $0.count == 18 })
    #expect(try column(first, "survey_answers", "survey_id").allSatisfy { $0.hasPrefix("S-") })
    #expect(try column(first, "households", "head_name").isEmpty, "no names column")
  }

  @Test func anotherStoreGetsOtherPseudonyms() throws {
    let other = temporaryFolder("anonymized-other")
    defer { try? FileManager.default.removeItem(atPath: other) }
    let demo = try alianzas(["demo", "--store", other, "--scale", "0.05", "--seed", "7", "--no-open"])
    #expect(demo.status == 0, "\(demo.err)")
    let mine = try export(ExportTests.store), theirs = try export(other)
    defer { for f in [mine, theirs] { try? FileManager.default.removeItem(atPath: f) } }
    let a = Set(try column(mine, "households", "household_code"))
    let b = Set(try column(theirs, "households", "household_code"))
    #expect(!a.isEmpty && !b.isEmpty)
    #expect(a.isDisjoint(with: b), "no pseudonym in common between two stores")
  }

  @Test func datesToTheMonthAndKeysThatMustBeWhole() throws {
    let out = try export(ExportTests.store, ["--month-dates"])
    defer { try? FileManager.default.removeItem(atPath: out) }
    let dates = try column(out, "visits", "date").filter { !$0.isEmpty }
    #expect(!dates.isEmpty && dates.allSatisfy { $0.hasSuffix("-01") }, "\(dates.prefix(3))")
    let badKey = temporaryFolder("bad-key")
    try Data("short".utf8).write(to: URL(fileURLWithPath: badKey))
    defer { try? FileManager.default.removeItem(atPath: badKey) }
    let refused = try alianzas([
      "export", "--store", ExportTests.store, "--anonymize", "--key-file", badKey, "--out", badKey + "-out",
    ])
    #expect(refused.status == 2)
    #expect(refused.err.contains("no es una clave de seudónimos"))
    #expect(!FileManager.default.fileExists(atPath: badKey + "-out"))
    let stray = try alianzas([
      "export", "--store", ExportTests.store, "--month-dates", "--out", badKey + "-x",
    ])
    #expect(stray.status != 0)
    #expect(stray.err.contains("son opciones de --anonymize"))
  }
}
