import AlianzasDomain

/// The survey form with a side panel that follows every answer: ELCSA score and category (or
/// "incompleta" with its range), PPI score, band and likelihood, and what is still unanswered.
enum SurveyScreen {
  static func render(_ state: AppState, _ session: SurveySession, in area: Rect, buffer: inout Buffer) {
    let l = state.language
    guard let h = state.data.household(session.code, session.householdID) else { return }
    let survey = h.surveys.first { $0.id == session.surveyID }
    var status = survey?.status.label(l) ?? T.surveyNew(l)
    func head() -> Line {
      Line([
        Span(" \(h.code) ", Style(bold: true, reverse: true)), Span(" "),
        Span(
          status, survey?.status == .complete ? Style(fg: .green, bold: true) : Style(fg: .yellow, bold: true)
        ),
        Span(
          " · \(h.headName) · \(h.group.label(l)) · \(h.members) \(T.colMembers(l).lowercased()), \(h.minors) <18"
        ),
      ])
    }
    // On a narrow screen a new survey says only "Nueva", so the household's figures stay whole.
    if head().width > area.width, survey == nil { status = T.surveyNewShort(l) }
    buffer.put(head(), x: area.x, y: area.y, clip: area)
    let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
    let sideWidth = min(40, max(30, body.width * 2 / 5))
    let cols = body.columns([nil, sideWidth])
    // The question panel takes what its whole text and every option need; the form keeps at least
    // five rows and scrolls to the focused question.
    let question = questionLines(state, session, width: cols[0].width - 4)
    let panel = min(question.count + 2, max(3, cols[0].height - 7))
    let left = cols[0].rows([nil, panel])
    Frame(T.surveyFormTitle(l), focused: true).render(in: left[0], buffer: &buffer)
    var form = FormView(session.form, labelWidth: min(34, left[0].width / 2))
    form.showsHints = false
    form.render(in: left[0].inset(dx: 2, dy: 1), buffer: &buffer)
    let inner = PanelScreen.framed(T.questionTitle(l), left[1], &buffer)
    Paragraph(question).render(in: inner, buffer: &buffer)
    side(state, h, survey, session, cols[1], &buffer)
  }

  /// The focused question in full, wrapped, and under it every option with its key, the chosen
  /// one marked "●" and bold (a mark, so it reads without colour too).
  static func questionLines(_ state: AppState, _ session: SurveySession, width: Int) -> [Line] {
    let l = state.language
    guard let field = session.form.focused else { return [] }
    // The completing step is not a question: the panel then only says whether it is locked.
    var lines =
      field.kind == .action ? [] : Paragraph.wrap(Line(field.hint ?? field.label, .bold), width: width)
    if let reason = field.disabledReason {
      lines += Paragraph.wrap(Line(reason, .dim), width: width)
      return lines
    }
    if session.locked {
      lines += Paragraph.wrap(Line(T.surveyLockedHint(l), Style(fg: .yellow)), width: width)
    }
    for option in FormState.options(field.kind, language: l) {
      let chosen = option.label == field.shown
      let key = option.key.map { "\($0)) " } ?? ""
      let style = chosen ? Style(bold: true) : Style.plain
      // Wrapped options keep their text under their text, not under the mark.
      for (i, piece) in Paragraph.wrap(
        Line(key + (option.key == nil ? option.label : option.listed), style), width: width - 2
      ).enumerated() {
        lines.append(Line([Span(i > 0 ? "  " : (chosen ? "● " : "○ "), style)] + piece.spans))
      }
    }
    return lines
  }

  static func side(
    _ state: AppState, _ h: Household, _ survey: Survey?, _ session: SurveySession, _ area: Rect,
    _ buffer: inout Buffer
  ) {
    let l = state.language
    let instruments = state.data.instruments
    let parts = area.rows([8, 6, nil])
    var inner = PanelScreen.framed("ELCSA", parts[0], &buffer)
    let answers = survey?.elcsa ?? Array(repeating: nil, count: 15)
    let hasMinors = survey?.hasMinors ?? (h.minors > 0)
    let e = instruments.elcsa.score(answers: answers, hasMinors: hasMinors)
    var lines = [Line([Span(T.rawScore(l) + " "), Span("\(e.yes)/\(e.itemsUsed)", .bold)])]
    // Against the household's survey before this one: what moved beyond the thresholds is marked.
    let changes = survey.flatMap {
      h.changes(since: $0.id, instruments: instruments, rules: state.data.reference.monitoring)
    }
    func change(_ figure: FigureChange.Figure) -> Line? {
      guard let (previous, all) = changes, let c = all.first(where: { $0.figure == figure }) else {
        return nil
      }
      let text =
        "\(Format.integer(Int(c.before), l))→\(Format.integer(Int(c.after), l))" + (c.marked ? "⚑" : "")
      return Line([
        Span(T.changesSince(l, previous.date.iso) + " ", .dim), Span(text, c.marked ? Theme.error : .plain),
      ])
    }
    if let category = e.category {
      lines.append(Line(instruments.elcsa.label(category)(l), Theme.elcsa(category.rawValue).bolded()))
    } else if e.range.lowerBound == e.range.upperBound {
      // The answers still missing cannot change the category: it is shown, marked incomplete.
      let only = e.range.lowerBound
      lines.append(Line(instruments.elcsa.label(only)(l), Theme.elcsa(only.rawValue).bolded()))
      lines.append(Line(T.incompleteSameCategory(l), .dim))
    } else {
      lines.append(Line(T.incompleteCategory(l), Style(fg: .yellow, bold: true)))
      let short = [T.elcsaSecure, .elcsaMild, .elcsaModerate, .elcsaSevere].map { $0(l) }
      let low = short[e.range.lowerBound.rawValue], high = short[e.range.upperBound.rawValue]
      lines.append(Line(T.rangeLine(l, low, high), .dim))
      if !e.unknown.isEmpty {
        lines.append(Line(T.unknownItems(l, e.unknown.map(String.init).joined(separator: ", ")), .dim))
      }
    }
    if let moved = change(.elcsaYes) { lines.append(moved) }
    Paragraph(lines, wrap: true).render(in: inner, buffer: &buffer)

    inner = PanelScreen.framed("PPI", parts[1], &buffer)
    let p = instruments.ppi.score(answers: survey?.ppi ?? Array(repeating: nil, count: 10))
    let line = instruments.ppi.lines[session.lineIndex % instruments.ppi.lines.count]
    if let score = p.score, let low = p.bandMin, let high = p.bandMax {
      lines = [
        Line([Span(T.ppiScore(l) + " "), Span("\(score)", .bold), Span(" (\(low)–\(high))", .dim)]),
        Line([Span(T.likelihood(l) + " "), Span(Format.percent(p.likelihood(line: line.id) ?? 0, l), .bold)]),
        Line(line.label(l), .dim),
      ]
      if let moved = change(.ppiScore) { lines.insert(moved, at: 1) }
    } else {
      lines = [
        Line([Span(T.ppiPartial(l) + " "), Span("\(p.partialPoints)", .bold)]),
        Line(T.counted(p.missing.count, one: .ppiMissingOne, many: .ppiMissing, l), .dim),
        Line(line.label(l), .dim),
      ]
    }
    Paragraph(lines).render(in: inner, buffer: &buffer)

    inner = PanelScreen.framed(T.unansweredTitle(l), parts[2], &buffer)
    let missing = survey.map { instruments.missingForCompletion($0) } ?? [T.all(l)]
    // The titular's authorization comes before any answer counts (Ley 1581).
    let consent = survey.flatMap { h.consentIssue(completing: $0) }
    var pending: [Line] = consent.map { [Line($0.reason(l), Style(fg: .yellow, bold: true))] } ?? []
    pending.append(
      Line(
        missing.isEmpty
          ? (consent == nil ? T.nothingMissing(l) : T.answersComplete(l)) : missing.joined(separator: ", "),
        missing.isEmpty && consent == nil ? Style(fg: .green) : .plain))
    if survey?.incomeTotal == nil { pending.append(Line(T.fieldIncomeTotal(l), .dim)) }
    // The incomes against the survey before, as shares (whole amounts would not fit), marked
    // beyond the threshold; and how long the answers took, which a supervisor weighs.
    for (figure, label) in [
      (FigureChange.Figure.incomeTotal, T.fieldIncomeTotal), (.incomeFromProduct, .fieldIncomeProduct),
    ] {
      guard let c = changes?.changes.first(where: { $0.figure == figure }), let share = c.relative else {
        continue
      }
      let moved =
        (share >= 0 ? "+" : "−") + Format.percent(abs(share) * 100, digits: 0, l) + (c.marked ? "⚑" : "")
      pending.append(Line([Span(label(l) + ": ", .dim), Span(moved, c.marked ? Theme.error : .plain)]))
    }
    if let survey, survey.status == .complete, let start = survey.startedAt, let end = survey.completedAt,
      end >= start
    {
      pending.append(
        Line(
          T.answeredIn(l, Format.span(seconds: Int(end.secondsSinceEpoch - start.secondsSinceEpoch))), .dim))
    }
    Paragraph(pending, wrap: true).render(in: inner, buffer: &buffer)
  }

  /// The survey's keys: the form's own, named for what a survey asks (s/n/x/r for an ELCSA item,
  /// a–f for a PPI indicator), with L for the poverty line and ? for help while no field is being
  /// edited. Esc leaves the survey; each confirmed answer is already saved.
  static func bindings(_ state: AppState) -> [Binding] {
    guard let session = state.households.survey else { return [] }
    let form = session.form
    var list = form.bindings { .households(.surveyForm($0)) }
    guard !form.editing else { return list }
    let locked = T.surveyLocked.localized
    for i in list.indices {
      if list[i].typing != nil {
        switch form.focused?.kind {
        case .elcsa:
          // The answers' own keys, as the options list shows them.
          list[i].keyLabel = FormState.options(.elcsa, language: state.language).compactMap {
            $0.key.map(String.init)
          }.joined(separator: "/")
          list[i].description = .keyAnswerElcsa
          list[i].inStatusLine = true
        case .choice(let choices):
          let keys = choices.compactMap { $0.key.map(String.init) }
          list[i].keyLabel = keys.count > 1 ? "\(keys[0])–\(keys[keys.count - 1])" : keys.first
          list[i].description = .keyAnswerPPI
          list[i].inStatusLine = true
        default: break
        }
        // A complete survey is read-only: an answer key says so instead of changing it.
        if session.locked {
          list[i].typing = { _ in .refused(locked) }
          list[i].pasting = { _ in .refused(locked) }
        }
      }
      if session.locked && list[i].keys.contains(.enter) { list[i].disabledReason = locked }
      if list[i].keys == [.escape] { list[i].description = .keyLeaveSurvey }
      if list[i].keys.contains(.tab) { list[i].inStatusLine = false }
    }
    // A survey has no plausibility warnings: "!" is the alliance forms' key.
    list.removeAll { $0.keys == [.char("!")] }
    // Before the answer keys, which would take "=" as a wrong answer.
    list.insert(
      Explain.binding(.survey(code: session.code, household: session.householdID, survey: session.surveyID)),
      at: 0)
    let readOnly = state.data.readOnlyReason
    if session.locked {
      list.insert(
        Binding(
          [.char("U")], .keyUnlock, .households(.askUnlock), disabledReason: readOnly, inStatusLine: true),
        at: 0)
    } else {
      list.insert(
        Binding(
          [.char("u")], .keyUndo, .households(.undoAnswer),
          disabledReason: readOnly ?? (session.undo.isEmpty ? T.nothingToUndo.localized : nil),
          inStatusLine: !session.undo.isEmpty),
        at: 0)
    }
    let escape = list.firstIndex { $0.keys == [.escape] } ?? list.endIndex
    list.insert(
      Binding([.char("L")], .keyPovertyLine, .households(.cyclePovertyLine), inStatusLine: true), at: escape)
    list.insert(Binding([.char("?"), .function(1)], .keyHelp, .openHelp, keyLabel: "?"), at: escape)
    return list
  }
}

/// Beneficiaries against control, long against short tenure, trained against not: means with
/// their differences and intervals, food-security shares and poverty.
enum ComparisonView {
  static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    let l = state.language
    let h = state.households
    guard let result = h.comparisons?.result(h.comparison, h.comparisonDesign) else { return }
    let (a, b) = result.grouping.labels
    let parts = area.rows([7, nil])
    var inner = PanelScreen.framed(
      T.comparisonTitle(l, a(l), result.n[0], b(l), result.n[1]), parts[0], &buffer)
    let names = [
      "incomeTotal": T.fieldIncomeTotal(l), "incomeFromProduct": T.fieldIncomeProduct(l),
      "ppiScore": T.ppiScore(l),
    ]
    let rows = result.means.map { m -> [Span] in
      let money = m.metric != "ppiScore"
      // Millions keep the row readable at 80 columns: "$ 14,1 M".
      func show(_ v: Double?) -> String {
        v.map { money ? Format.pesosShort(Pesos(Int64($0.rounded())), l) : Format.decimal($0, l) }
          ?? "—"
      }
      let significant = (m.p ?? 1) < 0.05
      // The difference and its interval in the same unit; the relative difference apart.
      func signed(_ v: Double?) -> String { v.map { ($0 >= 0 ? "+" : "") + show($0) } ?? "—" }
      return [
        Span(names[m.metric] ?? m.metric), Span(show(m.mean[0])), Span(show(m.mean[1])),
        Span(signed(m.difference), significant ? .bold : .dim),
        Span("\(show(m.lower)) · \(show(m.upper))", .dim),
        Span(m.percentDifference.map { ($0 >= 0 ? "+" : "") + Format.percent($0, l) } ?? "—", .dim),
      ]
    }
    // Each figure's column is as wide as its widest cell or title, so no number is cut; the
    // measure's name takes what is left.
    let titles = [a(l), b(l), T.difference(l), T.interval(l), T.relativeDifference(l)]
    let widths = titles.indices.map { c in
      rows.map { DisplayWidth.of($0[c + 1].text) }.reduce(DisplayWidth.of(titles[c]), max)
    }
    Table(
      columns: [TableColumn(T.measure(l), minWidth: 10)]
        + titles.indices.map { TableColumn(titles[$0], width: widths[$0], alignRight: true) },
      rows: rows, focused: false
    ).render(in: inner, buffer: &buffer)
    // Which households stand on each side: the study's design or every survey.
    let design: T =
      result.design == .all
      ? .comparisonDesignAll
      : (result.grouping == .beneficiary ? .comparisonDesignStudy : .comparisonDesignStudyMicro)
    buffer.put(design(l), x: inner.x, y: inner.y + 4, style: .dim, clip: inner)
    inner = PanelScreen.framed(T.foodSecurityTitle(l), parts[1], &buffer)
    let labels = [T.elcsaSecure, .elcsaMild, .elcsaModerate, .elcsaSevere].map { $0(l) }
    var bars: [BarChart.Bar] = []
    for k in 0..<4 {
      for side in 0..<2 {
        let share = result.elcsaShares[side][k] * 100
        bars.append(
          BarChart.Bar(
            "\(labels[k]) · \(side == 0 ? a(l) : b(l))", value: share, text: Format.percent(share, l),
            style: Theme.elcsa(k)))
      }
    }
    BarChart(bars, maximum: 100, language: state.language).render(
      in: Rect(x: inner.x, y: inner.y, width: inner.width, height: min(8, inner.height - 2)), buffer: &buffer)
    let difference = result.foodSecureDifference.map { Format.decimal($0, l) } ?? "—"
    let poverty = result.povertyRate.map { $0.map { Format.percent($0, l) } ?? "—" }
    buffer.put(
      T.foodSecureLine(
        l, difference, result.foodSecureLower.map { Format.decimal($0, l) } ?? "—",
        result.foodSecureUpper.map { Format.decimal($0, l) } ?? "—"),
      x: inner.x, y: inner.y + min(8, inner.height - 2), style: .bold, clip: inner)
    buffer.put(
      T.povertyLine(l, poverty[0], poverty[1]), x: inner.x, y: inner.y + min(9, inner.height - 1), clip: inner
    )
  }
}
