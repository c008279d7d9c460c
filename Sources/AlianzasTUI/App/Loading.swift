import AlianzasDomain

/// Files are parsed when a screen needs them: the panel lives on the index alone, a detail needs
/// its alliance, a roster its households, the rupture analyses every alliance. Each screen says
/// what it needs (`ScreenFeature.loads`); the answers go to the workspace.
enum Loading {
  /// The loads the current screen needs and nobody has asked for yet; asking is recorded, so a
  /// load is requested once however many answers it brings back.
  static func request(_ state: inout AppState) -> [Effect] {
    let effects = Screens.feature(state.screen).loads(state).filter { !state.data.requested.contains($0) }
    state.data.requested.formUnion(effects)
    return effects
  }

  static func loaded(_ a: Alliance, _ state: inout AppState) {
    state.data.workspace.loaded(a)
    state.data.requested.remove(.loadAlliance(a.code))
  }

  static func loaded(_ r: HouseholdRoster, _ state: inout AppState) {
    state.data.workspace.loaded(r)
    state.data.requested.remove(.loadRoster(r.allianceCode))
  }

  static func failed(_ path: String, _ reason: Localized, _ state: inout AppState) {
    state.data.unreadable.insert(path)
    let code = String(path.split(separator: "/").last ?? "")
    state.data.requested.subtract([.loadAlliance(code), .loadRoster(code)])
    state.status = StatusMessage(text: "\(path): \(reason(state.language))", kind: .error)
  }

  static func loadedAll(alliances: Bool, _ state: inout AppState) {
    if alliances { state.data.loadedAllAlliances = true } else { state.data.loadedAllRosters = true }
    state.data.requested.remove(alliances ? .loadAllAlliances : .loadAllRosters)
    state.data.workspace.touch()
  }
}
