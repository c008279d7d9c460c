import AlianzasDomain

/// The survival pane: what a Kaplan–Meier curve, a median, a log-rank p and a hazard ratio mean,
/// in plain words, each with the figures of the analysis on the screen.
enum SurvivalExplanation {
  static func build(_ analysis: RuptureAnalysis, _ l: Language) -> Explanation {
    var lines = Explain.prose(T.exKaplanMeier(l)) + Explain.prose(T.exMedian(l))
    for group in analysis.groups {
      let median = group.curve.median.map { Format.decimal($0, l) } ?? "—"
      lines.append(
        Line("  " + T.exGroupLine(l, group.name, group.curve.subjects, group.curve.events, median)))
    }
    lines.append("")
    lines += Explain.prose(T.exLogRank(l))
    if let test = analysis.logRank {
      let verdict = test.p < 0.05 ? T.exHardlyChance(l) : T.exMaybeChance(l)
      lines += Explain.prose(
        T.exLogRankNow(l, analysis.grouping.label(l), Format.decimal(test.p, digits: 3, l), verdict), .bold)
    }
    lines += Explain.prose(T.exCox(l))
    switch analysis.cox {
    case .success(let fit):
      for c in fit.coefficients {
        lines.append(
          Line(
            "  "
              + T.exCoxLine(
                l, AgreementSurvival.covariateLabel(c.name)(l), two(c.hazardRatio, l), two(c.lower, l),
                two(c.upper, l), Format.decimal(c.p, digits: 3, l))))
      }
    case .failure(let error):
      lines.append(Line(T.exCoxNone(l, error.message(l)), .dim))
    }
    return Explanation(title: T.exSurvivalTitle(l), lines: lines)
  }

  static func two(_ value: Double, _ l: Language) -> String { Format.decimal(value, digits: 2, l) }
}
