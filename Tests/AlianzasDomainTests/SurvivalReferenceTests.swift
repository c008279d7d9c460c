import Foundation
import Testing

@testable import AlianzasDomain

/// Kaplan–Meier, log-rank and Cox against statsmodels and lifelines on two public data sets
/// (Tests/Fixtures/survival-reference.json, made by make_survival_reference.py).
@Suite("Survival analysis agrees with independent implementations")
struct SurvivalReferenceTests {
  struct Reference: Decodable {
    struct Dataset: Decodable {
      var columns: [String: [Double]]
      var time: String
      var event: String
      var covariates: [String]
      var group: String
      var km: Curve
      var kmByGroup: [String: Curve]
      var logrank: Test
      var cox: [String: Cox]
    }
    struct Curve: Decodable {
      struct Row: Decodable {
        var time: Double
        var atRisk: Int
        var events: Int
        var survival: Double
        var stdError: Double?
      }
      var rows: [Row]
      var median: Double?
    }
    struct Test: Decodable {
      var chi2: Double
      var df: Int
      var p: Double
    }
    struct Cox: Decodable {
      var coefficients: [String: Double]
      var stdErrors: [String: Double]
      var logLikelihood: Double
      var nullLogLikelihood: Double
      var concordance: Double
    }
    var datasets: [String: Dataset]
  }

  static let reference: Reference = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/survival-reference.json")
    return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
  }()

  static let names = ["rossi", "larynx"]

  func observations(_ d: Reference.Dataset) -> [SurvivalObservation] {
    zip(d.columns[d.time]!, d.columns[d.event]!).map { SurvivalObservation(time: $0, event: $1 != 0) }
  }

  func check(_ curve: KaplanMeierCurve, against expected: Reference.Curve) {
    let byTime = Dictionary(uniqueKeysWithValues: curve.rows.map { ($0.time, $0) })
    for row in expected.rows {
      guard let ours = byTime[row.time] else {
        Issue.record("no row at \(row.time)")
        continue
      }
      #expect(ours.atRisk == row.atRisk)
      #expect(ours.events == row.events)
      #expect(abs(ours.survival - row.survival) < 1e-9, "S(\(row.time))")
      if let se = row.stdError {
        #expect(abs(ours.stdError! - se) <= 1e-9, "SE(\(row.time))")
      }
    }
    #expect(curve.median == expected.median)
  }

  @Test(arguments: names)
  func kaplanMeier(_ name: String) {
    let d = Self.reference.datasets[name]!
    let all = observations(d)
    check(KaplanMeier.fit(all), against: d.km)
    let groups = d.columns[d.group]!
    for (key, expected) in d.kmByGroup {
      let members = zip(all, groups).filter { String(Int($1)) == key }.map(\.0)
      check(KaplanMeier.fit(members), against: expected)
    }
  }

  @Test(arguments: names)
  func logRank(_ name: String) throws {
    let d = Self.reference.datasets[name]!
    let all = observations(d)
    let groups = d.columns[d.group]!
    let keys = Set(groups).sorted()
    let split = keys.map { key in zip(all, groups).filter { $1 == key }.map(\.0) }
    let result = try #require(LogRank.test(split))
    #expect(abs(result.chi2 - d.logrank.chi2) < 1e-9 * max(1, d.logrank.chi2))
    #expect(result.df == d.logrank.df)
    #expect(abs(result.p - d.logrank.p) < 1e-9)
  }

  @Test(arguments: names.flatMap { n in CoxTies.allCases.map { (n, $0) } })
  func cox(_ name: String, _ ties: CoxTies) throws {
    let d = Self.reference.datasets[name]!
    let expected = d.cox[ties.rawValue]!
    let rows = d.columns[d.time]!.indices.map { i in d.covariates.map { d.columns[$0]![i] } }
    let fit = try CoxModel.fit(
      times: d.columns[d.time]!, events: d.columns[d.event]!.map { $0 != 0 }, covariates: rows,
      names: d.covariates,
      ties: ties)
    for c in fit.coefficients {
      #expect(abs(c.coef - expected.coefficients[c.name]!) < 1e-6, "\(c.name) coef")
      let se = expected.stdErrors[c.name]!
      #expect(abs(c.se - se) / se < 1e-5, "\(c.name) se")
      #expect(abs(c.hazardRatio - _exp(c.coef)) < 1e-12)
    }
    #expect(abs(fit.logLikelihood - expected.logLikelihood) < 1e-6)
    #expect(abs(fit.nullLogLikelihood - expected.nullLogLikelihood) < 1e-6)
    #expect(abs(fit.concordance - expected.concordance) < 1e-9)
    #expect(abs(fit.likelihoodRatio - 2 * (expected.logLikelihood - expected.nullLogLikelihood)) < 1e-5)
  }

  @Test func clearErrors() {
    #expect(throws: CoxError.constantCovariate("x")) {
      try CoxModel.fit(
        times: [1, 2, 3], events: [true, false, true], covariates: [[1], [1], [1]], names: ["x"])
    }
    #expect(throws: CoxError.singular(["a", "b"])) {
      try CoxModel.fit(
        times: [1, 2, 3, 4], events: [true, true, false, true],
        covariates: [[1, 2], [2, 4], [3, 6], [0, 0]], names: ["a", "b"])
    }
    #expect(throws: CoxError.noEvents) {
      try CoxModel.fit(times: [1, 2], events: [false, false], covariates: [[0], [1]], names: ["x"])
    }
    // x perfectly separates: every event has x = 1 and fails before every x = 0.
    #expect(throws: CoxError.self) {
      try CoxModel.fit(
        times: [1, 2, 3, 4, 5, 6], events: [true, true, true, false, false, false],
        covariates: [[1], [1], [1], [0], [0], [0]], names: ["x"])
    }
    #expect(
      CoxError.constantCovariate("zona").message(.es) == "la covariable «zona» es constante y no informa nada"
    )
  }

  @Test func distributionTails() {
    #expect(abs(Distributions.chiSquareUpperTail(3.841458820694124, df: 1) - 0.05) < 1e-12)
    #expect(abs(Distributions.normalTwoSided(1.959963984540054) - 0.05) < 1e-12)
    #expect(abs(Distributions.studentQuantile(twoSided: 0.05, df: 10) - 2.228138851986274) < 1e-9)
    #expect(abs(Distributions.studentTwoSided(2.0, df: 5) - 0.10193947882985835) < 1e-12)
  }
}
