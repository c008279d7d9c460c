import Testing

@testable import AlianzasDomain

@Suite("ELCSA")
struct ElcsaTests {
  let elcsa = instruments.elcsa

  func answers(yes: Int, of items: Int) -> [ElcsaAnswer?] {
    (0..<15).map { $0 < items ? ($0 < yes ? .yes : .no) : nil }
  }

  @Test(
    "adults-only households: 0 / 1–3 / 4–6 / 7–8",
    arguments: [(0, 0), (1, 1), (3, 1), (4, 2), (6, 2), (7, 3), (8, 3)])
  func adultsOnly(yes: Int, category: Int) {
    let result = elcsa.score(answers: answers(yes: yes, of: 8), hasMinors: false)
    #expect(result.category?.rawValue == category)
    #expect(result.itemsUsed == 8)
    #expect(result.yes == yes)
  }

  @Test(
    "households with minors: 0 / 1–5 / 6–10 / 11–15",
    arguments: [(0, 0), (1, 1), (5, 1), (6, 2), (10, 2), (11, 3), (15, 3)])
  func withMinors(yes: Int, category: Int) {
    let result = elcsa.score(answers: answers(yes: yes, of: 15), hasMinors: true)
    #expect(result.category?.rawValue == category)
    #expect(result.itemsUsed == 15)
  }

  @Test func theScreenerSkipsTheMinorsBlock() {
    var a = answers(yes: 2, of: 8)
    for i in 8..<15 { a[i] = .yes }  // answered by mistake: must not count
    let result = elcsa.score(answers: a, hasMinors: false)
    #expect(result.yes == 2)
    #expect(result.category == .mild)
    let missingMinors = elcsa.score(answers: answers(yes: 2, of: 8), hasMinors: true)
    #expect(missingMinors.category == nil)
    #expect(missingMinors.unanswered == Array(9...15))
  }

  @Test func dontKnowAndRefusedAreNeverYesAndLeaveAHouseholdIncomplete() {
    var a = answers(yes: 3, of: 8)
    a[5] = .dontKnow
    a[6] = .refused
    let result = elcsa.score(answers: a, hasMinors: false)
    #expect(result.yes == 3)
    #expect(result.category == nil)
    #expect(result.unknown == [6, 7])
    // If both were No: 3 → leve; if both were Sí: 5 → moderada.
    #expect(result.range == ElcsaResult.Category.mild...ElcsaResult.Category.moderate)
  }

  @Test func anEmptySurveyCouldStillBeAnything() {
    let result = elcsa.score(answers: Array(repeating: nil, count: 15), hasMinors: true)
    #expect(result.range == ElcsaResult.Category.secure...ElcsaResult.Category.severe)
    #expect(result.unanswered.count == 15)
  }

  @Test func labels() {
    #expect(elcsa.label(.moderate).es == "Inseguridad alimentaria moderada")
    #expect(elcsa.label(.mild).en == "Mild food insecurity")
  }
}

@Suite("PPI Colombia 2012")
struct PPITests {
  let ppi = instruments.ppi

  /// Answers whose points add up to exactly `target`, found by search over the scorecard.
  func answers(scoring target: Int) -> [String?]? {
    func search(_ i: Int, _ left: Int) -> [String]? {
      if i == ppi.indicators.count { return left == 0 ? [] : nil }
      for option in ppi.indicators[i].options where option.points <= left {
        if let rest = search(i + 1, left - option.points) { return [option.code] + rest }
      }
      return nil
    }
    return search(0, target)
  }

  @Test func minimumAndMaximum() throws {
    #expect(ppi.score(answers: try #require(answers(scoring: 0))).score == 0)
    #expect(ppi.score(answers: try #require(answers(scoring: 100))).score == 100)
    #expect(ppi.maximumScore == 100)
  }

  @Test(
    "band edges",
    arguments: [
      (4, 0, 4, 96.2), (5, 5, 9, 98.2), (94, 90, 94, 0.0), (95, 95, 100, 0.0), (100, 95, 100, 0.0),
      (50, 50, 54, 8.6), (49, 45, 49, 18.2),
    ])
  func bandEdges(score: Int, low: Int, high: Int, nationalLikelihood: Double) throws {
    let result = ppi.score(answers: try #require(answers(scoring: score)))
    #expect(result.score == score)
    #expect(result.bandMin == low && result.bandMax == high)
    #expect(result.likelihood(line: "nl100") == nationalLikelihood)
    #expect(result.likelihood.count == ppi.lines.count)
  }

  @Test func knownAnswersLookUpThePublishedTable() {
    // 2 minors (C 11), primary (B 3), one worker (B 9), none salaried (A 0), stratum 1–2 (A 0),
    // LPG (B 2), no washer (A 0), fridge (B 3), no DVD (A 0), motorcycle (B 3): 31 points.
    let result = ppi.score(answers: ["C", "B", "B", "A", "A", "B", "A", "B", "A", "B"])
    #expect(result.score == 31)
    #expect(result.likelihood(line: "nl100") == 60.9)
    #expect(result.likelihood(line: "nlFood") == 17.5)
    #expect(result.likelihood(line: "ppp250") == 29.3)
  }

  @Test func missingAnswersGiveNoScoreAndSayWhich() {
    var a: [String?] = ["C", "B", "B", "A", "A", "B", "A", "B", "A", "B"]
    a[2] = nil
    a[7] = "Z"
    let result = ppi.score(answers: a)
    #expect(result.score == nil)
    #expect(result.missing == [3, 8])
    #expect(result.partialPoints == 31 - 9 - 3)
  }

  @Test func aGroupsRateIsTheMeanOfLikelihoodsNotTheLikelihoodOfTheMeanScore() throws {
    let poor = ppi.score(answers: try #require(answers(scoring: 0)))  // 96.2
    let richer = ppi.score(answers: try #require(answers(scoring: 50)))  // 8.6
    #expect(ppi.povertyRate([poor, richer], line: "nl100") == (96.2 + 8.6) / 2)
    #expect(ppi.band(for: 25)?.likelihood["nl100"] == 72.9, "the likelihood of the mean score differs")
    #expect(ppi.povertyRate([], line: "nl100") == nil)
  }
}
