import AlianzasDomain

/// The review screen: conflicts and duplicate candidates left by merges. Choosing sends the
/// choice to the runtime, which records it like any change.
enum ReviewReducer {
  static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .reviewLoaded(let items):
      state.review.items = items
      state.review.loaded = true
      state.review.selected = min(state.review.selected, max(0, items.count - 1))
      state.data.requested.remove(.loadReview)
    case .reviewMove(let step):
      guard !state.review.items.isEmpty else { return [] }
      state.review.selected = max(0, min(state.review.items.count - 1, state.review.selected + step))
    case .reviewChoose(let n):
      guard state.data.readOnlyReason == nil, state.review.items.indices.contains(state.review.selected)
      else {
        return []
      }
      let item = state.review.items[state.review.selected]
      switch item.kind {
      case .conflict:
        guard item.options.indices.contains(n) else { return [] }
        return [.applyReview(.keep(file: item.file, path: item.path, token: item.options[n].token))]
      case .duplicate:
        guard item.options.count == 2 else { return [] }
        if n < 0 {
          return [
            .applyReview(
              .distinct(file: item.file, first: item.options[0].token, second: item.options[1].token))
          ]
        }
        // Keeping one household removes the other.
        guard n < 2 else { return [] }
        return [.applyReview(.remove(file: item.file, id: item.options[1 - n].token))]
      }
    case .reviewApplied(let items, let alliance, let roster):
      state.review.items = items
      state.review.selected = min(state.review.selected, max(0, items.count - 1))
      // The choice was written to disk; a record with unsaved edits keeps them, and its next save
      // merges them onto the chosen version.
      if let alliance { state.data.workspace.loaded(alliance) }
      if let roster { state.data.workspace.loaded(roster) }
      state.status = StatusMessage(text: state.t(.reviewDone), kind: .info)
    case .reviewFailed(let reason):
      state.status = StatusMessage(text: reason(state.language), kind: .error)
    case .showRecordHistory:
      if state.screen == .alliances, let code = state.detail?.code {
        return [.loadHistory(file: "alliances/\(code).json", path: "", title: state.t(.historyOf, code))]
      }
      if state.screen == .households, let code = state.households.roster {
        let list = HouseholdScreen.households(state, code)
        guard list.indices.contains(state.households.selectedHousehold) else { return [] }
        let household = list[state.households.selectedHousehold]
        return [
          .loadHistory(
            file: "households/\(code).json", path: "households/#\(household.id)",
            title: state.t(.historyOf, "\(code) · \(household.code)"))
        ]
      }
    case .historyLoaded(let title, let entries):
      let lines = entries.map { $0.line(state.language) }
      state.modals.append(.message(title: title, lines: lines.isEmpty ? [state.t(.historyEmpty)] : lines))
    default:
      break
    }
    return []
  }
}
