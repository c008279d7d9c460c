import AlianzasDomain

/// What merges left to decide (conflicts, duplicate candidates) and then the supervisor's queue
/// of field records: the list on top, the selected line below. For a merge, its values side by
/// side with who wrote each, on which device and when; for a field record, who recorded it, where
/// its review stands, the reasons and the comment.
enum ReviewScreen {
  static let letters = Array("abcdefgh")

  static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    let review = state.review, l = state.language
    guard review.loaded else {
      Paragraph([Line(state.t(.loading))]).render(in: area.inset(1), buffer: &buffer)
      return
    }
    if review.showTriage {
      renderTriage(state, in: area, buffer: &buffer)
      return
    }
    guard !review.items.isEmpty || !review.supervision.isEmpty else {
      Paragraph([Line(state.t(.reviewNone))], wrap: true).render(in: area.inset(1), buffer: &buffer)
      return
    }
    var area = area
    if review.search.isShown {
      buffer.put(review.search.line, x: area.x + 1, y: area.y, clip: area)
      area = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
    }
    let rows = ReviewFeature.visible(state)
    let records = rows.filter { if case .supervision = $0 { true } else { false } }.count
    let total = review.supervision.count
    buffer.put(
      Line([
        Span(
          state.t(
            .supShowingTriage,
            state.t(.supShowing, review.filter.label(l), Format.integer(records, l), Format.integer(total, l))
          ),
          .dim)
      ]),
      x: area.x + 1, y: area.y, clip: area)
    area = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
    guard !rows.isEmpty else {
      let empty = review.search.text.isEmpty ? state.t(.supNoneHere) : state.t(.noMatches)
      Paragraph([Line(empty, .dim)]).render(in: area.inset(1), buffer: &buffer)
      return
    }
    let listHeight = min(rows.count + 2, max(4, area.height / 2))
    // The officer's column only where there is room: at 80 columns the record's name needs it,
    // and the officer is named below the list.
    let withOfficer = area.width >= 100
    let cells = rows.map { row -> [Span] in
      let cells: [Span]
      switch row {
      case .merge(let item):
        cells = [
          Span(item.kind == .conflict ? state.t(.reviewConflict) : state.t(.reviewDuplicate)),
          Span(item.label(l)), Span(""), Span(""), Span(""),
          Span(state.t(.supValues, "\(item.options.count)")),
        ]
      case .supervision(let item):
        cells = [
          // A household's code already holds its alliance's.
          Span(item.kind.label(l)),
          Span(
            item.kind == .survey ? item.subject : "\(item.allianceCode) · \(ReviewFeature.subject(item, l))"),
          Span(item.date.iso), Span(item.officer),
          Span(item.findings.isEmpty ? "" : "\(item.findings.count)", Theme.error),
          Span(item.verdict.label(l), style(item.verdict)),
        ]
      }
      return withOfficer ? cells : cells.enumerated().filter { $0.offset != 3 }.map(\.element)
    }
    let selected = review.selection.index(in: review.rowIDs)
    Table(
      columns: [
        TableColumn(state.t(.reviewKind), width: 9), TableColumn(state.t(.reviewWhat), minWidth: 18),
        TableColumn(state.t(.supDate), width: 10),
      ] + (withOfficer ? [TableColumn(state.t(.supOfficer), width: 16)] : []) + [
        TableColumn("⚑", width: 1, alignRight: true), TableColumn(state.t(.supState), width: 17),
      ], rows: cells, selected: selected
    ).render(in: Rect(x: area.x, y: area.y, width: area.width, height: listHeight), buffer: &buffer)
    let detail = Rect(x: area.x, y: area.y + listHeight, width: area.width, height: area.height - listHeight)
    let lines: [Line]
    switch rows[selected] {
    case .merge(let item): lines = mergeLines(state, item)
    case .supervision(let item): lines = recordLines(state, item)
    }
    Paragraph(lines, wrap: true).render(in: detail.inset(1), buffer: &buffer)
  }

  static func style(_ verdict: SupervisorReview.Verdict) -> Style {
    switch verdict {
    case .returned: Theme.error
    case .hasIssues: Style(fg: .yellow, bold: true)
    case .approved: Style(fg: .green)
    case .pending: .plain
    }
  }

  static func mergeLines(_ state: AppState, _ item: ReviewItem) -> [Line] {
    var lines: [Line] = [Line([Span(item.label(state.language), Theme.key)]), Line([])]
    for (i, option) in item.options.enumerated() {
      let letter = i < letters.count ? String(letters[i]) : "?"
      lines.append(
        Line([
          Span(" \(letter) ", Theme.key),
          Span(" " + option.value.text(state.language, key: item.place.fieldKey)),
        ]))
      lines.append(
        Line([
          Span(
            "     "
              + state.t(
                .reviewWho, option.officer, option.device,
                Format.time(option.at, offset: state.data.utcOffset)), Theme.muted)
        ])
      )
    }
    lines.append(Line([]))
    lines.append(
      Line([Span(state.t(item.kind == .conflict ? .reviewHintConflict : .reviewHintDuplicate), Theme.muted)]))
    return lines
  }

  /// The record, who recorded it, its review with reasons and comment, and the keys.
  static func recordLines(_ state: AppState, _ item: SupervisionItem) -> [Line] {
    let l = state.language
    var lines = [
      Line([
        Span(
          state.t(
            .supRecorded, item.kind.label(l), item.allianceCode, ReviewFeature.subject(item, l), item.officer)
            + " · " + item.date.iso, Theme.key)
      ])
    ]
    if let review = item.review {
      let said =
        review.verdict == .pending
        ? state.t(.supResubmitted, review.by, review.date.iso)
        : state.t(.supReviewed, review.verdict.label(l), review.by, review.date.iso)
      lines.append(Line([Span(said, style(review.verdict))]))
      let names = review.reasons.map { id in
        state.data.reference.reviewReasons.first { $0.id == id }?.label(l) ?? id
      }
      if !names.isEmpty { lines.append(Line(state.t(.supReasons, names.joined(separator: "; ")))) }
      if !review.comment.isEmpty { lines.append(Line(state.t(.supComment, review.comment))) }
    } else {
      lines.append(Line(state.t(.supNotReviewed), .dim))
    }
    for finding in item.findings { lines.append(Line([Span("⚑ " + finding(l), Theme.error)])) }
    lines.append(Line([]))
    lines.append(Line([Span(state.t(.supHint), Theme.muted)]))
    return lines
  }

  /// The triage: every alert across alliances, most serious first, with its reason.
  static func renderTriage(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    let l = state.language, alerts = state.review.triage
    let count = Set(alerts.map(\.allianceCode)).count
    buffer.put(
      Line([Span(state.t(.triageShowing, Format.integer(alerts.count, l), Format.integer(count, l)), .dim)]),
      x: area.x + 1, y: area.y, clip: area)
    let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
    guard !alerts.isEmpty else {
      Paragraph([Line(state.t(.triageNone), Style(fg: .green))], wrap: true).render(
        in: body.inset(1), buffer: &buffer)
      return
    }
    let selected = state.review.triageSelection.index(in: ReviewFeature.triageIDs(state))
    let listHeight = min(alerts.count + 2, max(4, body.height - 7))
    let marks = ["", "!", "!!", "!!!"]
    Table(
      columns: [
        TableColumn(state.t(.triageSeverity), width: 8), TableColumn(state.t(.triageAlliance), width: 12),
        TableColumn(state.t(.triageKind), minWidth: 16),
      ],
      rows: alerts.map { a in
        [
          Span(
            marks[min(3, max(0, a.severity))], a.severity >= 3 ? Theme.error : Style(fg: .yellow, bold: true)),
          Span(a.allianceCode), Span(a.kind.label(l)),
        ]
      }, selected: selected
    ).render(in: Rect(x: body.x, y: body.y, width: body.width, height: listHeight), buffer: &buffer)
    let detail = Rect(x: body.x, y: body.y + listHeight, width: body.width, height: body.height - listHeight)
    let alert = alerts[selected]
    Paragraph(
      [
        Line([Span("\(alert.allianceCode) · \(alert.kind.label(l))", Theme.key)]), Line(alert.message(l)),
        Line([]), Line([Span(state.t(.triageHint), Theme.muted)]),
      ], wrap: true
    ).render(in: detail.inset(1), buffer: &buffer)
  }

  static func bindings(_ state: AppState) -> [Binding] {
    let readOnly = state.data.readOnlyReason
    let search = state.review.search
    if state.review.showTriage {
      return [
        Binding([.down, .char("j")], .keyMove, .review(.triageMove(1)), keyLabel: "↑↓", inStatusLine: true),
        Binding([.up, .char("k")], .keyMove, .review(.triageMove(-1)), keyLabel: "↑↓"),
        Binding([.pageDown], .keyPage, .review(.triageMove(10))),
        Binding([.pageUp], .keyPage, .review(.triageMove(-10))),
        Binding([.enter], .keyOpenRecord, .review(.openTriage), inStatusLine: true),
        Binding([.char("t")], .keyTriage, .review(.toggleTriage), inStatusLine: true),
      ]
    }
    if search.active { return search.bindings { .review(.search($0)) } }
    var list = [
      Binding([.down, .char("j")], .keyMove, .review(.move(1)), keyLabel: "↑↓", inStatusLine: true),
      Binding([.up, .char("k")], .keyMove, .review(.move(-1)), keyLabel: "↑↓"),
      Binding([.pageDown], .keyPage, .review(.move(10))),
      Binding([.pageUp], .keyPage, .review(.move(-10))),
      Binding([.home], .keyFirst, .review(.move(-1_000_000))),
      Binding([.end], .keyLast, .review(.move(1_000_000))),
      Binding([.char("/")], .keySearch, .review(.search(.open)), inStatusLine: true),
      Binding([.char("e")], .keyVerdictFilter, .review(.cycleFilter), inStatusLine: true),
      Binding([.char("t")], .keyTriage, .review(.toggleTriage)),
    ]
    if let record = ReviewFeature.selectedRecord(state) {
      let reasons = state.data.reference.reviewReasons
      func refusal(_ step: ReviewStep) -> Localized? {
        readOnly ?? step.refusal(from: record.review, reasons: reasons)
      }
      // Issues and returns ask for the reason next: checked here with one, so only the state decides.
      let someReason = ["otherReason"]
      list += [
        Binding(
          [.char("a")], .keyApprove, .review(.approve), disabledReason: refusal(.approve), inStatusLine: true),
        Binding(
          [.char("i")], .keyIssues, .review(.askReason(giveBack: false)),
          disabledReason: refusal(.markIssues(reasons: someReason, comment: ""))),
        Binding(
          [.char("d")], .keyGiveBack, .review(.askReason(giveBack: true)),
          disabledReason: refusal(.giveBack(reasons: someReason, comment: "")), inStatusLine: true),
        Binding(
          [.char("r")], .keyResubmit, .review(.askComment(record, .resubmit(comment: ""))),
          disabledReason: refusal(.resubmit(comment: ""))),
        Binding([.enter], .keyOpenRecord, .review(.open)),
      ]
    } else if let item = ReviewFeature.selected(state) {
      list += [
        Binding(
          [.char("a")], .keyReviewFirst, .review(.choose(0)), disabledReason: readOnly, inStatusLine: true),
        Binding(
          [.char("b")], .keyReviewSecond, .review(.choose(1)), disabledReason: readOnly, inStatusLine: true),
        Binding([.char("c")], .keyReviewThird, .review(.choose(2)), disabledReason: readOnly),
      ]
      if item.kind == .duplicate {
        list.append(
          Binding(
            [.char("d")], .keyReviewDistinct, .review(.choose(-1)), disabledReason: readOnly,
            inStatusLine: true))
      }
    }
    if !search.text.isEmpty {
      list.insert(Binding([.escape], .keyCancelSearch, .review(.search(.cancel)), inStatusLine: true), at: 0)
    }
    return list
  }
}
