import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasTUI

/// Every screen and tab, in both languages and three terminal sizes, read as a supervisor reads
/// it: numbers whole or abbreviated with their unit, never cut; no columns run together; no word
/// cut without "…"; no word of the other language; the model's values on screen.
/// `SCREENS_DUMP=folder` also writes each rendered screen there, to look at.
@Suite("Every screen reads true")
struct ScreenReadingTests {
  @Test(arguments: [Language.es, .en])
  func everyScreenReadsTrue(_ language: Language) throws {
    let dump = ProcessInfo.processInfo.environment["SCREENS_DUMP"]
    var problems: [String] = []
    var rendered = 0
    for (w, h) in [(80, 24), (100, 30), (120, 40)] {
      for view in EveryView.all(w, h, language) {
        let lines = RootView.render(view.state).lines
        rendered += 1
        problems += ScreenReading.problems(view, lines, language).map { "\(w)x\(h) \($0)" }
        if let dump {
          try (lines.joined(separator: "\n") + "\n").write(
            toFile: "\(dump)/\(view.name)-\(w)x\(h)-\(language).txt", atomically: true, encoding: .utf8)
        }
      }
    }
    if let dump {
      try problems.joined(separator: "\n").write(
        toFile: "\(dump)/problems-\(language).txt", atomically: true, encoding: .utf8)
    }
    #expect(rendered > 60)
    #expect(
      problems.isEmpty,
      Comment(rawValue: "\(problems.count) problems:\n" + problems.prefix(60).joined(separator: "\n")))
  }

  /// The checks themselves catch what they are meant to catch.
  @Test func theChecksFailOnWhatTheyShould() {
    let view = ReachedView(name: "t", state: state(), shows: [("valor", ["$ 1.235.762.000", "$ 1.236 M"])])
    func problems(_ line: String, _ l: Language = .es) -> [String] { ScreenReading.problems(view, [line], l) }
    #expect(problems("Valor total $ 1.235.762.00").contains { $0.contains("written wrong") })
    #expect(problems("Últ. encuesta 2014-06-3…").contains { $0.contains("number cut") })
    #expect(problems("11.551 familias, 69.7 %").contains { $0.contains("«69.7»") })
    #expect(problems("48.981 families", .en).contains { $0.contains("«48.981»") })
    #expect(problems("Operación autónoma2004-12-27").contains { $0.contains("run together") })
    #expect(problems("Reintegro debido a hoy$").contains { $0.contains("run together") })
    #expect(problems("Ben./ct Mie").contains { $0.contains("«Mie»") })
    #expect(problems("Cofinanciación", .en).contains { $0.contains("other language") })
    #expect(problems("Co-financing").contains { $0.contains("other language") })
    #expect(problems("Valor $ 1.236 M").count == 0)
    #expect(problems("Valor $ 11.236 M").contains { $0.contains("shown neither") })
    #expect(problems("Miembr… $ 1.235.762.000, 84,5 %, 2014-06-30 15:04").isEmpty)
  }
}
