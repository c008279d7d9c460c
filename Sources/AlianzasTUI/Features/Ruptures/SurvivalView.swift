import AlianzasDomain

/// How long first agreements last: Kaplan–Meier curves by a grouping, the log-rank test and the
/// Cox model on the OP traits.
enum SurvivalView {
  static let palette: [Style] = [
    Style(fg: .cyan), Style(fg: .yellow), Style(fg: .magenta), Style(fg: .green),
  ]
  static let marks = ["─", "━", "┄", "┅"]

  static func render(_ state: AppState, _ analysis: RuptureAnalysis, in area: Rect, buffer: inout Buffer) {
    let l = state.language
    // The model's box is as tall as its table and its note, wrapped whole at this width (a note
    // cut at 80 columns lost its last words). The curves keep room for their legend (two rows a
    // group) and at least eight rows; when both do not fit, the note says the counts and what a
    // hazard ratio means, and leaves out that the model was recomputed here.
    var coxHeight = min(10, max(8, area.height / 2))
    var note: [Line] = []
    if case .success(let fit) = analysis.cox {
      let room = area.height - max(8, 2 + 2 * analysis.groups.count)
      // Wrapped at the width the box leaves its text (`PanelScreen.framed` insets two columns).
      let width = area.inset(dx: 2, dy: 1).width
      let full = Paragraph.wrap(Line(footer(fit, l, recomputed: true), .dim), width: width)
      let short = Paragraph.wrap(Line(footer(fit, l, recomputed: false), .dim), width: width)
      let table = 2 + 1 + fit.coefficients.count
      note = table + full.count <= max(room, coxHeight) ? full : short
      coxHeight = min(table + note.count, max(coxHeight, room))
    }
    let parts = area.rows([nil, coxHeight])
    curve(state, analysis, parts[0], &buffer)
    let inner = PanelScreen.framed(T.coxTitle(l), parts[1], &buffer)
    switch analysis.cox {
    case .failure(let error):
      // Name the traits as the screen does, and say what would make the model possible.
      var shown = error
      if case .singular(let names) = error {
        shown = .singular(names.map { AgreementSurvival.covariateLabel($0)(l) })
      }
      if case .constantCovariate(let name) = error {
        shown = .constantCovariate(AgreementSurvival.covariateLabel(name)(l))
      }
      let events = analysis.groups.reduce(0) { $0 + $1.curve.events }
      Paragraph(
        [
          Line(shown.message(l), Theme.error),
          Line(T.coxNeedsData(l, events, AgreementSurvival.covariates.count), .dim),
        ], wrap: true
      ).render(in: inner, buffer: &buffer)
    case .success(let fit):
      let rows = fit.coefficients.map { c -> [Span] in
        [
          Span(AgreementSurvival.covariateLabel(c.name)(l)), Span(two(c.hazardRatio, l), .bold),
          Span("\(two(c.lower, l))–\(two(c.upper, l))"),
          Span(pValue(c.p, l), c.p < 0.05 ? Style(bold: true) : .dim),
        ]
      }
      let tableHeight = max(1, min(1 + rows.count, inner.height - note.count))
      Table(
        columns: [
          TableColumn(T.covariate(l), minWidth: 16), TableColumn("HR", width: 5, alignRight: true),
          TableColumn(T.interval(l), width: 11, alignRight: true),
          TableColumn("p", width: 7, alignRight: true),
        ], rows: rows, focused: false
      ).render(
        in: Rect(x: inner.x, y: inner.y, width: inner.width, height: tableHeight), buffer: &buffer)
      Paragraph(note).render(
        in: Rect(
          x: inner.x, y: inner.y + tableHeight, width: inner.width, height: inner.height - tableHeight),
        buffer: &buffer)
    }
  }

  static func footer(_ fit: CoxFit, _ l: Language, recomputed: Bool) -> String {
    T.coxFooter(l, fit.subjects, fit.events, two(fit.concordance, l))
      + (recomputed ? " " + T.coxRecomputed(l) : "")
  }

  static func pValue(_ p: Double, _ language: Language) -> String {
    p < 0.001 ? "<" + Format.decimal(0.001, digits: 3, language) : Format.decimal(p, digits: 3, language)
  }

  static func curve(_ state: AppState, _ analysis: RuptureAnalysis, _ area: Rect, _ buffer: inout Buffer) {
    let l = state.language
    // The test statistic stays whole; the title gives way first, ending in "…".
    let statistic = analysis.logRank.map { " · log-rank p = \(pValue($0.p, l))" } ?? ""
    var title = T.survivalTitle(l, analysis.grouping.label(l)) + " (\(T.years(l)))"
    let room = area.width - 6 - DisplayWidth.of(statistic)
    if DisplayWidth.of(title) > room { title = DisplayWidth.truncate(title, to: max(4, room)) }
    title += statistic
    let inner = PanelScreen.framed(title, area, &buffer)
    guard inner.height >= 4, inner.width >= 20 else { return }
    let years = max(
      1, Int(((analysis.groups.flatMap { $0.curve.rows.map(\.time) }.max() ?? 365) / 365.25).rounded(.up)))
    // The legend is as wide as its longest line (the counts and the median must show whole), up
    // to two fifths of the box; a line still too long puts the median on a row of its own.
    let medians = analysis.groups.map { g in g.curve.median.map { Format.decimal($0 / 365.25, l) } ?? "—" }
    let groupLines = zip(analysis.groups, medians).map { g, median in
      T.groupLine(l, g.curve.subjects, g.curve.events, median)
    }
    let needed =
      2
      + max(
        groupLines.map(DisplayWidth.of).max() ?? 0,
        analysis.groups.map { DisplayWidth.of($0.name) }.max() ?? 0)
    let legendWidth = min(needed, inner.width * 2 / 5)
    let split = needed > legendWidth && 3 * analysis.groups.count <= inner.height
    let plot = Rect(
      x: inner.x + 5, y: inner.y, width: inner.width - 6 - legendWidth, height: inner.height - 1)
    // The axis starts a little under the lowest curve, so the differences can be seen.
    let lowest = analysis.groups.flatMap { $0.curve.rows.map(\.survival) }.min() ?? 0
    let minY = max(0, ((lowest - 0.05) * 10).rounded(.down) / 10)
    for (i, value) in [1, (1 + minY) / 2, minY].enumerated() {
      buffer.put(
        Format.decimal(value, digits: 2, l), x: inner.x,
        y: plot.y + [0, (plot.height - 1) / 2, plot.height - 1][i],
        style: .dim, clip: inner)
    }
    let series = analysis.groups.enumerated().map { i, g in
      StepCurve.Series(
        points: g.curve.rows.filter { $0.events > 0 }.map { (x: $0.time, y: $0.survival) },
        style: palette[i % palette.count])
    }
    StepCurve(series, maxX: Double(years) * 365.25, minY: minY).render(in: plot, buffer: &buffer)
    let axis = (0...years).map { String($0) }
    for (i, label) in axis.enumerated() where years <= 12 || i % 2 == 0 {
      buffer.put(
        label, x: plot.x + i * (plot.width - 1) / years, y: inner.bottom - 1, style: .dim, clip: inner)
    }
    let legend = Rect(x: plot.right + 2, y: inner.y, width: legendWidth, height: inner.height)
    let rowsPerGroup = split ? 3 : 2
    for (i, g) in analysis.groups.enumerated() {
      let top = legend.y + rowsPerGroup * i
      buffer.put(
        Line([Span(StepCurve.legendMark(i) + " ", palette[i % palette.count]), Span(g.name, .bold)]),
        x: legend.x, y: top, clip: legend)
      let lines =
        split
        ? Paragraph.wrap(Line(groupLines[i]), width: legendWidth - 2).map(\.text) : [groupLines[i]]
      for (k, text) in lines.prefix(rowsPerGroup - 1).enumerated() {
        buffer.put(text, x: legend.x + 2, y: top + 1 + k, style: .dim, clip: legend)
      }
    }
  }
}

/// The re-link table of the study, computed live, the agreements most at risk and the alliances
/// searching too long for a buyer.
enum RelinkView {
  /// What a driver means for this alliance: the side of the average it stands on, in words.
  static func driverLabel(_ d: AgreementRisk.Driver, _ analysis: RuptureAnalysis) -> Localized {
    guard case .success(let fit) = analysis.cox,
      let c = fit.coefficients.first(where: { $0.name == d.covariate })
    else {
      return AgreementSurvival.covariateLabel(d.covariate)
    }
    // A driver raises the hazard: above average on a harmful trait, below on a protective one.
    guard let phrases = driverPhrases[d.covariate] else {
      return AgreementSurvival.covariateLabel(d.covariate)
    }
    return (c.coef > 0 ? phrases.high : phrases.low).localized
  }

  /// How each trait reads when the alliance stands above (high) or below (low) the average.
  static let driverPhrases: [String: (high: T, low: T)] = [
    "priorExperience": (.driverExperienceHigh, .driverExperienceLow),
    "managerialSkills": (.driverSkillsHigh, .driverSkillsLow),
    "membersPer10": (.driverMembersHigh, .driverMembersLow),
    "fundCapitalization": (.driverFundHigh, .driverFundLow),
    "vulnerable": (.driverVulnerableHigh, .driverVulnerableLow),
    "consolidationZone": (.driverZoneHigh, .driverZoneLow),
  ]

  static func render(_ state: AppState, _ analysis: RuptureAnalysis, in area: Rect, buffer: inout Buffer) {
    let l = state.language
    let parts = area.rows([10, nil])
    let t = analysis.relink
    var inner = PanelScreen.framed(T.relinkTitle(l, t.ruptured, t.relinked, t.searching), parts[0], &buffer)
    let rows = t.rows.enumerated().map { i, row -> [Span] in
      // As the study's table: "k de n" in the first half-year, then how many more, "No" for none.
      func cell(_ k: Int, _ of: Int) -> Span {
        Span(i == 0 ? "\(k) \(T.of(l)) \(of)" : (k == 0 ? T.tableNo(l) : "+\(k)"))
      }
      return [
        Span(RelinkTable.periodLabel(row.period)(l)),
        Span("\(Format.integer(row.count, l)) (\(Format.percent(row.percent, l)))", .bold),
        cell(row.vulnerable, t.rupturedVulnerable), cell(row.consolidation, t.rupturedConsolidation),
        cell(row.both, t.rupturedBoth),
      ]
    }
    Table(
      columns: [
        TableColumn(T.waiting(l), minWidth: 10), TableColumn(T.withNewBuyer(l), width: 17, alignRight: true),
        TableColumn(T.vulnerableTiny(l), width: 11, alignRight: true),
        TableColumn(T.consolidationTiny(l), width: 13, alignRight: true),
        TableColumn(T.both(l), width: 7, alignRight: true),
      ], rows: rows, focused: false
    ).render(in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1 + rows.count), buffer: &buffer)
    Paragraph([Line(T.relinkLegend(l, t.relinked), .dim)], wrap: true).render(
      in: Rect(
        x: inner.x, y: inner.y + 1 + rows.count, width: inner.width, height: inner.height - 1 - rows.count),
      buffer: &buffer)

    let bottom = parts[1].columns([nil, min(34, parts[1].width / 3)])
    inner = PanelScreen.framed(T.riskTitle(l), bottom[0], &buffer)
    if analysis.risks.isEmpty {
      buffer.put(T.noRisks(l), x: inner.x, y: inner.y, style: .dim, clip: inner)
    } else {
      let riskRows = analysis.risks.map { r -> [Span] in
        let drivers = r.drivers.map { RelinkView.driverLabel($0, analysis)(l) }.joined(separator: ", ")
        return [
          Span(r.code),
          Span("×" + two(r.relativeHazard, l), r.relativeHazard > 1.5 ? Theme.error : .bold),
          Span(drivers.isEmpty ? "—" : drivers),
        ]
      }
      Table(
        columns: [
          TableColumn(T.colCode(l), width: 12), TableColumn(T.hazard(l), width: 7, alignRight: true),
          TableColumn(T.drivers(l), minWidth: 10),
        ],
        rows: riskRows, selected: state.ruptures.selectedRisk.index(in: analysis.risks.map(\.code))
      ).render(in: inner, buffer: &buffer)
    }
    inner = PanelScreen.framed(T.longSearchTitle(l, analysis.longSearches.count), bottom[1], &buffer)
    let lines = analysis.longSearches.map {
      Line([Span($0.code + " "), Span(T.daysCount(l, $0.days), Theme.error)])
    }
    Paragraph(lines.isEmpty ? [Line(T.noLongSearches(l), Style(fg: .green))] : lines).render(
      in: inner, buffer: &buffer)
  }
}

/// Hazard ratios, intervals and the concordance: two decimals, as the language writes them.
private func two(_ value: Double, _ language: Language) -> String {
  Format.decimal(value, digits: 2, language)
}
