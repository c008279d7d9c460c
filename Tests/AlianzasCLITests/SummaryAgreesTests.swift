import Foundation
import Testing

/// `alianzas summary` and the national panel show the same national figures, written the same
/// way, digit for digit, in each language.
@Suite("Summary and screens agree")
struct SummaryAgreesTests {
  /// The value column of the summary line that starts with `label` (and of the `after` lines
  /// below it): the figures it holds, as written.
  static func figures(_ summary: String, _ label: String, after: Int = 0) -> [String] {
    let lines = summary.split(separator: "\n").map(String.init)
    guard let i = lines.firstIndex(where: { $0.hasPrefix(label) }), i + after < lines.count else { return [] }
    let value = String(lines[i + after].dropFirst(42))
    let number = try! NSRegularExpression(pattern: #"[0-9][0-9.,]*( ?%)?"#)
    return number.matches(in: value, range: NSRange(value.startIndex..., in: value)).map {
      String(value[Range($0.range, in: value)!]).trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
    }
  }

  @Test(arguments: ["es", "en"])
  func theNationalFiguresAreTheSame(_ language: String) throws {
    let store = temporaryFolder("summary-agrees-\(language)")
    defer { try? FileManager.default.removeItem(atPath: store) }
    let demo = try alianzas(["demo", "--store", store, "--scale", "0.1", "--no-open"])
    #expect(demo.status == 0, "\(demo.err)")
    let summary = try alianzas(["summary", "--store", store, "--lang", language])
    #expect(summary.status == 0, "\(summary.err)")
    let panel = try alianzas(["snapshot", "--store", store, "--size", "120x40", "--lang", language])
    #expect(panel.status == 0, "\(panel.err)")
    let es = language == "es"
    var shown: [String] = []
    shown += Self.figures(summary.out, es ? "Alianzas " : "Alliances ")
    shown += Self.figures(summary.out, es ? "Departamentos" : "Departments")
    shown += Self.figures(summary.out, es ? "Acuerdos vigentes" : "Agreements active")
    shown += Self.figures(summary.out, es ? "IDAP promedio" : "IDAP mean")
    shown += Self.figures(summary.out, es ? "IDAP promedio" : "IDAP mean", after: 1)
    shown += Self.figures(summary.out, "ELCSA")
    shown += Self.figures(summary.out, "ELCSA", after: 1)
    shown += Self.figures(summary.out, es ? "PPI puntaje" : "PPI mean")
    shown += Self.figures(summary.out, es ? "PPI puntaje" : "PPI mean", after: 1)
    #expect(shown.count >= 16, "the summary's lines were found: \(shown)")
    // The figures that need grouping or decimals must be among them, so the test reads them.
    #expect(shown.contains { $0.contains(es ? "," : ".") }, "a decimal figure: \(shown)")
    for figure in shown {
      #expect(panel.out.contains(whole: figure), "«\(figure)» of the summary is on the panel")
    }
  }
}

extension String {
  /// Contains `part` as a whole figure: not inside a longer number ("1" is not in "1.133").
  func contains(whole part: String) -> Bool {
    let chars = Array(self), target = Array(part)
    guard target.count <= chars.count else { return false }
    func digit(_ i: Int) -> Bool { i >= 0 && i < chars.count && chars[i].isNumber }
    func mark(_ i: Int) -> Bool { i >= 0 && i < chars.count && (chars[i] == "." || chars[i] == ",") }
    for start in 0...(chars.count - target.count) where Array(chars[start..<start + target.count]) == target {
      let end = start + target.count
      if digit(start - 1) || (mark(start - 1) && digit(start - 2)) { continue }
      if digit(end) || (mark(end) && digit(end + 1)) { continue }
      return true
    }
    return false
  }
}
