import AlianzasDomain

/// The twelve stages as a timeline with dates, and the documents each stage needs as a checklist.
enum LifecycleTab {
  static func render(
    _ state: AppState, _ a: Alliance, _ detail: AllianceDetailState, _ area: Rect, _ buffer: inout Buffer
  ) {
    let l = state.language
    let cols = area.columns([nil, nil])
    var inner = PanelScreen.framed(T.timeline(l), cols[0], &buffer)
    let dates = Dictionary(a.stageHistory.map { ($0.stage, $0.date) }) { first, _ in first }
    let shown = detail.selectedStage ?? a.stage.next ?? a.stage
    for stage in Stage.allCases {
      let y = inner.y + stage.number - 1
      guard y < inner.bottom else { break }
      let mark: Span
      if stage == a.stage {
        mark = Span("▶ ", Style(fg: .cyan, bold: true))
      } else if stage < a.stage {
        mark = Span("✓ ", Style(fg: .green))
      } else {
        mark = Span("· ", .dim)
      }
      let label = Span(
        DisplayWidth.pad("\(stage.number). \(stage.label(l))", to: max(0, inner.width - 13)),
        stage == a.stage ? .bold : (stage > a.stage ? .dim : .plain))
      // A space always parts the stage from its date, however long the stage's name.
      buffer.put(
        Line([mark, label, Span(" " + (dates[stage]?.iso ?? ""), .dim)]), x: inner.x, y: y, clip: inner)
      if stage == shown {
        buffer.setStyle(Rect(x: inner.x, y: y, width: inner.width, height: 1)) { $0.underline = true }
      }
    }
    if inner.height > 13, let last = a.statusHistory.last {
      Paragraph(
        [
          Line(
            "\(T.colStatus(l)): \(last.status.label(l)) · \(last.date.iso) · \(last.note)",
            Theme.status(last.status))
        ],
        wrap: true
      ).render(
        in: Rect(x: inner.x, y: inner.y + 13, width: inner.width, height: inner.height - 13), buffer: &buffer)
    }

    let right = cols[1].rows([nil, 5])
    inner = PanelScreen.framed(T.documentsFor(l, shown.label(l)), right[0], &buffer)
    var lines: [Line] = []
    let requirements = Lifecycle.requirements(for: shown)
    if requirements.isEmpty { lines.append(Line(T.noDocuments(l), .dim)) }
    for requirement in requirements {
      let met = requirement.isMet(by: a)
      let text = requirement.label(l)
      lines.append(
        Line([
          Span(met ? "✓ " : "✗ ", met ? Style(fg: .green, bold: true) : Theme.error),
          Span(text.prefix(1).uppercased() + text.dropFirst()),
        ]))
    }
    Paragraph(lines, wrap: true).render(in: inner, buffer: &buffer)

    inner = PanelScreen.framed(T.nextStep(l), right[1], &buffer)
    switch Lifecycle.nextStep(a) {
    case .last:
      buffer.put(T.lastStage(l), x: inner.x, y: inner.y, style: .dim, clip: inner)
    case .open(let next):
      Paragraph([Line(T.canAdvance(l, next.label(l)), Style(fg: .green))], wrap: true).render(
        in: inner, buffer: &buffer)
    case .refused(let next, let refusal):
      Paragraph([Line(refusal.message(l, target: next.label(l)), Style(fg: .yellow))], wrap: true).render(
        in: inner, buffer: &buffer)
    }
  }
}

/// Visits, newest first, with the selected one's details.
enum VisitsTab {
  static func sorted(_ a: Alliance) -> [Visit] { a.visits.sorted { ($0.date, $0.id) > ($1.date, $1.id) } }

  static func render(
    _ state: AppState, _ a: Alliance, _ detail: AllianceDetailState, _ area: Rect, _ buffer: inout Buffer
  ) {
    let l = state.language
    let visits = sorted(a)
    let parts = area.rows([nil, 7])
    var inner = PanelScreen.framed(T.visitsTitle(l, visits.count), parts[0], &buffer)
    if visits.isEmpty {
      buffer.put(T.noVisits(l), x: inner.x, y: inner.y, style: .dim, clip: inner)
      return
    }
    let rows = visits.map { v -> [Span] in
      let d = v.deliveries.first
      return [
        Span(v.date.iso), Span(v.kind.label(l)), Span(v.officer),
        Span(d.map { Format.integer(Int64($0.kg.rounded()), l) } ?? "—"),
        Span(d.map { Format.integer(Int64($0.rejectedKg.rounded()), l) } ?? "—"),
        Span(d.map { Format.pesos($0.pricePerKg, l) } ?? "—"),
      ]
    }
    Table(
      columns: [
        TableColumn(T.fieldDate(l), width: 10), TableColumn(T.fieldVisitKind(l), width: 16),
        TableColumn(T.fieldOfficer(l), minWidth: 8),
        TableColumn("kg", width: 8, alignRight: true),
        TableColumn(T.rejectedShort(l), width: 7, alignRight: true),
        TableColumn("$/kg", width: 8, alignRight: true),
      ], rows: rows, selected: min(detail.selectedVisit, visits.count - 1)
    ).render(in: inner, buffer: &buffer)
    let v = visits[min(detail.selectedVisit, visits.count - 1)]
    inner = PanelScreen.framed(T.visitOf(l, v.date.iso), parts[1], &buffer)
    let checks = v.checklist.answers.compactMap { $0 }
    var lines = [
      Line([Span(T.fieldObservations(l) + ": ", .dim), Span(v.observations.isEmpty ? "—" : v.observations)]),
      Line([
        Span(T.checklist(l) + ": ", .dim),
        Span(checks.isEmpty ? "—" : "\(checks.filter { $0 }.count)/\(checks.count)"),
        Span(" · " + T.fieldActiveMembers(l) + ": ", .dim),
        Span(v.activeMembers.map { Format.integer($0, l) } ?? "—"),
      ]),
      Line([
        Span("POA: ", .dim),
        Span(
          v.poaProgress.isEmpty
            ? "—"
            : v.poaProgress.map { p in
              "\(a.poa.first { $0.id == p.indicatorID }?.name.prefix(24) ?? "?") \(Fields.show(p.done, l))"
            }.joined(separator: " · ")),
      ]),
    ]
    if let c = v.commitments.first {
      lines.append(Line([Span(T.fieldCommitment(l) + ": ", .dim), Span("\(c.text) (\(c.due.iso))")]))
    }
    if let (previous, changes) = a.changes(since: v.id, rules: state.data.reference.monitoring) {
      lines.append(changeLine(state, a, previous, changes, width: inner.width))
    }
    Paragraph(lines).render(in: inner, buffer: &buffer)
  }

  /// The figures that moved since the previous visit, those beyond the threshold first and in the
  /// error style with ⚑; as many as fit whole, none cut.
  static func changeLine(
    _ state: AppState, _ a: Alliance, _ previous: Visit, _ changes: [FigureChange], width: Int
  )
    -> Line
  {
    let l = state.language
    var spans = [Span(T.changesSince(l, previous.date.iso) + " ", .dim)]
    var used = DisplayWidth.of(spans[0].text)
    let ordered = changes.filter(\.marked) + changes.filter { !$0.marked }
    for change in ordered {
      let text = changeText(change, a, l) + (change.marked ? "⚑" : "")
      let piece = (spans.count > 1 ? " · " : "") + text
      guard used + DisplayWidth.of(piece) <= width else { break }
      spans.append(Span(piece, change.marked ? Theme.error : .plain))
      used += DisplayWidth.of(piece)
    }
    if spans.count == 1 { spans.append(Span(T.changeNone(l), .dim)) }
    return Line(spans)
  }

  static func changeText(_ c: FigureChange, _ a: Alliance, _ l: Language) -> String {
    func signed(_ share: Double?) -> String {
      guard let share else { return "\(Format.integer(Int(c.before), l))→\(Format.integer(Int(c.after), l))" }
      let percent = Format.percent(abs(share) * 100, digits: 0, l)
      return (share >= 0 ? "+" : "−") + percent
    }
    switch c.figure {
    case .deliveredKg: return "kg " + signed(c.relative)
    case .rejectedKg: return T.rejectedShort(l) + " " + signed(c.relative)
    case .pricePerKg: return "$/kg " + signed(c.relative)
    case .checklist: return T.changeChecklist(l) + " \(Int(c.before))→\(Int(c.after))"
    case .members:
      return T.changeMembers(l) + " \(Format.integer(Int(c.before), l))→\(Format.integer(Int(c.after), l))"
    case .poa(let id):
      let name = a.poa.first { $0.id == id }?.name ?? "POA"
      return "\(DisplayWidth.truncate(name, to: 18)) " + signed(c.relative)
    case .elcsaYes, .ppiScore, .incomeTotal, .incomeFromProduct: return signed(c.relative)
    }
  }
}

/// Money: the incentive and its leverage, execution, the revolving fund.
enum FinanceTab {
  static func render(_ state: AppState, _ a: Alliance, _ area: Rect, _ buffer: inout Buffer) {
    let l = state.language
    let f = a.finance
    let cols = area.columns([nil, nil])
    // Narrow panels give labels less room before amounts lose theirs.
    let labelWidth = cols[0].width < 50 ? 18 : 22
    func row(_ label: String, _ value: String, _ style: Style = .plain) -> Line {
      Line([Span(DisplayWidth.pad(label, to: labelWidth - 1) + " ", .dim), Span(value, style)])
    }
    func percent(_ v: Double?) -> String { v.map { Format.percent($0 * 100, l) } ?? "—" }
    // An amount is whole when it fits the panel, else in millions with its unit; what follows it
    // (a share, a source) gives way first. A number is never cut.
    let room = max(8, cols[0].width - 4 - labelWidth)
    func money(_ p: Pesos, _ rest: String = "") -> String {
      for amount in [Format.pesos(p, l), Format.pesosShort(p, l)] where DisplayWidth.of(amount + rest) <= room
      {
        return amount + rest
      }
      return Format.pesosShort(p, l)
    }
    var inner = PanelScreen.framed(T.investment(l), cols[0], &buffer)
    var lines = [
      row(T.totalValue(l), money(f.totalValue)),
      row("Incentivo Modular", money(f.modularIncentive), .bold),
      row(T.cofinancing(l), money(f.cofinancingTotal)),
      row(T.leverage(l), f.leverage.map { Format.decimal($0, digits: 2, l) + " " + T.perPeso(l) } ?? "—"),
    ]
    for c in f.cofinancing { lines.append(row("  " + FundingSource.label(c.source, l), money(c.amount))) }
    let execution = f.programmedToDate.amount > 0 ? f.disbursed.double / f.programmedToDate.double : nil
    lines += [
      row(T.programmed(l), money(f.programmedToDate)),
      row(T.disbursed(l), money(f.disbursed, " (\(percent(execution)))")),
    ]
    for d in f.disbursements.suffix(4) {
      lines.append(row("  " + d.date.iso, money(d.amount, " · \(FundingSource.label(d.source, l))")))
    }
    Paragraph(lines).render(in: inner, buffer: &buffer)

    inner = PanelScreen.framed(T.fund(l), cols[1], &buffer)
    let fund = f.fund
    let due = fund.dueBy(state.data.today)
    let repaidShare = due.amount > 0 ? fund.repaid.double / due.double : nil
    lines = [
      row(T.fundTarget(l), money(fund.repaymentTarget)),
      row(T.fundDue(l), money(due)),
      row(
        T.fundRepaid(l), money(fund.repaid, " (\(percent(repaidShare)))"),
        (repaidShare ?? 1) < 0.8 ? Theme.error : .plain),
      row(T.capitalization(l), percent(fund.capitalization), .bold),
      row(T.loans(l), "\(Format.integer(fund.loans.count, l)) · " + money(fund.portfolio)),
      row(
        T.arrears(l),
        money(
          fund.arrears,
          " (\(percent(fund.portfolio.amount > 0 ? fund.arrears.double / fund.portfolio.double : nil)))")
      ),
    ]
    if let accounts = f.accounts {
      lines.append(
        row(
          T.margin(l, accounts.year),
          percent(
            accounts.revenue.amount > 0
              ? (accounts.revenue - accounts.costs).double / accounts.revenue.double : nil)))
    }
    lines.append(Line(T.lastRepayments(l), .bold))
    for r in fund.repayments.suffix(5).reversed() {
      lines.append(row("  " + r.date.iso, money(r.amount)))
    }
    Paragraph(lines).render(in: inner, buffer: &buffer)
  }
}
