import AlianzasDomain

extension ScreenID {
  public static let alliances = ScreenID("alliances")
}

extension AppState {
  /// The alliance screen's own state.
  public var alliances: AllianceFeature.State {
    get { features[AllianceFeature.self] }
    _modify { yield &features[AllianceFeature.self] }
  }
}

extension Action {
  public static func alliances(_ action: AllianceFeature.Action) -> Action {
    .feature(AnyFeatureAction(action))
  }
}

/// Screen 2: every alliance in a table (filter, search, sort) and one alliance in four tabs.
public enum AllianceFeature: ScreenFeature {
  public struct State: Sendable {
    public var list = AllianceListState()
    /// The open alliance, when one is open.
    public var detail: AllianceDetailState?
    /// The list's ordered rows, recomputed only when their inputs change.
    var rowsCache: AllianceRowsCache?
  }

  public enum Action: FeatureAction {
    public typealias Feature = AllianceFeature
    case listMove(Int)
    case openSelected
    /// Open one alliance's detail from anywhere (the search over everything).
    case open(String)
    case search(SearchField.Edit)
    case pickFilter
    case pickFilterValue(FilterDimension)
    case setFilter(FilterDimension, value: String, label: String)
    case clearFilters
    case pickSort
    case sortBy(AllianceColumn)
    case reverseSort
    case closeDetail
    case detailTab(Int)
    case stageMove(Int)
    case visitMove(Int)
    case pickStatus(String)
    case showHistory
  }

  public static let id = ScreenID.alliances
  public static let title = T.screenAlliances
  public static let tab = T.tabAlliances
  public static var initialState: State { State() }

  public static func reduce(_ action: Action, _ state: inout AppState) -> [Effect] {
    let l = state.language
    switch action {
    case .listMove(let delta):
      state.alliances.list.selection.move(delta, in: rowIDs(state))
    case .openSelected:
      guard let code = state.alliances.list.selection.current(in: rowIDs(state)) else { return [] }
      state.alliances.detail = AllianceDetailState(code: code)
    case .open(let code):
      state.screen = .alliances
      state.alliances.list.selection.id = code
      state.alliances.detail = AllianceDetailState(code: code)
    case .search(let edit):
      if state.alliances.list.search.apply(edit) { state.alliances.list.selection.reset() }
    case .pickFilter:
      let options = FilterDimension.allCases.map {
        PickOption(label: dimensionLabel($0)(l), action: .alliances(.pickFilterValue($0)))
      }
      state.modals.append(.pick(PickList(title: T.filterBy(l), options: options, selected: 0)))
    case .pickFilterValue(let dimension):
      let options = AllianceListState.options(dimension, data: state.data, language: l).map {
        PickOption(
          label: $0.label, action: .alliances(.setFilter(dimension, value: $0.id, label: $0.label)))
      }
      state.modals.append(.pick(PickList(title: dimensionLabel(dimension)(l), options: options, selected: 0)))
    case .setFilter(let dimension, let value, let label):
      state.alliances.list.filters.removeAll { $0.dimension == dimension }
      let shown =
        dimension == .consolidation || dimension == .vulnerable
        ? "\(dimensionLabel(dimension)(l)): \(label)" : label
      state.alliances.list.filters.append(ListFilter(dimension: dimension, value: value, label: shown))
      state.alliances.list.selection.reset()
    case .clearFilters:
      state.alliances.list.filters = []
      state.alliances.list.search = SearchField()
      state.alliances.list.selection.reset()
    case .pickSort:
      let options = AllianceColumn.allCases.map {
        PickOption(label: columnLabel($0, l), action: .alliances(.sortBy($0)))
      }
      state.modals.append(
        .pick(PickList(title: T.sortBy(l), options: options, selected: state.alliances.list.sort.rawValue)))
    case .sortBy(let column):
      if state.alliances.list.sort == column {
        state.alliances.list.ascending.toggle()
      } else {
        state.alliances.list.sort = column
      }
    case .reverseSort:
      state.alliances.list.ascending.toggle()
    case .closeDetail:
      state.alliances.detail = nil
    case .detailTab(let delta):
      guard let tab = state.alliances.detail?.tab else { return [] }
      let all = AllianceDetailState.Tab.allCases
      state.alliances.detail?.tab = all[(tab.rawValue + delta + all.count) % all.count]
    case .stageMove(let delta):
      guard let detail = state.alliances.detail, let a = state.data.alliances[detail.code] else { return [] }
      let current = detail.selectedStage ?? a.stage.next ?? a.stage
      let number = max(1, min(12, current.number + delta))
      state.alliances.detail?.selectedStage = Stage.allCases[number - 1]
    case .visitMove(let delta):
      guard let detail = state.alliances.detail, let a = state.data.alliances[detail.code] else { return [] }
      state.alliances.detail?.selectedVisit = max(0, min(a.visits.count - 1, detail.selectedVisit + delta))
    case .pickStatus(let code):
      guard let a = state.data.alliances[code] else { return [] }
      let options = AllianceStatus.allCases.filter { $0 != a.status && $0 != .rupturaComercial }
        .map { PickOption(label: $0.label(l), action: .openEditor(.status(code: code, status: $0))) }
      state.modals.append(.pick(PickList(title: T.statusPick(l), options: options, selected: 0)))
    case .showHistory:
      guard let code = state.alliances.detail?.code else { return [] }
      return [.loadHistory(file: "alliances/\(code).json", path: "", title: state.t(.historyOf, code))]
    }
    return []
  }

  public static func bindings(_ state: AppState) -> [Binding] {
    if let detail = state.alliances.detail { return AllianceDetailScreen.bindings(state, detail) }
    let search = state.alliances.list.search
    if search.active { return search.bindings { .alliances(.search($0)) } }
    var list = AllianceListScreen.bindings(state)
    // Esc clears a search left on the list (the help lists it only then).
    if !search.text.isEmpty {
      list.insert(Binding([.escape], .keyCancelSearch, .alliances(.search(.cancel))), at: 0)
    }
    return list
  }

  public static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    if let detail = state.alliances.detail {
      AllianceDetailScreen.render(state, detail, in: area, buffer: &buffer)
    } else {
      AllianceListScreen.render(state, in: area, buffer: &buffer)
    }
  }

  public static func loads(_ state: AppState) -> [Effect] {
    let data = state.data
    guard let code = state.alliances.detail?.code, data.alliances[code] == nil,
      !data.unreadable.contains("alliances/\(code)"), data.allianceCodes.contains(code)
    else { return [] }
    return [.loadAlliance(code)]
  }

  public static func refresh(_ state: inout AppState) {
    let key = state.alliances.list.cacheKey(state.data)
    if state.alliances.rowsCache?.key != key {
      state.alliances.rowsCache = AllianceRowsCache(key: key, rows: state.alliances.list.rows(state.data))
    }
  }

  /// Under an open alliance a form leaves its header line visible: the IDAP there moves as
  /// fields are confirmed.
  public static func linesAboveForm(_ state: AppState) -> Int { state.alliances.detail == nil ? 0 : 1 }

  /// The list's rows in order: from the cache when it is current.
  static func rows(_ state: AppState) -> [AllianceFigures] {
    let s = state.alliances
    if let cache = s.rowsCache, cache.key == s.list.cacheKey(state.data) { return cache.rows }
    return s.list.rows(state.data)
  }

  static func rowIDs(_ state: AppState) -> [String] { rows(state).map(\.code) }

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
}
