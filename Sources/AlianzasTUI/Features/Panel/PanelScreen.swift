import AlianzasDomain

/// The national panel: where the alliances stand, how they perform, how their buyer agreements
/// hold and how their households eat and earn — all read from the live score engine.
enum PanelScreen {
  static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    if area.width >= 110 { wide(state, area, &buffer) } else { compact(state, area, &buffer) }
  }

  static func compact(_ state: AppState, _ area: Rect, _ buffer: inout Buffer) {
    let half = area.width / 2
    let (left, right) = (
      Rect(x: area.x, y: area.y, width: half, height: area.height),
      Rect(x: area.x + half, y: area.y, width: area.width - half, height: area.height)
    )
    let l = left.rows([14, nil])
    stages(state, l[0], &buffer)
    households(state, l[1], &buffer)
    let r = right.rows([6, 4, 6, nil])
    statuses(state, r[0], &buffer)
    agreements(state, r[1], &buffer, compact: true)
    idap(state, r[2], &buffer)
    departments(state, r[3], &buffer)
  }

  static func wide(_ state: AppState, _ area: Rect, _ buffer: inout Buffer) {
    let c = area.columns([nil, nil, nil])
    let a = c[0].rows([14, 6, nil])
    stages(state, a[0], &buffer)
    statuses(state, a[1], &buffer)
    alerts(state, a[2], &buffer)
    let b = c[1].rows([6, 6, nil])
    idap(state, b[0], &buffer)
    agreements(state, b[1], &buffer, compact: false)
    households(state, b[2], &buffer)
    let d = c[2].rows([14, 4, nil])
    departments(state, d[0], &buffer)
    callYears(state, d[1], &buffer)
    products(state, d[2], &buffer)
  }

  static func n(_ value: Int, _ language: Language) -> String { Format.integer(value, language) }

  static func framed(_ title: String, _ area: Rect, _ buffer: inout Buffer) -> Rect {
    Frame(title).render(in: area, buffer: &buffer)
    return area.inset(dx: 2, dy: 1)
  }

  static func stages(_ state: AppState, _ area: Rect, _ buffer: inout Buffer) {
    let totals = state.data.engine.totals
    let inner = framed("\(state.t(.byStage)) · \(n(totals.alliances, state.language))", area, &buffer)
    let bars = Stage.allCases.map { stage in
      BarChart.Bar(
        "\(stage.number). \(stage.label(state.language))", value: Double(totals.byStage[stage.number - 1]),
        style: Style(fg: .cyan))
    }
    BarChart(bars, language: state.language).render(in: inner, buffer: &buffer)
  }

  static func statuses(_ state: AppState, _ area: Rect, _ buffer: inout Buffer) {
    let totals = state.data.engine.totals
    let inner = framed(state.t(.byStatus), area, &buffer)
    let bars = AllianceStatus.allCases.enumerated().map { i, status in
      BarChart.Bar(
        status.label(state.language), value: Double(totals.byStatus[i]), style: Theme.status(status))
    }
    BarChart(bars, language: state.language).render(in: inner, buffer: &buffer)
  }

  static func agreements(_ state: AppState, _ area: Rect, _ buffer: inout Buffer, compact: Bool) {
    let totals = state.data.engine.totals
    let inner = framed(state.t(.agreements), area, &buffer)
    if compact {
      let half = inner.width / 2
      let cells = [
        (state.t(.agreementsActive), totals.agreementsActive, Style.plain),
        (state.t(.agreementsRuptured), totals.agreementsRuptured, Theme.error),
        (state.t(.agreementsRelinked), totals.agreementsRelinked, Style.plain),
        (state.t(.searching), totals.searching, Theme.error),
      ]
      for (i, cell) in cells.enumerated() {
        let x = inner.x + (i % 2) * half, y = inner.y + i / 2
        let number = n(cell.1, state.language)
        let end = buffer.put(
          DisplayWidth.truncate(cell.0, to: half - number.count - 2) + " ", x: x, y: y, clip: inner)
        buffer.put(number, x: end, y: y, style: cell.1 > 0 ? cell.2.bolded() : .plain, clip: inner)
      }
      return
    }
    BarChart(
      [
        BarChart.Bar(
          state.t(.agreementsActive), value: Double(totals.agreementsActive), style: Style(fg: .green)),
        BarChart.Bar(
          state.t(.agreementsRuptured), value: Double(totals.agreementsRuptured), style: Style(fg: .red)),
        BarChart.Bar(
          state.t(.agreementsRelinked), value: Double(totals.agreementsRelinked), style: Style(fg: .cyan)),
        BarChart.Bar(state.t(.searching), value: Double(totals.searching), style: Theme.error),
      ], language: state.language
    ).render(in: inner, buffer: &buffer)
  }

  static func idap(_ state: AppState, _ area: Rect, _ buffer: inout Buffer) {
    let totals = state.data.engine.totals
    let inner = framed(state.t(.idap), area, &buffer)
    let mean = totals.idapMean.map { Format.decimal($0, state.language) } ?? state.t(.noData)
    let band = totals.idapMean.map { state.data.instruments.idap.bandIndex(for: $0) }
    let scored = " · " + state.t(.idapScored, n(totals.idapScored, state.language))
    let partial =
      " · " + T.counted(totals.idapPartial, one: .idapPartialOne, many: .idapPartial, state.language)
    // The count of partial scores leaves before anything is cut.
    var line = Line([
      Span("\(state.t(.idapMean)) "), Span(mean, Theme.idapBand(band).bolded()), Span(scored + partial, .dim),
    ])
    if line.width > inner.width { line.spans[2] = Span(scored, .dim) }
    buffer.put(line, x: inner.x, y: inner.y, clip: inner)
    let bands = state.data.instruments.idap.bands.enumerated().map { i, b in
      BarChart.Bar(b.label(state.language), value: Double(totals.idapByBand[i]), style: Theme.idapBand(i))
    }
    BarChart(bands, language: state.language).render(
      in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1), buffer: &buffer)
  }

  static func households(_ state: AppState, _ area: Rect, _ buffer: inout Buffer) {
    let h = state.data.engine.totals.households
    let inner = framed(
      "\(state.t(.households)) · \(T.counted(h.surveyed, one: .surveysOne, many: .surveys, state.language))",
      area, &buffer)
    let short = [T.elcsaSecure, .elcsaMild, .elcsaModerate, .elcsaSevere].map { state.t($0) }
    var bars = (0..<4).map { BarChart.Bar(short[$0], value: Double(h.elcsa[$0]), style: Theme.elcsa($0)) }
    bars.append(BarChart.Bar(state.t(.elcsaIncomplete), value: Double(h.elcsa[4]), style: Theme.elcsa(4)))
    let national =
      state.data.instruments.ppi.lines.firstIndex { $0.id == state.data.instruments.ppi.nationalLine } ?? 0
    let poverty =
      h.povertyRate(lineIndex: national).map { Format.percent($0, state.language) } ?? state.t(.noData)
    let ppi = " · PPI " + (h.meanPPIScore.map { Format.decimal($0, state.language) } ?? "—")
    // The label shortens, then the PPI mean leaves, before a figure would be cut.
    var povertyLine = Line([Span(state.t(.poverty) + " "), Span(poverty, .bold), Span(ppi, .dim)])
    if povertyLine.width > inner.width {
      povertyLine = Line([Span(state.t(.povertyShort) + " "), Span(poverty, .bold), Span(ppi, .dim)])
    }
    if povertyLine.width > inner.width {
      povertyLine = Line([Span(state.t(.povertyShort) + " "), Span(poverty, .bold)])
    }
    if inner.height >= 6 {
      BarChart(bars, language: state.language).render(
        in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 5), buffer: &buffer)
      buffer.put(povertyLine, x: inner.x, y: inner.y + 5, clip: inner)
    } else {
      BarChart(Array(bars.prefix(4)), language: state.language).render(
        in: Rect(x: inner.x, y: inner.y, width: inner.width, height: min(4, inner.height - 1)),
        buffer: &buffer)
      let incomplete = Line([
        Span("\(state.t(.elcsaIncompleteShort)) \(n(h.elcsa[4], state.language)) · ", .dim),
        Span(state.t(.povertyShort) + " "), Span(poverty, .bold),
      ])
      buffer.put(incomplete, x: inner.x, y: inner.y + min(4, inner.height - 1), clip: inner)
    }
  }

  static func departments(_ state: AppState, _ area: Rect, _ buffer: inout Buffer) {
    let totals = state.data.engine.totals
    let inner = framed("\(state.t(.departments)) · \(totals.departments)", area, &buffer)
    let ranked = totals.byDepartment.map { (code: $0.key, count: $0.value) }
      .sorted { ($0.count, $1.code) > ($1.count, $0.code) }
    let name = { (code: String) in state.data.reference.department(code: code)?.name ?? code }
    guard inner.height > 0 else { return }
    if inner.height >= 8 {
      let each = (inner.height - 1) / 2
      let top = ranked.prefix(each).map {
        BarChart.Bar(name($0.code), value: Double($0.count), style: Style(fg: .cyan))
      }
      let bottom = ranked.suffix(each).map {
        BarChart.Bar(name($0.code), value: Double($0.count), style: Style(fg: .cyan))
      }
      let maximum = Double(ranked.first?.count ?? 0)
      buffer.put(state.t(.mostAlliances), x: inner.x, y: inner.y, style: .dim, clip: inner)
      BarChart(top, maximum: maximum, language: state.language).render(
        in: Rect(x: inner.x + 7, y: inner.y, width: inner.width - 7, height: each), buffer: &buffer)
      buffer.put(state.t(.fewestAlliances), x: inner.x, y: inner.y + each + 1, style: .dim, clip: inner)
      BarChart(bottom, maximum: maximum, language: state.language).render(
        in: Rect(x: inner.x + 7, y: inner.y + each + 1, width: inner.width - 7, height: each), buffer: &buffer
      )
      return
    }
    // Compact: names and counts in a line each, most first.
    let topLines = max(1, inner.height - 1)
    var pool = ranked.prefix(topLines * 3).map { "\(name($0.code)) \($0.count)" }
    for row in 0..<topLines where !pool.isEmpty {
      var text = row == 0 ? "▲ " : "  "
      var first = true
      while let next = pool.first, DisplayWidth.of(text + (first ? "" : " · ") + next) <= inner.width {
        text += (first ? "" : " · ") + next
        first = false
        pool.removeFirst()
      }
      buffer.put(text, x: inner.x, y: inner.y + row, clip: inner)
    }
    // The fewest, as many as fit whole: a name without its count would read as a cut number.
    var fewest = "▼ "
    for (i, d) in ranked.suffix(3).reversed().enumerated() {
      let piece = (i == 0 ? "" : " · ") + "\(name(d.code)) \(d.count)"
      guard DisplayWidth.of(fewest + piece) <= inner.width else { break }
      fewest += piece
    }
    buffer.put(fewest, x: inner.x, y: inner.bottom - 1, style: .dim, clip: inner)
  }

  static func alerts(_ state: AppState, _ area: Rect, _ buffer: inout Buffer) {
    let totals = state.data.engine.totals
    let inner = framed(state.t(.alerts), area, &buffer)
    let items: [(T, AllianceFigures.Alert)] = [
      (.alertNoVisit, .noRecentVisit), (.alertRepayments, .repaymentsBehind),
      (.alertRuptured, .rupturedWithoutBuyer),
    ]
    BarChart(
      items.map {
        BarChart.Bar(
          state.t($0.0), value: Double(totals.alerts[$0.1.rawValue] ?? 0), style: Style(fg: .yellow))
      }, language: state.language
    )
    .render(in: inner, buffer: &buffer)
  }

  static func callYears(_ state: AppState, _ area: Rect, _ buffer: inout Buffer) {
    let totals = state.data.engine.totals
    let inner = framed(state.t(.byCallYear), area, &buffer)
    let values = (2002...2013).map { Double(totals.byCallYear[String($0)] ?? 0) }
    let counts = values.map { String(Int($0)) }.joined(separator: " ")
    Sparkline(values.flatMap { [$0, $0] }, style: Style(fg: .cyan)).render(in: inner.row(0), buffer: &buffer)
    buffer.put(counts, x: inner.x, y: inner.y + 1, style: .dim, clip: inner)
  }

  static func products(_ state: AppState, _ area: Rect, _ buffer: inout Buffer) {
    let totals = state.data.engine.totals
    let inner = framed(state.t(.byProduct), area, &buffer)
    let bars = totals.byProduct.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map {
      BarChart.Bar(
        state.data.reference.product(id: $0.key)?.name(state.language) ?? $0.key, value: Double($0.value),
        style: Style(fg: .green))
    }
    BarChart(bars, language: state.language).render(in: inner, buffer: &buffer)
  }
}
