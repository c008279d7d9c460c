import AlianzasDomain

/// The rupture screen's part of the reducer.
enum RuptureReducer {
  static func reduce(_ state: inout AppState, _ action: Action) {
    switch action {
    case .ruptureView(let delta):
      let all = RuptureState.View.allCases
      state.ruptures.view = all[(state.ruptures.view.rawValue + delta + all.count) % all.count]
      state.ruptures.history = nil
    case .ruptureMove(let delta):
      let count = AgreementRow.rows(state.data, show: state.ruptures.show, search: state.ruptures.search)
        .count
      state.ruptures.selected = max(0, min(count - 1, state.ruptures.selected + delta))
    case .openHistory:
      let rows = AgreementRow.rows(state.data, show: state.ruptures.show, search: state.ruptures.search)
      if rows.indices.contains(state.ruptures.selected) {
        state.ruptures.history = rows[state.ruptures.selected].code
      }
    case .closeHistory:
      state.ruptures.history = nil
    case .startRuptureSearch:
      state.ruptures.searching = true
    case .cycleShow:
      let all = RuptureState.Show.allCases
      state.ruptures.show = all[(state.ruptures.show.rawValue + 1) % all.count]
      state.ruptures.selected = 0
    case .cycleGrouping:
      let all = SurvivalGrouping.allCases
      state.ruptures.grouping = all[(all.firstIndex(of: state.ruptures.grouping)! + 1) % all.count]
    case .riskMove(let delta):
      let count = state.ruptureAnalysis?.risks.count ?? 0
      state.ruptures.selectedRisk = max(0, min(count - 1, state.ruptures.selectedRisk + delta))
    case .openRiskHistory:
      guard let risks = state.ruptureAnalysis?.risks, risks.indices.contains(state.ruptures.selectedRisk)
      else { return }
      state.ruptures.view = .agreements
      state.ruptures.history = risks[state.ruptures.selectedRisk].code
    default:
      break
    }
  }

  static func searchKey(_ state: inout AppState, _ key: Key) {
    switch key {
    case .enter: state.ruptures.searching = false
    case .escape:
      state.ruptures.search = ""
      state.ruptures.searching = false
    case .backspace: if !state.ruptures.search.isEmpty { state.ruptures.search.removeLast() }
    case .char(let c): state.ruptures.search.append(c)
    default: return
    }
    state.ruptures.selected = 0
  }
}
