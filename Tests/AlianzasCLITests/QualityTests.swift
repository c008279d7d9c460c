import Foundation
import Testing

/// `alianzas validate --quality`: every finding with its file and reason, the totals by check,
/// the same totals as JSON, in read mode.
@Suite("Data-quality findings from the command line")
struct QualityTests {
  @Test func theFindingsAddUpToTheTotalsInBothLanguagesAndAsJSON() throws {
    let store = temporaryFolder("quality")
    defer { try? FileManager.default.removeItem(atPath: store) }
    #expect(try alianzas(["demo", "--store", store, "--scale", "0.1", "--no-open"]).status == 0)
    let json = try alianzas(["validate", "--quality", "--json", "--store", store])
    // The JSON object first; the files-checked line of `validate` follows it.
    let end = try #require(json.out.range(of: "}\n"))
    let object = Data(json.out[..<end.upperBound].utf8)
    let totals = try #require(try JSONSerialization.jsonObject(with: object) as? [String: Int])
    #expect(
      Set(totals.keys)
        == [
          "missingForStage", "deliveryOutlier", "priceOutlier", "plausibility", "duplicateHousehold",
          "sameAnswerThroughout", "answeredTooFast", "completedWithoutAuthorization",
        ])
    let sum = totals.values.reduce(0, +)
    #expect(sum > 0, "the demo has something to find")
    for language in ["es", "en"] {
      let text = try alianzas(["validate", "--quality", "--store", store, "--lang", language])
      #expect(text.status == 0, "\(text.err)")
      let lines = text.out.split(separator: "\n")
      let findings = lines.filter { $0.hasPrefix("alliances/") || $0.hasPrefix("households/") }
      #expect(findings.count == sum, "one line per finding")
      #expect(findings.allSatisfy { $0.contains(": [1] ") || $0.contains(": [2] ") || $0.contains(": [3] ") })
      let head =
        language == "es" ? "Chequeos de calidad: \(sum) hallazgos" : "Quality checks: \(sum) findings"
      #expect(text.out.contains(head), "\(text.out.suffix(400))")
      for (check, count) in totals {
        #expect(text.out.contains("  \(check): \(count) ("), "\(check)")
      }
    }
  }
}
