import AlianzasDomain

/// The buyer-rupture screen: agreements, survival of the first agreement, re-links and risk.
enum RuptureScreen {
  static func viewTitle(_ v: RuptureState.View, _ l: Language) -> String {
    switch v {
    case .agreements: T.viewAgreements(l)
    case .survival: T.viewSurvival(l)
    case .relink: T.viewRelink(l)
    }
  }

  static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    let l = state.language
    Tabs(RuptureState.View.allCases.map { viewTitle($0, l) }, selected: state.ruptures.view.rawValue).render(
      in: area.row(0), buffer: &buffer)
    let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
    switch state.ruptures.view {
    case .agreements: AgreementsView.render(state, in: body, buffer: &buffer)
    case .survival, .relink:
      guard let analysis = state.ruptures.analysis else { return }
      if state.ruptures.view == .survival {
        SurvivalView.render(state, analysis, in: body, buffer: &buffer)
      } else {
        RelinkView.render(state, analysis, in: body, buffer: &buffer)
      }
    }
  }

  static func bindings(_ state: AppState) -> [Binding] {
    let r = state.ruptures
    let readOnly = state.data.readOnlyReason
    if r.view == .agreements && r.history == nil && r.search.active {
      return r.search.bindings { .ruptures(.search($0)) }
    }
    var list = [
      Binding(
        [.right, .char("l")], .keyNextTab, .ruptures(.view(1)), keyLabel: "←→", inStatusLine: r.history == nil
      ),
      Binding([.left, .char("h")], .keyPreviousTab, .ruptures(.view(-1)), keyLabel: "←→"),
    ]
    if r.view == .survival { list.append(Explain.binding(r.analysis == nil ? nil : .survival)) }
    switch r.view {
    case .agreements:
      if let code = r.history, let a = state.data.alliances[code] {
        let active = a.currentAgreement
        let broken = a.agreements.last { $0.rupture != nil && a.relink(of: $0) == nil }
        list = [Binding([.escape], .keyBack, .ruptures(.closeHistory), inStatusLine: true)]
        list.append(
          Binding(
            [.char("r")], .keyRupture, active.map { .openEditor(.rupture(code: code, agreementID: $0.id)) },
            disabledReason: readOnly ?? (active == nil ? T.noAgreementInForce.localized : nil),
            inStatusLine: true))
        list.append(
          Binding(
            [.char("v")], .keyRelink, broken.map { .openEditor(.relink(code: code, agreementID: $0.id)) },
            disabledReason: readOnly
              ?? (broken == nil
                ? T.noBrokenWaiting.localized : (active != nil ? T.agreementAlreadyInForce.localized : nil)),
            inStatusLine: true))
      } else {
        if !r.search.text.isEmpty {
          list.insert(Binding([.escape], .keyCancelSearch, .ruptures(.search(.cancel))), at: 0)
        }
        list += [
          Binding([.down, .char("j")], .keyMove, .ruptures(.move(1)), keyLabel: "↑↓"),
          Binding([.up, .char("k")], .keyMove, .ruptures(.move(-1)), keyLabel: "↑↓"),
          Binding([.pageDown], .keyPage, .ruptures(.move(15))),
          Binding([.pageUp], .keyPage, .ruptures(.move(-15))),
          Binding([.home], .keyFirst, .ruptures(.move(-1_000_000))),
          Binding([.end], .keyLast, .ruptures(.move(1_000_000))),
          Binding([.enter], .keyHistory, .ruptures(.openHistory), inStatusLine: true),
          Binding([.char("/")], .keySearch, .ruptures(.search(.open)), inStatusLine: true),
          Binding([.char("v")], .keyShow, .ruptures(.cycleShow), inStatusLine: true),
          Binding(
            [.char("E")], .keyExport,
            .exportAsk(
              ExportDraft(
                table: "agreements",
                codes: AgreementRow.rows(state.data, show: r.show, search: r.search).map {
                  ExportDraft.agreementKey($0.code, $0.agreement.id)
                }))),
        ]
      }
    case .survival:
      list.append(Binding([.char("g")], .keyGrouping, .ruptures(.cycleGrouping), inStatusLine: true))
    case .relink:
      list += [
        Binding([.down, .char("j")], .keyMove, .ruptures(.riskMove(1)), keyLabel: "↑↓"),
        Binding([.up, .char("k")], .keyMove, .ruptures(.riskMove(-1)), keyLabel: "↑↓"),
        Binding([.home], .keyFirst, .ruptures(.riskMove(-1_000_000))),
        Binding([.end], .keyLast, .ruptures(.riskMove(1_000_000))),
        Binding([.enter], .keyHistory, .ruptures(.openRiskHistory), inStatusLine: true),
      ]
    }
    return list
  }
}
