import AlianzasDomain

/// Files are parsed when a screen needs them: the panel lives on the index alone, a detail needs
/// its alliance, a roster its households, the rupture analyses every alliance.
enum Loading {
  /// The loads the current screen needs and nobody has asked for yet; asking is recorded, so a
  /// load is requested once however many answers it brings back.
  static func request(_ state: inout AppState) -> [Effect] {
    let effects = needed(state).filter { !state.data.requested.contains($0) }
    state.data.requested.formUnion(effects)
    return effects
  }

  static func needed(_ state: AppState) -> [Effect] {
    let data = state.data
    var effects: [Effect] = []
    if state.screen == .alliances, let code = state.detail?.code, data.alliances[code] == nil,
      !data.unreadable.contains("alliances/\(code)"), data.allianceCodes.contains(code)
    {
      effects.append(.loadAlliance(code))
    }
    if state.screen == .ruptures && !data.loadedAllAlliances { effects.append(.loadAllAlliances) }
    if state.screen == .households {
      if let code = state.households.roster, data.rosters[code] == nil,
        !data.unreadable.contains("households/\(code)")
      {
        effects.append(.loadRoster(code))
      }
      if state.households.view == .comparisons && !data.loadedAllRosters { effects.append(.loadAllRosters) }
    }
    if state.screen == .review && !state.review.loaded { effects.append(.loadReview) }
    return effects
  }

  static func apply(_ state: inout AppState, _ action: Action) {
    switch action {
    case .allianceLoaded(let a):
      state.data.workspace.loaded(a)
      state.data.requested.remove(.loadAlliance(a.code))
    case .rosterLoaded(let r):
      state.data.workspace.loaded(r)
      state.data.requested.remove(.loadRoster(r.allianceCode))
    case .loadFailed(let path, let reason):
      state.data.unreadable.insert(path)
      let code = String(path.split(separator: "/").last ?? "")
      state.data.requested.subtract([.loadAlliance(code), .loadRoster(code)])
      state.status = StatusMessage(text: "\(path): \(reason(state.language))", kind: .error)
    case .loadedAll(let alliances):
      if alliances { state.data.loadedAllAlliances = true } else { state.data.loadedAllRosters = true }
      state.data.requested.remove(alliances ? .loadAllAlliances : .loadAllRosters)
      state.data.workspace.touch()
    default:
      break
    }
  }
}
