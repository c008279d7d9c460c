import AlianzasDomain

/// The alliance screens' part of the reducer.
enum AllianceReducer {
  static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    let l = state.language
    switch action {
    case .listMove(let delta):
      let count = state.listRows.count
      state.allianceList.selected = max(0, min(count - 1, state.allianceList.selected + delta))
    case .openSelected:
      let rows = state.listRows
      guard rows.indices.contains(state.allianceList.selected) else { return [] }
      state.detail = AllianceDetailState(code: rows[state.allianceList.selected].code)
    case .startSearch:
      state.allianceList.searching = true
    case .clearSearch:
      state.allianceList.search = ""
      state.allianceList.searching = false
    case .pickFilter:
      let options = FilterDimension.allCases.map { PickOption(id: $0.rawValue, label: dimensionLabel($0)(l)) }
      state.modals.append(
        .pick(title: T.filterBy(l), options: options, selected: 0, purpose: .filterDimension))
    case .clearFilters:
      state.allianceList.filters = []
      state.allianceList.search = ""
      state.allianceList.selected = 0
    case .pickSort:
      let options = AllianceColumn.allCases.map {
        PickOption(id: String($0.rawValue), label: columnLabel($0, l))
      }
      state.modals.append(
        .pick(
          title: T.sortBy(l), options: options, selected: state.allianceList.sort.rawValue,
          purpose: .sortColumn))
    case .reverseSort:
      state.allianceList.ascending.toggle()
    case .openEditor(let purpose):
      state.editor = Editors.open(purpose, state)
    case .closeDetail:
      state.detail = nil
    case .detailTab(let delta):
      guard let tab = state.detail?.tab else { return [] }
      let all = AllianceDetailState.Tab.allCases
      state.detail?.tab = all[(tab.rawValue + delta + all.count) % all.count]
    case .stageMove(let delta):
      guard let detail = state.detail, let a = state.data.alliances[detail.code] else { return [] }
      let current = detail.selectedStage ?? a.stage.next ?? a.stage
      let number = max(1, min(12, current.number + delta))
      state.detail?.selectedStage = Stage.allCases[number - 1]
    case .visitMove(let delta):
      guard let detail = state.detail, let a = state.data.alliances[detail.code] else { return [] }
      state.detail?.selectedVisit = max(0, min(a.visits.count - 1, detail.selectedVisit + delta))
    case .pickStatus(let code):
      guard let a = state.data.alliances[code] else { return [] }
      let options = AllianceStatus.allCases.filter { $0 != a.status && $0 != .rupturaComercial }
        .map { PickOption(id: $0.rawValue, label: $0.label(l)) }
      state.modals.append(
        .pick(title: T.statusPick(l), options: options, selected: 0, purpose: .status(code: code)))
    case .picked(let purpose, let id):
      return picked(&state, purpose, id)
    default:
      break
    }
    return []
  }

  static func picked(_ state: inout AppState, _ purpose: PickPurpose, _ id: String) -> [Effect] {
    let l = state.language
    switch purpose {
    case .filterDimension:
      guard let dimension = FilterDimension(rawValue: id) else { return [] }
      let options = AllianceListState.options(dimension, data: state.data, language: l)
      state.modals.append(
        .pick(
          title: dimensionLabel(dimension)(l), options: options, selected: 0, purpose: .filterValue(dimension)
        ))
    case .filterValue(let dimension):
      let options = AllianceListState.options(dimension, data: state.data, language: l)
      let label = options.first { $0.id == id }?.label ?? id
      state.allianceList.filters.removeAll { $0.dimension == dimension }
      let shown =
        dimension == .consolidation || dimension == .vulnerable
        ? "\(dimensionLabel(dimension)(l)): \(label)" : label
      state.allianceList.filters.append(ListFilter(dimension: dimension, value: id, label: shown))
      state.allianceList.selected = 0
    case .sortColumn:
      if let n = Int(id), let column = AllianceColumn(rawValue: n) {
        if state.allianceList.sort == column {
          state.allianceList.ascending.toggle()
        } else {
          state.allianceList.sort = column
        }
      }
    case .status(let code):
      if let status = AllianceStatus(rawValue: id) {
        state.editor = Editors.open(.status(code: code, status: status), state)
      }
    }
    return []
  }

  static func dimensionLabel(_ d: FilterDimension) -> T {
    switch d {
    case .department: .colDepartment
    case .product: .colProduct
    case .stage: .colStage
    case .status: .colStatus
    case .consolidation: .consolidationShort
    case .vulnerable: .vulnerableShort
    }
  }

  static func columnLabel(_ c: AllianceColumn, _ l: Language) -> String {
    switch c {
    case .code: T.colCode(l)
    case .name: T.colName(l)
    case .department: T.colDepartment(l)
    case .product: T.colProduct(l)
    case .stage: T.colStage(l)
    case .status: T.colStatus(l)
    case .idap: "IDAP"
    case .families: T.colFamilies(l)
    case .buyer: T.colBuyer(l)
    case .lastVisit: T.colLastVisit(l)
    }
  }

  /// Typing in the search box narrows the list on each key.
  static func searchKey(_ state: inout AppState, _ key: Key) {
    switch key {
    case .enter: state.allianceList.searching = false
    case .escape:
      state.allianceList.search = ""
      state.allianceList.searching = false
    case .backspace: if !state.allianceList.search.isEmpty { state.allianceList.search.removeLast() }
    case .char(let c): state.allianceList.search.append(c)
    case .down, .up:
      state.allianceList.searching = false
      _ = reduce(&state, .listMove(key == .down ? 1 : -1))
      return
    default: return
    }
    state.allianceList.selected = 0
  }
}
