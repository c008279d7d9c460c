import AlianzasDomain

/// Every alliance in a table: filter, search, sort, open.
enum AllianceListScreen {
  static func columns(_ width: Int, _ l: Language) -> [(AllianceColumn, TableColumn)] {
    var list: [(AllianceColumn, TableColumn)] = [
      (.code, TableColumn(T.colCode(l), width: 12)),
      (.name, TableColumn(T.colName(l), minWidth: 12)),
    ]
    if width >= 110 {
      list += [
        (.department, TableColumn(T.colDepartment(l), width: 14)),
        (.product, TableColumn(T.colProduct(l), width: 12)),
      ]
    }
    list += [
      (.stage, TableColumn(T.colStage(l), width: 16)), (.status, TableColumn(T.colStatus(l), width: 10)),
      (.idap, TableColumn("IDAP", width: 6, alignRight: true)),
      (.families, TableColumn(T.colFamilies(l), width: 4, alignRight: true)),
    ]
    if width >= 110 {
      list += [
        (.buyer, TableColumn(T.colBuyer(l), width: 18)),
        (.lastVisit, TableColumn(T.colLastVisit(l), width: 10)),
      ]
    }
    return list
  }

  static func cell(_ f: AllianceFigures, _ column: AllianceColumn, _ state: AppState) -> Span {
    let l = state.language
    switch column {
    case .code: return Span(f.code, f.alerts.isEmpty ? .plain : Style(fg: .yellow))
    case .name: return Span(f.name)
    case .department:
      return Span(state.data.reference.department(code: f.departmentCode)?.name ?? f.departmentCode)
    case .product: return Span(state.data.reference.product(id: f.product)?.name(l) ?? f.product)
    case .stage: return Span("\(f.stage.number). \(f.stage.label(l))")
    case .status: return Span(f.status.label(l), Theme.status(f.status))
    case .idap:
      return Span(
        f.idap.map { String(Int($0.rounded())) + (f.idapPartial ? "*" : "") } ?? "—",
        Theme.idapBand(f.idapBand))
    case .families: return Span(String(f.families))
    case .buyer: return Span(f.buyerName ?? "—")
    case .lastVisit: return Span(f.lastVisit?.iso ?? "—")
    }
  }

  static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    let l = state.language
    let list = state.alliances.list
    let rows = AllianceFeature.rows(state)
    var title = T.listTitle(l, rows.count, state.data.engine.figures.count)
    if !list.filters.isEmpty { title += " · " + list.filters.map(\.label).joined(separator: " · ") }
    Frame(title).render(in: area, buffer: &buffer)
    var inner = area.inset(dx: 1, dy: 1)
    if list.search.isShown {
      buffer.put(list.search.line, x: inner.x, y: inner.y, clip: inner)
      inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
    }
    if rows.isEmpty {
      buffer.put(T.listEmpty(l), x: inner.x, y: inner.y + 1, style: .dim, clip: inner)
      return
    }
    let cols = columns(inner.width, l)
    let sortIndex = cols.firstIndex { $0.0 == list.sort }
    // Cells are built for the rows in view only: a 10× store has thousands.
    let selected = list.selection.index(in: rows.map(\.code))
    let visible = Table.visibleRows(height: inner.height, hasTotals: false)
    let first = Table.offset(selected: selected, visible: visible, count: rows.count)
    var table = Table(
      columns: cols.map(\.1),
      rows: rows[first..<min(rows.count, first + visible)].map { f in cols.map { cell(f, $0.0, state) } },
      selected: selected, sortColumn: sortIndex, ascending: list.ascending)
    table.rowCount = rows.count
    table.firstRow = first
    table.render(in: inner, buffer: &buffer)
  }

  static func bindings(_ state: AppState) -> [Binding] {
    let readOnly = state.data.readOnlyReason
    return [
      Binding([.down, .char("j")], .keyMove, .alliances(.listMove(1)), keyLabel: "↑↓"),
      Binding([.up, .char("k")], .keyMove, .alliances(.listMove(-1)), keyLabel: "↑↓"),
      Binding([.pageDown], .keyPage, .alliances(.listMove(15))),
      Binding([.pageUp], .keyPage, .alliances(.listMove(-15))),
      Binding([.home], .keyFirst, .alliances(.listMove(-1_000_000))),
      Binding([.end], .keyLast, .alliances(.listMove(1_000_000))),
      Binding([.enter], .keyOpen, .alliances(.openSelected), inStatusLine: true),
      Binding([.char("/")], .keySearch, .alliances(.search(.open)), inStatusLine: true),
      Binding([.char("f")], .keyFilter, .alliances(.pickFilter), inStatusLine: true),
      Binding(
        [.char("x")], .keyClearFilters, .alliances(.clearFilters),
        disabledReason: state.alliances.list.filters.isEmpty && state.alliances.list.search.text.isEmpty
          ? T.noFilters.localized : nil),
      Binding([.char("s")], .keySort, .alliances(.pickSort), inStatusLine: true),
      Binding(
        [.char("E")], .keyExport,
        .exportAsk(ExportDraft(table: "alliances", codes: AllianceFeature.rowIDs(state)))),
      Binding([.char("r")], .keyReverse, .alliances(.reverseSort)),
      // Filtered to a department: that department's report; else the national one.
      Binding(
        [.char("R")], .keyReport,
        .reportAsk(
          state.alliances.list.filters.first { $0.dimension == .department }.map { .department($0) }
            ?? .national)),
      Binding(
        [.char("n")], .keyNewAlliance, .openEditor(.newAlliance), disabledReason: readOnly, inStatusLine: true
      ),
    ]
  }
}
