import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasTUI

/// The explanation panes: their figures, read back from the text a person sees, agree with the
/// domain's own computation, for three records each.
@Suite("Explanation panes")
struct ExplanationTests {
  let world = World.shared

  func text(_ subject: ExplainSubject, _ language: Language = .es) throws -> [String] {
    let s = state(80, 24, language: language)
    return try #require(Explain.build(subject, s)).lines.map(\.text)
  }

  /// Every number in a text, read the Spanish way (1.234,5).
  func numbers(_ text: String, after marker: String) -> [Double] {
    var out: [Double] = []
    var rest = Substring(text)
    while let range = rest.range(of: marker) {
      rest = rest[range.upperBound...]
      let digits = rest.drop { $0 == " " }.prefix { $0.isNumber || $0 == "." || $0 == "," || $0 == "−" }
      let plain = digits.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        .replacingOccurrences(of: "−", with: "-")
      if let value = Double(plain) { out.append(value) }
    }
    return out
  }

  /// Three alliances with an IDAP score, a partial one and none where the demo has them.
  var threeScored: [Alliance] {
    let sorted = world.alliances.values.sorted { $0.code < $1.code }
    let idap = { (a: Alliance) in a.idap(instruments.idap, today: DemoGenerator.defaultAsOf) }
    return Array(sorted.filter { idap($0).score != nil }.prefix(2))
      + Array(sorted.filter { idap($0).score == nil }.prefix(1))
  }

  @Test func theIDAPPaneAddsUpToTheScore() throws {
    #expect(threeScored.count == 3)
    for a in threeScored {
      let result = a.idap(instruments.idap, today: DemoGenerator.defaultAsOf)
      let lines = try text(.idap(code: a.code))
      let all = lines.joined(separator: "\n")
      // The points each indicator adds, as shown (one decimal), sum to the score shown.
      let added = numbers(all, after: "aporta")
      #expect(added.count == result.indicators.filter { $0.normalized != nil }.count, "\(a.code)")
      if let score = result.score {
        #expect(all.contains("Puntaje: \(Format.decimal(score, .es))"), "\(a.code)")
        #expect(abs(added.reduce(0, +) - score) <= 0.05 * Double(added.count) + 1e-9, "\(a.code)")
        // What costs it most, in order, with the points it loses.
        let worst = try #require(
          result.indicators.filter { $0.normalized != nil }.max { $0.shortfall < $1.shortfall })
        let lowers = try #require(lines.firstIndex(of: T.exIdapLowers(.es)))
        #expect(
          lines[lowers + 1].contains(worst.id)
            && lines[lowers + 1].contains(Format.decimal(worst.shortfall, .es)))
      } else {
        #expect(all.contains(T.exIdapNoScore(.es)))
      }
      for (dimension, part) in zip(instruments.idap.dimensions, result.dimensions) {
        #expect(all.contains("\(dimension.label.es) (peso 1): "), "\(dimension.id)")
        #expect(all.contains("\(part.available) de \(part.total) indicadores con dato"))
      }
    }
  }

  @Test func theSurveyPaneCountsTheAnswersAndThePoints() throws {
    let surveyed = world.rosters.values.sorted { $0.allianceCode < $1.allianceCode }.lazy
      .flatMap { r in r.households.compactMap { h in h.currentSurvey.map { (r.allianceCode, h, $0) } } }
      .filter { $0.2.status == .complete }
    #expect(Array(surveyed.prefix(3)).count == 3)
    for (code, h, s) in surveyed.prefix(3) {
      let lines = try text(.survey(code: code, household: h.id, survey: s.id))
      let elcsa = instruments.elcsa.score(answers: s.elcsa, hasMinors: s.hasMinors ?? (h.minors > 0))
      // The «Sí» the pane lists, one line per item, are the domain's count.
      let items = lines.filter {
        $0.hasPrefix("  ") && $0.range(of: #"^  \d+\. "#, options: .regularExpression) != nil
      }
      #expect(items.filter { $0.hasSuffix(": Sí") }.count == elcsa.yes, "\(h.code)")
      let category = try #require(elcsa.category)
      #expect(
        lines.contains(T.exElcsaResult(.es, elcsa.yes, elcsa.itemsUsed, instruments.elcsa.label(category).es))
      )
      // The points of each answer add up to the PPI score, and the look-up is the domain's.
      let ppi = instruments.ppi.score(answers: s.ppi)
      let points = lines.joined(separator: "\n").components(separatedBy: "\n").flatMap {
        numbers($0, after: "→")
      }
      let total = try #require(ppi.score)
      #expect(Int(points.reduce(0, +)) == total, "\(h.code)")
      for line in instruments.ppi.lines {
        let value = try #require(ppi.likelihood(line: line.id))
        #expect(lines.contains("  \(line.label.es): \(Format.percent(value, .es))"))
      }
    }
  }

  @Test func theLifecyclePaneMarksWhatIsMissingAsTheDomainDoes() throws {
    let refused = world.alliances.values.sorted { $0.code < $1.code }.filter {
      if case .refused = Lifecycle.nextStep($0) { return true } else { return false }
    }.prefix(3)
    #expect(refused.count == 3)
    for a in refused {
      let lines = try text(.lifecycle(code: a.code))
      let missing = Stage.allCases.flatMap(Lifecycle.requirements(for:)).filter { !$0.isMet(by: a) }
      #expect(lines.filter { $0.hasPrefix("    ✗ ") }.count == missing.count, "\(a.code)")
      guard case .refused(let next, let refusal) = Lifecycle.nextStep(a) else { continue }
      #expect(lines.last == refusal.message(.es, target: next.label.es))
    }
  }

  @Test func theSurvivalPaneQuotesTheAnalysisOnScreen() throws {
    var s = state(80, 24)
    press(&s, .char("3"), .right)
    let analysis = try #require(s.ruptures.analysis)
    let lines = try #require(Explain.build(.survival, s)).lines.map(\.text)
    for group in analysis.groups {
      #expect(
        lines.contains {
          $0.contains("\(group.name): \(group.curve.subjects) acuerdos, \(group.curve.events) rupturas")
        })
    }
    let p = try #require(analysis.logRank?.p)
    #expect(lines.contains { $0.contains("log-rank p = \(Format.decimal(p, digits: 3, .es))") })
    // In English too, with no Spanish sentence left.
    press(&s, .char("i"))
    let english = try #require(Explain.build(.survival, s)).lines.map(\.text).joined()
    #expect(english.contains("log-rank p = \(Format.decimal(p, digits: 3, .en))"))
    #expect(!english.contains("rupturas"))
  }

  @Test func theKeyOpensThePaneAndTheGlossaryIsEverywhere() throws {
    var s = state(80, 24)
    press(&s, .char("2"), .enter, .char("="))
    guard case .explain(let pane, _)? = s.modals.last else {
      Issue.record("no pane")
      return
    }
    #expect(pane.title.hasPrefix("IDAP de "))
    press(&s, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
    guard case .explain(_, let scroll)? = s.modals.last else { return }
    #expect(scroll == ExplainView.rows(pane, width: 74).count - 18, "stops at the last screenful")
    press(&s, .escape, .right, .char("="))
    guard case .explain(let lifecycle, _)? = s.modals.last else { return }
    #expect(lifecycle.title.hasPrefix("Ciclo de vida de "))
    press(&s, .escape, .char("G"))
    guard case .explain(let glossary, _)? = s.modals.last else { return }
    #expect(glossary.lines.filter { $0.spans.first?.style.bold == true }.count == reference.glossary.count)
  }
}
