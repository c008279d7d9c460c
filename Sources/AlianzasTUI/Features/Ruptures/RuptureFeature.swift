import AlianzasDomain

extension ScreenID {
  public static let ruptures = ScreenID("ruptures")
}

extension AppState {
  /// The rupture screen's own state.
  public var ruptures: RuptureState {
    get { features[RuptureFeature.self] }
    _modify { yield &features[RuptureFeature.self] }
  }
}

extension Action {
  public static func ruptures(_ action: RuptureFeature.Action) -> Action {
    .feature(AnyFeatureAction(action))
  }
}

/// Screen 3: buyer agreements and their histories, survival of the first agreement, re-links and
/// the agreements most at risk. It needs every alliance file.
public enum RuptureFeature: ScreenFeature {
  public typealias State = RuptureState

  public enum Action: FeatureAction {
    public typealias Feature = RuptureFeature
    case view(Int)
    case move(Int)
    case openHistory
    case closeHistory
    case search(SearchField.Edit)
    case cycleShow
    case cycleGrouping
    case riskMove(Int)
    case openRiskHistory
  }

  public static let id = ScreenID.ruptures
  public static let title = T.screenRuptures
  public static let tab = T.tabRuptures
  public static var initialState: State { RuptureState() }

  public static func reduce(_ action: Action, _ state: inout AppState) -> [Effect] {
    switch action {
    case .view(let delta):
      let all = RuptureState.View.allCases
      state.ruptures.view = all[(state.ruptures.view.rawValue + delta + all.count) % all.count]
      state.ruptures.history = nil
    case .move(let delta):
      state.ruptures.selection.move(delta, in: rows(state).map(\.agreement.id))
    case .openHistory:
      let rows = rows(state)
      guard !rows.isEmpty else { return [] }
      state.ruptures.history = rows[state.ruptures.selection.index(in: rows.map(\.agreement.id))].code
    case .closeHistory:
      state.ruptures.history = nil
    case .search(let edit):
      if state.ruptures.search.apply(edit) { state.ruptures.selection.reset() }
    case .cycleShow:
      let all = RuptureState.Show.allCases
      state.ruptures.show = all[(state.ruptures.show.rawValue + 1) % all.count]
      state.ruptures.selection.reset()
    case .cycleGrouping:
      let all = SurvivalGrouping.allCases
      state.ruptures.grouping = all[(all.firstIndex(of: state.ruptures.grouping)! + 1) % all.count]
    case .riskMove(let delta):
      state.ruptures.selectedRisk.move(delta, in: state.ruptures.analysis?.risks.map(\.code) ?? [])
    case .openRiskHistory:
      guard let codes = state.ruptures.analysis?.risks.map(\.code),
        let code = state.ruptures.selectedRisk.current(in: codes)
      else { return [] }
      state.ruptures.view = .agreements
      state.ruptures.history = code
    }
    return []
  }

  static func rows(_ state: AppState) -> [AgreementRow] {
    AgreementRow.rows(state.data, show: state.ruptures.show, search: state.ruptures.search)
  }

  public static func bindings(_ state: AppState) -> [Binding] { RuptureScreen.bindings(state) }

  public static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    RuptureScreen.render(state, in: area, buffer: &buffer)
  }

  public static func loads(_ state: AppState) -> [Effect] {
    state.data.loadedAllAlliances ? [] : [.loadAllAlliances]
  }

  /// Analyses over all agreements are recomputed only when their inputs changed.
  public static func refresh(_ state: inout AppState) {
    guard state.data.loadedAllAlliances, !(state.ruptures.analysis?.isCurrent(state) ?? false) else { return }
    state.ruptures.analysis = RuptureAnalysis(
      data: state.data, grouping: state.ruptures.grouping, language: state.language)
  }
}
