import AlianzasDomain
import Foundation

/// What `analyze survival` prints: curves per group, the log-rank test with two or more groups,
/// and the Cox model when there are covariates. The JSON keys are the documented ones.
struct SurvivalReport: Encodable {
  struct Group: Encodable {
    var name: String
    var median: Double?
    var subjects: Int
    var events: Int
    var table: [KaplanMeierRow]
  }
  struct KM: Encodable { var groups: [Group] }
  struct Test: Encodable {
    var chi2: Double
    var df: Int
    var p: Double
  }
  struct Cox: Encodable {
    var ties: String
    var logLikelihood: Double
    var nullLogLikelihood: Double
    var likelihoodRatio: Double
    var likelihoodRatioP: Double
    var concordance: Double
    var subjects: Int
    var events: Int
    var coefficients: [CoxCoefficient]
  }

  var timeUnit: String
  var km: KM
  var logrank: Test?
  var cox: Cox?
  /// The store's alliances (time in days, compared with CIAT's study) rather than a researcher's CSV.
  var fromStore: Bool

  enum CodingKeys: String, CodingKey { case timeUnit, km, logrank, cox }

  init(
    groups: [(name: String, observations: [SurvivalObservation])], cox fit: CoxFit?, timeUnit: String,
    fromStore: Bool
  ) {
    self.timeUnit = timeUnit
    self.fromStore = fromStore
    km = KM(
      groups: groups.map { g in
        let curve = KaplanMeier.fit(g.observations)
        return Group(
          name: g.name, median: curve.median, subjects: curve.subjects, events: curve.events,
          table: curve.rows)
      })
    if groups.count >= 2, let test = LogRank.test(groups.map(\.observations)) {
      logrank = Test(chi2: test.chi2, df: test.df, p: test.p)
    }
    if let fit {
      cox = Cox(
        ties: fit.ties.rawValue, logLikelihood: fit.logLikelihood, nullLogLikelihood: fit.nullLogLikelihood,
        likelihoodRatio: fit.likelihoodRatio, likelihoodRatioP: fit.likelihoodRatioP,
        concordance: fit.concordance,
        subjects: fit.subjects, events: fit.events, coefficients: fit.coefficients)
    }
  }

  func text(_ language: Language) -> String {
    var out: [String] = []
    let unit = fromStore ? (CLI.days.text(language)) : timeUnit
    out.append("Kaplan–Meier (\(CLI.timeIn.text(language)) \(unit))")
    // One, two and five years mean something only when time is counted in days.
    let horizons: [Double] = fromStore ? [365, 730, 1826] : []
    var rows = [
      [CLI.group.text(language), "n", CLI.events.text(language), CLI.median.text(language)]
        + horizons.map { "S(\(Int($0)))" }
    ]
    for g in km.groups {
      let curve = KaplanMeierCurve(rows: g.table, median: g.median, subjects: g.subjects, events: g.events)
      rows.append(
        [
          g.name, "\(g.subjects)", "\(g.events)",
          g.median.map { format($0, 1, language) } ?? (CLI.notReached.text(language)),
        ] + horizons.map { format(curve.survival(at: $0), 3, language) })
    }
    out.append(tableText(rows))
    if let logrank {
      out.append("")
      out.append(
        "Log-rank: chi² = \(format(logrank.chi2, 3, language)), \(CLI.df.text(language)) = \(logrank.df), p = \(formatP(logrank.p, language))"
      )
    }
    if let cox {
      out.append("")
      out.append(
        "Cox (\(CLI.ties.text(language)) \(cox.ties)): n = \(cox.subjects), \(CLI.events2.text(language)) = \(cox.events), C = \(format(cox.concordance, 3, language)), LR = \(format(cox.likelihoodRatio, 2, language)) (p = \(formatP(cox.likelihoodRatioP, language)))"
      )
      var c = [[CLI.covariate.text(language), "coef", "se", "HR", CLI.ci.text(language), "z", "p"]]
      for k in cox.coefficients {
        c.append([
          AgreementSurvival.covariateLabel(k.name)(language), format(k.coef, 4, language),
          format(k.se, 4, language),
          format(k.hazardRatio, 3, language),
          "[\(format(k.lower, 3, language)), \(format(k.upper, 3, language))]", format(k.z, 2, language),
          formatP(k.p, language),
        ])
      }
      out.append(tableText(c))
      if fromStore {
        out.append(
          CLI.recomputedOnTheStoreS.text(language))
      }
    }
    return out.joined(separator: "\n")
  }
}

func tableText(_ rows: [[String]]) -> String {
  let widths = rows[0].indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
  var lines: [String] = []
  for (i, row) in rows.enumerated() {
    lines.append(
      row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(
        separator: "  "))
    if i == 0 { lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")) }
  }
  return lines.joined(separator: "\n")
}
