import AlianzasDomain

/// The alliance at a glance: its OP, buyer and place, its IDAP with what pulls it down, and alerts.
enum SummaryTab {
  static func render(
    _ state: AppState, _ a: Alliance, _ f: AllianceFigures, _ area: Rect, _ buffer: inout Buffer
  ) {
    let l = state.language
    let cols = area.columns([nil, nil])
    // Alerts and plausibility warnings, open ones first, then those someone confirmed.
    let rules = state.data.reference.plausibility
    let warnings = a.plausibilityWarnings(rules)
    var warningLines: [Line] = []
    for w in warnings where a.confirmation(of: w) == nil {
      warningLines.append(Line("⚠ " + w.message(l), Style(fg: .yellow, bold: true)))
    }
    for w in warnings {
      guard let c = a.confirmation(of: w) else { continue }
      warningLines.append(
        Line("✓ " + w.message(l) + " (" + T.warningConfirmedBy(l, c.by, c.date.iso) + ")", .dim))
    }
    let wrappedWarnings = warningLines.flatMap { Paragraph.wrap($0, width: max(10, cols[1].width - 4)) }
    let alertRows = max(1, f.alerts.count) + wrappedWarnings.count
    let left = cols[0].rows([10, nil]),
      right = cols[1].rows([nil, min(alertRows + 2, max(5, cols[1].height / 2))])
    let op = a.organization
    func row(_ label: String, _ value: String, _ style: Style = .plain) -> Line {
      Line([Span(DisplayWidth.pad(label, to: 13) + " ", .dim), Span(value, style)])
    }
    var inner = PanelScreen.framed(T.organization(l), left[0], &buffer)
    let vulnerable = op.displacedMembers + op.afroColombianMembers + op.indigenousMembers
    Paragraph([
      row(T.colName(l), op.name),
      row("NIT", op.nit.isEmpty ? "—" : op.nit),
      row(T.colFamilies(l), T.membersLine(l, op.members, op.initialMembers, op.resignations)),
      row(T.experience(l), Fields.show(op.priorExperience, l)),
      row(T.skills(l), "\(op.managerialScore)/5"),
      row(
        T.vulnerableTiny(l),
        T.vulnerableLine(l, vulnerable, op.displacedMembers, op.afroColombianMembers, op.indigenousMembers)),
      row(
        T.place(l),
        "\(a.municipality.name), \(state.data.reference.department(code: a.departmentCode)?.name ?? a.departmentCode)"
      ),
      row(T.consolidationTiny(l), Fields.show(a.consolidationZone, l)),
    ]).render(in: inner, buffer: &buffer)

    inner = PanelScreen.framed(T.buyerAndAgreement(l), left[1], &buffer)
    var lines: [Line] = []
    if let g = a.currentAgreement ?? a.agreements.max(by: { $0.start < $1.start }) {
      lines.append(row(T.colBuyer(l), g.buyer.name, .bold))
      lines.append(row(T.since(l), g.start.iso))
      // Volume and price on rows of their own, so neither is ever cut.
      lines.append(row(T.agreed(l), "\(Format.integer(g.volumeKgPerMonth, l)) kg/\(T.month(l))"))
      lines.append(row(T.priceRow(l), "\(Format.pesos(g.pricePerKg, l))/kg"))
      if let r = g.rupture {
        lines.append(row(T.ruptureShort(l), "\(r.date.iso) · \(r.cause.label(l))", Theme.error))
      } else {
        lines.append(
          row(T.colStatus(l), g.replaces == nil ? T.originalBuyer(l) : T.newBuyer(l), Style(fg: .green)))
      }
    } else {
      lines.append(Line(T.noAgreement(l), .dim))
    }
    lines.append(row(T.product(l), state.data.reference.product(id: a.product)?.name(l) ?? a.product))
    lines.append(row("OGA", a.oga.isEmpty ? "—" : a.oga))
    Paragraph(lines).render(in: inner, buffer: &buffer)

    renderIDAP(state, a, right[0], &buffer)
    inner = PanelScreen.framed(T.alerts(l), right[1], &buffer)
    let alertText: [AllianceFigures.Alert: T] = [
      .noRecentVisit: .alertNoVisit, .repaymentsBehind: .alertRepayments,
      .rupturedWithoutBuyer: .alertRuptured,
    ]
    let alertLines =
      f.alerts.isEmpty && warningLines.isEmpty
      ? [Line(T.noAlerts(l), Style(fg: .green))]
      : f.alerts.map { Line("⚠ " + alertText[$0]!(l), Style(fg: .yellow, bold: true)) } + wrappedWarnings
    Paragraph(alertLines).render(in: inner, buffer: &buffer)
  }

  /// IDAP with its dimensions and the indicators that cost the most points.
  static func renderIDAP(_ state: AppState, _ a: Alliance, _ area: Rect, _ buffer: inout Buffer) {
    let l = state.language
    let definition = state.data.instruments.idap
    let result = a.idap(definition, today: state.data.today)
    let inner = PanelScreen.framed(T.idap(l), area, &buffer)
    var lines: [Line] = []
    if let score = result.score, let band = result.band {
      lines.append(
        Line([
          Span(Format.decimal(score, l), Theme.idapBand(band).bolded()),
          Span(" · \(definition.bands[band].label(l))", Theme.idapBand(band)),
          Span(result.partial ? " · " + T.partialScore(l) : "", .dim),
        ]))
    } else {
      lines.append(Line(T.noData(l), .dim))
    }
    for (dimension, part) in zip(definition.dimensions, result.dimensions) {
      let value = part.value.map { Format.decimal($0 * 100, l) } ?? T.noData(l)
      let count = " (\(part.available)/\(part.total))"
      // The label gives way before the figures do.
      let room = max(4, min(23, inner.width - 1 - DisplayWidth.of(value + count)))
      lines.append(
        Line([
          Span(DisplayWidth.pad(dimension.label(l), to: room) + " ", .dim), Span(value), Span(count, .dim),
        ]))
    }
    let worst = result.indicators.filter { $0.normalized != nil && $0.shortfall > 0.05 }.sorted {
      $0.shortfall > $1.shortfall
    }.prefix(3)
    if !worst.isEmpty {
      lines.append(Line(T.pullsDown(l), .bold))
      for part in worst {
        let label = definition.indicator(id: part.id)?.label(l) ?? part.id
        let numbers =
          " \(part.raw.map { Format.decimal($0, digits: 2, l) } ?? "—") −\(Format.decimal(part.shortfall, l))"
        lines.append(
          Line([
            Span("  \(part.id) "),
            Span(DisplayWidth.truncate(label, to: max(4, inner.width - 5 - DisplayWidth.of(numbers)))),
            Span(numbers, Style(fg: .red)),
          ]))
      }
    }
    Paragraph(lines).render(in: inner, buffer: &buffer)
  }
}
