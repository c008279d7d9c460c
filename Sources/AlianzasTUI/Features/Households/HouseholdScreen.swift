import AlianzasDomain

/// Households: pick an alliance, see its roster, fill surveys; or compare groups.
enum HouseholdScreen {
  static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    if let survey = state.households.survey {
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
    let search = state.households.search
    return state.data.engine.tallies.keys.filter { code in
      search.matches([code, state.data.engine.figures[code]?.name ?? ""])
    }.sorted()
  }

  static func alliances(_ state: AppState, _ area: Rect, _ buffer: inout Buffer) {
    let l = state.language
    let codes = allianceRows(state)
    Frame(T.rosterPickTitle(l, codes.count)).render(in: area, buffer: &buffer)
    var inner = area.inset(dx: 1, dy: 1)
    if state.households.search.isShown {
      buffer.put(state.households.search.line, x: inner.x, y: inner.y, clip: inner)
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
        Span(t.povertyRate(lineIndex: national).map { Format.percent($0, l) } ?? "—"),
      ]
    }
    Table(
      columns: [
        TableColumn(T.colCode(l), width: 12), TableColumn(T.colName(l), minWidth: 10),
        TableColumn(T.benefControl(l), width: 8, alignRight: true),
        TableColumn(T.completeShort(l), width: 6, alignRight: true),
        TableColumn(T.incompleteShort(l), width: 6, alignRight: true),
        TableColumn(T.povertyShort(l), width: 8, alignRight: true),
      ], rows: rows, selected: rows.isEmpty ? nil : state.households.selectedAlliance.index(in: codes)
    ).render(in: inner, buffer: &buffer)
  }

  /// The open roster's households: beneficiaries first, then by code, narrowed by its search
  /// (code, head's name, document number or village).
  static func households(_ state: AppState, _ code: String) -> [Household] {
    let search = state.households.rosterSearch
    let archived = state.households.showArchived
    return (state.data.rosters[code]?.households ?? []).filter {
      ($0.archived != nil) == archived
        && search.matches([$0.code, $0.headName, $0.documentNumber, $0.village])
    }.sorted {
      ($0.group == .beneficiary ? 0 : 1, $0.code) < ($1.group == .beneficiary ? 0 : 1, $1.code)
    }
  }

  /// The selected household of the open roster.
  static func selectedHousehold(_ state: AppState) -> Household? {
    guard let code = state.households.roster else { return nil }
    let list = households(state, code)
    guard !list.isEmpty else { return nil }
    return list[state.households.selectedHousehold.index(in: list.map(\.id))]
  }

  static func roster(_ state: AppState, _ code: String, _ area: Rect, _ buffer: inout Buffer) {
    let l = state.language
    let list = households(state, code)
    Frame(
      state.households.showArchived
        ? T.archivedRosterTitle(l, code, list.count) : T.rosterTitle(l, code, list.count)
    ).render(in: area, buffer: &buffer)
    var inner = area.inset(dx: 1, dy: 1)
    let search = state.households.rosterSearch
    if search.isShown {
      buffer.put(search.line, x: inner.x, y: inner.y, clip: inner)
      inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
    }
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
          Span(h.vulnerability.brief(l)),
          Span(Fields.show(h.trained, l)),
          Span(h.yearsInAlliance(on: state.data.today).map { Format.decimal($0, l) } ?? "—"),
          Span(h.currentSurvey.map { $0.date.iso + ($0.status == .draft ? "*" : "") } ?? "—"),
        ]
      }
      cells += [elcsaCell(score, l), Span(score?.ppiScore.map(String.init) ?? "—")]
      return cells
    }
    Table(
      columns: columns, rows: rows,
      selected: rows.isEmpty ? nil : state.households.selectedHousehold.index(in: list.map(\.id))
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
    let h = state.households
    if h.survey != nil { return SurveyScreen.bindings(state) }
    if h.view == .rosters {
      let search = h.roster == nil ? h.search : h.rosterSearch
      if search.active { return search.bindings { .households(.search($0)) } }
    }
    var list = [
      Binding([.right, .char("l")], .keyNextTab, .households(.view(1)), keyLabel: "←→", inStatusLine: true),
      Binding([.left, .char("h")], .keyPreviousTab, .households(.view(-1)), keyLabel: "←→"),
    ]
    switch h.view {
    case .comparisons:
      list.append(Binding([.char("g")], .keyGrouping, .households(.cycleComparison), inStatusLine: true))
      list.append(
        Binding(
          [.char("d")], .keyDesign, .households(.cycleComparisonDesign),
          // A programme's own store has monitoring surveys only: there is no study design to show.
          disabledReason: h.comparisons?.preferred == .all ? T.noStudySurveys.localized : nil,
          inStatusLine: true))
    case .rosters:
      list += [
        Binding([.down, .char("j")], .keyMove, .households(.move(1)), keyLabel: "↑↓"),
        Binding([.up, .char("k")], .keyMove, .households(.move(-1)), keyLabel: "↑↓"),
        Binding([.pageDown], .keyPage, .households(.move(15))),
        Binding([.pageUp], .keyPage, .households(.move(-15))),
        Binding([.home], .keyFirst, .households(.move(-1_000_000))),
        Binding([.end], .keyLast, .households(.move(1_000_000))),
        Binding([.char("/")], .keySearch, .households(.search(.open)), inStatusLine: true),
      ]
      if let code = h.roster {
        let selected = selectedHousehold(state)
        let none = selected == nil ? T.noHouseholds.localized : nil
        // Esc clears a search left on the roster first, then goes back to the alliances.
        let escape =
          h.rosterSearch.text.isEmpty
          ? Binding([.escape], .keyBack, .households(.closeRoster), inStatusLine: true)
          : Binding([.escape], .keyCancelSearch, .households(.search(.cancel)), inStatusLine: true)
        list.insert(escape, at: 2)
        list += [
          Binding(
            [.enter, .char("s")], .keySurvey, .households(.openSurvey), disabledReason: readOnly ?? none,
            inStatusLine: true),
          Binding(
            [.char("e")], .keyEdit, .openEditor(.household(code: code, householdID: selected?.id)),
            disabledReason: readOnly ?? none, inStatusLine: true),
          Binding(
            [.char("n")], .keyNewHousehold, .openEditor(.household(code: code, householdID: nil)),
            disabledReason: readOnly, inStatusLine: true),
          Binding([.char("+")], .keyNewRound, .households(.newSurveyRound), disabledReason: readOnly ?? none),
          Binding([.char("H")], .keyRecordHistory, .households(.showHistory), disabledReason: none),
          Explain.binding(
            selected.flatMap { h in
              h.currentSurvey.map { .survey(code: code, household: h.id, survey: $0.id) }
            }),
          Binding(
            [.char("E")], .keyExport,
            .exportAsk(
              ExportDraft(
                table: "households", scope: code, codes: HouseholdScreen.households(state, code).map(\.code)))
          ),
          Binding(
            [.char("A")], h.showArchived ? .keyShowInUse : .keyShowArchived, .households(.toggleArchived),
            inStatusLine: h.showArchived),
        ]
        if h.showArchived {
          // Archived households are only looked at or restored: no survey, no edit.
          list.removeAll {
            [.keySurvey, .keyEdit, .keyNewRound, .keyNewHousehold, .keyExport].contains($0.description)
          }
          list.append(
            Binding(
              [.char("R")], .keyRestore, .households(.restore), disabledReason: readOnly ?? none,
              inStatusLine: true))
        } else {
          list.append(
            Binding([.char("X")], .keyArchive, .households(.askArchive), disabledReason: readOnly ?? none))
        }
      } else {
        if !h.search.text.isEmpty {
          list.insert(Binding([.escape], .keyCancelSearch, .households(.search(.cancel))), at: 0)
        }
        list += [Binding([.enter], .keyOpen, .households(.openRoster), inStatusLine: true)]
      }
    }
    return list
  }
}
