import AlianzasDomain

/// One alliance, in four tabs: summary, lifecycle, visits, finance.
enum AllianceDetailScreen {
  static func tabTitle(_ tab: AllianceDetailState.Tab, _ l: Language) -> String {
    switch tab {
    case .summary: T.tabSummary(l)
    case .lifecycle: T.tabLifecycle(l)
    case .visits: T.tabVisits(l)
    case .finance: T.tabFinance(l)
    }
  }

  static func render(_ state: AppState, _ detail: AllianceDetailState, in area: Rect, buffer: inout Buffer) {
    let l = state.language
    guard let a = state.data.alliances[detail.code], let f = state.data.engine.figures[detail.code] else {
      buffer.put(T.noAlliance(l, detail.code), x: area.x + 1, y: area.y + 1, style: Theme.error, clip: area)
      return
    }
    let unsaved = state.unsaved.contains("alliances/\(a.code)")
    let right = Line([
      Span("\(a.stage.number). \(a.stage.label(l)) · "), Span(a.status.label(l), Theme.status(a.status)),
      Span(" · IDAP "),
      Span(f.idap.map { Format.decimal($0, l) } ?? T.noData(l), Theme.idapBand(f.idapBand).bolded()),
      Span(unsaved ? " · " + T.unsaved(l) : "", Theme.error),
    ])
    // Stage, status, IDAP and an unsaved mark matter more than the whole name: the name gives way.
    let x = buffer.put(
      " \(a.code) ", x: area.x, y: area.y, style: Style(bold: true, reverse: true), clip: area)
    let room = area.right - x - right.width - 3
    buffer.put(
      " " + DisplayWidth.truncate(a.name, to: max(0, room)), x: x, y: area.y, style: .bold, clip: area)
    buffer.put(right, x: max(x + 1, area.right - right.width - 1), y: area.y, clip: area)
    Tabs(AllianceDetailState.Tab.allCases.map { tabTitle($0, l) }, selected: detail.tab.rawValue).render(
      in: area.row(1), buffer: &buffer)
    let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
    switch detail.tab {
    case .summary: SummaryTab.render(state, a, f, body, &buffer)
    case .lifecycle: LifecycleTab.render(state, a, detail, body, &buffer)
    case .visits: VisitsTab.render(state, a, detail, body, &buffer)
    case .finance: FinanceTab.render(state, a, body, &buffer)
    }
  }

  static func bindings(_ state: AppState, _ detail: AllianceDetailState) -> [Binding] {
    let readOnly = state.data.readOnlyReason
    let code = detail.code
    var list = [
      Binding([.escape], .keyBack, .alliances(.closeDetail), inStatusLine: true),
      Binding(
        [.right, .char("l")], .keyNextTab, .alliances(.detailTab(1)), keyLabel: "←→", inStatusLine: true),
      Binding([.left, .char("h")], .keyPreviousTab, .alliances(.detailTab(-1)), keyLabel: "←→"),
      Binding([.char("H")], .keyRecordHistory, .alliances(.showHistory)),
    ]
    guard let a = state.data.alliances[code] else { return list }
    list.append(Binding([.char("R")], .keyReport, .reportAsk(.alliance(code: code, name: a.name))))
    list.append(Explain.binding(detail.tab == .lifecycle ? .lifecycle(code: code) : .idap(code: code)))
    switch detail.tab {
    case .summary:
      list.append(
        Binding(
          [.char("e")], .keyEdit, .openEditor(.general(code: code)), disabledReason: readOnly,
          inStatusLine: true))
    case .lifecycle:
      let step = Lifecycle.nextStep(a)
      let next: Stage? = if case .open(let stage) = step { stage } else { nil }
      let reason = readOnly ?? step.refusal
      list.append(
        Binding(
          [.char("a")], .keyAdvance, next.map { .openEditor(.advance(code: code, stage: $0)) },
          disabledReason: reason,
          inStatusLine: true))
      list.append(
        Binding(
          [.char("m")], .keyMilestones, .openEditor(.milestones(code: code)), disabledReason: readOnly,
          inStatusLine: true))
      list.append(
        Binding(
          [.char("t")], .keyStatus, .alliances(.pickStatus(code)), disabledReason: readOnly,
          inStatusLine: true))
      list.append(Binding([.down, .char("j")], .keyMove, .alliances(.stageMove(1)), keyLabel: "↑↓"))
      list.append(Binding([.up, .char("k")], .keyMove, .alliances(.stageMove(-1)), keyLabel: "↑↓"))
    case .visits:
      let selected =
        VisitsTab.sorted(a).indices.contains(detail.selectedVisit)
        ? VisitsTab.sorted(a)[detail.selectedVisit].id : nil
      list.append(
        Binding(
          [.char("n")], .keyNewVisit, .openEditor(.visit(code: code, visitID: nil)), disabledReason: readOnly,
          inStatusLine: true))
      list.append(
        Binding(
          [.enter, .char("e")], .keyEditVisit, .openEditor(.visit(code: code, visitID: selected)),
          disabledReason: readOnly
            ?? (selected == nil ? T.noVisitsReason.localized : nil),
          inStatusLine: true))
      list.append(Binding([.down, .char("j")], .keyMove, .alliances(.visitMove(1)), keyLabel: "↑↓"))
      list.append(Binding([.up, .char("k")], .keyMove, .alliances(.visitMove(-1)), keyLabel: "↑↓"))
    case .finance:
      list.append(
        Binding(
          [.char("e")], .keyEdit, .openEditor(.finance(code: code)), disabledReason: readOnly,
          inStatusLine: true))
      list.append(
        Binding(
          [.char("r")], .keyRepayment, .openEditor(.repayment(code: code)), disabledReason: readOnly,
          inStatusLine: true))
      list.append(
        Binding(
          [.char("d")], .keyDisbursement, .openEditor(.disbursement(code: code)), disabledReason: readOnly,
          inStatusLine: true))
    }
    return list
  }
}
