import AlianzasDomain

/// Households: pick an alliance, see its roster, fill surveys; or compare groups.
enum HouseholdScreen {
  static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    if let survey = state.survey {
      SurveyScreen.render(state, survey, in: area, buffer: &buffer)
      return
    }
    let l = state.language
    Tabs([T.viewRosters(l), T.viewComparisons(l)], selected: state.households.view.rawValue).render(
      in: area.row(0), buffer: &buffer)
    let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
    switch state.households.view {
    case .comparisons: ComparisonView.render(state, in: body, buffer: &buffer)
    case .rosters:
      if let code = state.households.roster {
        roster(state, code, body, &buffer)
      } else {
        alliances(state, body, &buffer)
      }
    }
  }

  /// Alliances that have households, with their survey figures.
  static func allianceRows(_ state: AppState) -> [String] {
    let needle = state.households.search.folded
    return state.data.engine.tallies.keys.filter { code in
      needle.isEmpty || code.folded.contains(needle)
        || (state.data.alliances[code]?.name.folded.contains(needle) ?? false)
    }.sorted()
  }

  static func alliances(_ state: AppState, _ area: Rect, _ buffer: inout Buffer) {
    let l = state.language
    let codes = allianceRows(state)
    Frame(T.rosterPickTitle(l, codes.count)).render(in: area, buffer: &buffer)
    var inner = area.inset(dx: 1, dy: 1)
    if state.households.searching || !state.households.search.isEmpty {
      buffer.put(
        Line([Span("/ ", Theme.key), Span(state.households.search, Style(underline: true))]), x: inner.x,
        y: inner.y, clip: inner)
      inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
    }
    let national =
      state.data.instruments.ppi.lines.firstIndex { $0.id == state.data.instruments.ppi.nationalLine } ?? 0
    let rows = codes.map { code -> [Span] in
      let t = state.data.engine.tallies[code] ?? HouseholdTally()
      return [
        Span(code), Span(state.data.engine.figures[code]?.name ?? ""),
        Span("\(t.beneficiaries)/\(t.control)"),
        Span("\(t.completeSurveys)"),
        Span("\(t.elcsa[4])", t.elcsa[4] > 0 ? Style(fg: .yellow) : .plain),
        Span(t.povertyRate(lineIndex: national).map { oneDecimal($0) + " %" } ?? "—"),
      ]
    }
    Table(
      columns: [
        TableColumn(T.colCode(l), width: 12), TableColumn(T.colName(l), minWidth: 10),
        TableColumn(T.benefControl(l), width: 8, alignRight: true),
        TableColumn(T.completeShort(l), width: 6, alignRight: true),
        TableColumn(T.incompleteShort(l), width: 6, alignRight: true),
        TableColumn(T.povertyShort(l), width: 8, alignRight: true),
      ], rows: rows, selected: rows.isEmpty ? nil : min(state.households.selectedAlliance, rows.count - 1)
    ).render(in: inner, buffer: &buffer)
  }

  static func households(_ state: AppState, _ code: String) -> [Household] {
    (state.data.rosters[code]?.households ?? []).sorted {
      ($0.group == .beneficiary ? 0 : 1, $0.code) < ($1.group == .beneficiary ? 0 : 1, $1.code)
    }
  }

  static func roster(_ state: AppState, _ code: String, _ area: Rect, _ buffer: inout Buffer) {
    let l = state.language
    let list = households(state, code)
    Frame(T.rosterTitle(l, code, list.count)).render(in: area, buffer: &buffer)
    let inner = area.inset(dx: 1, dy: 1)
    let wide = inner.width >= 110
    var columns = [
      TableColumn(T.colCode(l), width: 17), TableColumn(T.colHead(l), minWidth: 12),
      TableColumn(T.fieldGroup(l), width: 12),
    ]
    if wide {
      columns += [
        TableColumn(T.colMembers(l), width: 4, alignRight: true),
        TableColumn("<18", width: 3, alignRight: true),
        TableColumn(T.vulnerableTiny(l), width: 11), TableColumn(T.colTrained(l), width: 6),
        TableColumn(T.colYears(l), width: 5, alignRight: true),
        TableColumn(T.colLastSurvey(l), width: 10),
      ]
    }
    columns += [TableColumn("ELCSA", width: 14), TableColumn("PPI", width: 4, alignRight: true)]
    let rows = list.map { h -> [Span] in
      let score = state.data.engine.householdScores[code]?[h.id]
      var cells = [
        Span(h.code), Span(h.headName), Span(h.group.label(l), h.group == .control ? .dim : .plain),
      ]
      if wide {
        cells += [
          Span(String(h.members)), Span(String(h.minors)),
          Span(h.vulnerability.map { String($0.label(l).prefix(4)) }.joined(separator: ",")),
          Span(Fields.show(h.trained, l)),
          Span(h.yearsInAlliance(on: state.data.today).map { oneDecimal($0) } ?? "—"),
          Span(h.currentSurvey.map { $0.date.iso + ($0.status == .draft ? "*" : "") } ?? "—"),
        ]
      }
      cells += [elcsaCell(score, l), Span(score?.ppiScore.map(String.init) ?? "—")]
      return cells
    }
    Table(
      columns: columns, rows: rows,
      selected: rows.isEmpty ? nil : min(state.households.selectedHousehold, rows.count - 1)
    )
    .render(in: inner, buffer: &buffer)
  }

  static func elcsaCell(_ score: HouseholdScore?, _ l: Language) -> Span {
    guard let slot = score?.elcsaSlot else { return Span("—", .dim) }
    let labels = [T.elcsaSecure, .elcsaMild, .elcsaModerate, .elcsaSevere, .elcsaIncompleteShort]
    return Span(labels[slot](l), Theme.elcsa(slot))
  }

  static func bindings(_ state: AppState) -> [Binding] {
    let readOnly = state.data.readOnlyReason
    if state.survey != nil { return SurveyScreen.bindings(state) }
    var list = [
      Binding([.right, .char("l")], .keyNextTab, .householdView(1), keyLabel: "←→", inStatusLine: true),
      Binding([.left, .char("h")], .keyPreviousTab, .householdView(-1), keyLabel: "←→"),
    ]
    switch state.households.view {
    case .comparisons:
      list.append(Binding([.char("g")], .keyGrouping, .cycleComparison, inStatusLine: true))
    case .rosters:
      list += [
        Binding([.down, .char("j")], .keyMove, .householdMove(1), keyLabel: "↑↓"),
        Binding([.up, .char("k")], .keyMove, .householdMove(-1), keyLabel: "↑↓"),
        Binding([.pageDown], .keyPage, .householdMove(15)),
        Binding([.pageUp], .keyPage, .householdMove(-15)),
      ]
      if let code = state.households.roster {
        let list2 = households(state, code)
        let selected =
          list2.indices.contains(state.households.selectedHousehold)
          ? list2[state.households.selectedHousehold] : nil
        let none = selected == nil ? T.noHouseholds.localized : nil
        list += [
          Binding([.escape], .keyBack, .closeRoster, inStatusLine: true),
          Binding(
            [.enter, .char("s")], .keySurvey, .openSurvey, disabledReason: readOnly ?? none,
            inStatusLine: true),
          Binding(
            [.char("e")], .keyEdit, .openEditor(.household(code: code, householdID: selected?.id)),
            disabledReason: readOnly ?? none, inStatusLine: true),
          Binding(
            [.char("n")], .keyNewHousehold, .openEditor(.household(code: code, householdID: nil)),
            disabledReason: readOnly, inStatusLine: true),
          Binding([.char("+")], .keyNewRound, .newSurveyRound, disabledReason: readOnly ?? none),
          Binding([.char("H")], .keyRecordHistory, .showRecordHistory, disabledReason: none),
        ]
      } else {
        list += [
          Binding([.enter], .keyOpen, .openRoster, inStatusLine: true),
          Binding([.char("/")], .keySearch, .startHouseholdSearch, inStatusLine: true),
        ]
      }
    }
    return list
  }
}
