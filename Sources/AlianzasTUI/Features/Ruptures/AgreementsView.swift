import AlianzasDomain

/// The national list of buyer agreements, and one alliance's agreement history.
enum AgreementsView {
  static func stateLabel(_ s: AllianceFigures.AgreementState, _ l: Language) -> Span {
    switch s {
    case .active: Span(T.agreementActive(l), Style(fg: .green))
    case .searching: Span(T.agreementSearching(l), Theme.error)
    case .relinked: Span(T.agreementRelinked(l), Style(fg: .cyan))
    case .none: Span("—")
    }
  }

  static func showLabel(_ s: RuptureState.Show, _ l: Language) -> String {
    switch s {
    case .all: T.showAll(l)
    case .active: T.showActive(l)
    case .searching: T.showSearching(l)
    case .relinked: T.showRelinked(l)
    }
  }

  static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    if let code = state.ruptures.history {
      history(state, code, area, &buffer)
      return
    }
    let l = state.language
    let r = state.ruptures
    let rows = AgreementRow.rows(state.data, show: r.show, search: r.search)
    Frame(T.agreementsTitle(l, rows.count, showLabel(r.show, l))).render(in: area, buffer: &buffer)
    var inner = area.inset(dx: 1, dy: 1)
    if r.search.isShown {
      buffer.put(r.search.line, x: inner.x, y: inner.y, clip: inner)
      inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
    }
    guard !rows.isEmpty else {
      buffer.put(T.noAgreements(l), x: inner.x, y: inner.y, style: .dim, clip: inner)
      return
    }
    let wide = inner.width >= 110
    var columns = [
      TableColumn(T.colCode(l), width: 12), TableColumn(T.colBuyer(l), minWidth: 12),
      TableColumn(T.since(l), width: 10),
    ]
    if wide {
      columns += [
        TableColumn("kg/\(T.month(l))", width: 9, alignRight: true),
        TableColumn("$/kg", width: 8, alignRight: true),
      ]
    }
    columns += [
      TableColumn(T.complianceShort(l), width: 6, alignRight: true), TableColumn(T.colStatus(l), width: 17),
    ]
    if wide { columns += [TableColumn(T.endShort(l), width: 10), TableColumn(T.causeShort(l), width: 16)] }
    let cells = rows.map { row -> [Span] in
      let g = row.agreement
      var cells = [Span(row.code), Span(g.buyer.name), Span(g.start.iso)]
      if wide { cells += [Span(Format.integer(g.volumeKgPerMonth, l)), Span(Format.pesos(g.pricePerKg, l))] }
      cells += [
        Span(
          row.compliance.map { "\(Int(($0 * 100).rounded())) %" } ?? "—",
          (row.compliance ?? 1) < 0.7 ? Style(fg: .yellow) : .plain),
        stateLabel(g.rupture == nil ? (g.replaces == nil ? .active : .relinked) : row.state, l),
      ]
      if wide { cells += [Span(g.rupture?.date.iso ?? ""), Span(g.rupture?.cause.label(l) ?? "")] }
      return cells
    }
    Table(columns: columns, rows: cells, selected: r.selection.index(in: rows.map(\.agreement.id))).render(
      in: inner, buffer: &buffer)
  }

  static func history(_ state: AppState, _ code: String, _ area: Rect, _ buffer: inout Buffer) {
    let l = state.language
    guard let a = state.data.alliances[code] else { return }
    Frame(T.historyTitle(l, code, a.status.label(l))).render(in: area, buffer: &buffer)
    let inner = area.inset(dx: 2, dy: 1)
    var lines: [Line] = [Line(a.name, .bold), ""]
    for g in a.agreements.sorted(by: { $0.start < $1.start }) {
      lines.append(
        Line([
          Span(g.replaces == nil ? "● " : "↳ ", .bold), Span(g.buyer.name, .bold),
          Span(" · \(T.since(l)) \(g.start.iso)", .dim),
        ]))
      lines.append(
        Line(
          "   \(T.agreed(l)): \(Format.integer(g.volumeKgPerMonth, l)) kg/\(T.month(l)) · \(Format.pesos(g.pricePerKg, l))/kg · \(g.quality)",
          .dim))
      if let compliance = a.compliance(of: g, asOf: state.data.today) {
        lines.append(Line("   \(T.complianceLong(l)): \(Int((compliance * 100).rounded())) %"))
      }
      if let r = g.rupture {
        let detail = r.causeDetail.isEmpty ? "" : " (\(r.causeDetail))"
        lines.append(
          Line(
            "   \(T.ruptureShort(l)) \(r.date.iso): \(r.cause.label(l))\(detail) · \(r.endedBy.label(l))",
            Theme.error))
        if let days = a.daysToRelink(g) {
          lines.append(Line("   \(T.relinkAfter(l, days))", Style(fg: .cyan)))
        } else {
          lines.append(Line("   \(T.stillSearching(l, r.date.days(until: state.data.today)))", Theme.error))
        }
      } else {
        lines.append(Line("   \(T.agreementActive(l))", Style(fg: .green)))
      }
      lines.append("")
    }
    if a.agreements.isEmpty { lines.append(Line(T.noAgreement(l), .dim)) }
    Paragraph(lines).render(in: inner, buffer: &buffer)
  }
}
