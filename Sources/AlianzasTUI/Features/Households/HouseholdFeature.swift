import AlianzasDomain

extension ScreenID {
  public static let households = ScreenID("households")
}

extension AppState {
  /// The household screen's own state.
  public var households: HouseholdState {
    get { features[HouseholdFeature.self] }
    _modify { yield &features[HouseholdFeature.self] }
  }
}

extension Action {
  public static func households(_ action: HouseholdFeature.Action) -> Action {
    .feature(AnyFeatureAction(action))
  }
}

/// Screen 4: an alliance's households, their surveys with ELCSA and PPI moving on each answer,
/// and the group comparisons over every household.
public enum HouseholdFeature: ScreenFeature {
  public typealias State = HouseholdState

  public enum Action: FeatureAction {
    public typealias Feature = HouseholdFeature
    case view(Int)
    case move(Int)
    case openRoster
    case closeRoster
    case search(SearchField.Edit)
    case openSurvey
    case newSurveyRound
    case closeSurvey
    case surveyForm(FormAction)
    case cycleComparison
    case cycleComparisonDesign
    case cyclePovertyLine
    case showHistory
    /// Ask for the reason to unlock the open complete survey; then unlock it with that reason.
    case askUnlock
    case unlockSurvey(reason: String)
    case undoAnswer
    /// Ask for the reason to archive the selected household; then archive it.
    case askArchive
    case archive(code: String, id: RecordID, reason: String)
    case restore
    case toggleArchived
    /// Show one household in its roster, from anywhere (the search over everything).
    case reveal(code: String, id: RecordID)
  }

  public static let id = ScreenID.households
  public static let title = T.screenHouseholds
  public static let tab = T.tabHouseholds
  public static var initialState: State { HouseholdState() }

  public static func reduce(_ action: Action, _ state: inout AppState) -> [Effect] {
    switch action {
    case .view(let delta):
      let all = HouseholdState.View.allCases
      state.households.view = all[(state.households.view.rawValue + delta + all.count) % all.count]
    case .move(let delta):
      if let code = state.households.roster {
        state.households.selectedHousehold.move(delta, in: HouseholdScreen.households(state, code).map(\.id))
      } else {
        state.households.selectedAlliance.move(delta, in: HouseholdScreen.allianceRows(state))
      }
    case .openRoster:
      guard let code = state.households.selectedAlliance.current(in: HouseholdScreen.allianceRows(state))
      else { return [] }
      state.households.roster = code
      state.households.selectedHousehold.reset()
      state.households.rosterSearch = SearchField()
    case .closeRoster:
      state.households.roster = nil
    case .search(let edit):
      if state.households.roster == nil {
        if state.households.search.apply(edit) { state.households.selectedAlliance.reset() }
      } else if state.households.rosterSearch.apply(edit) {
        state.households.selectedHousehold.reset()
      }
    case .openSurvey, .newSurveyRound:
      guard let code = state.households.roster, let h = HouseholdScreen.selectedHousehold(state) else {
        return []
      }
      // A draft is resumed where it stopped; otherwise the latest survey opens, or a new one.
      let survey =
        action == .newSurveyRound ? nil : (h.surveys.last { $0.status == .draft } ?? h.currentSurvey)
      var form = FormState(fields: SurveyFields.fields(state, h, survey))
      form.focus = SurveyFields.resumeFocus(form.fields)
      let ppi = state.data.instruments.ppi
      let national = ppi.lines.firstIndex { $0.id == ppi.nationalLine } ?? 0
      state.households.survey = SurveySession(
        code: code, householdID: h.id, surveyID: survey?.id, form: form, lineIndex: national)
      state.households.survey?.locked = survey?.status == .complete
    case .closeSurvey:
      state.households.survey = nil
    case .surveyForm(let formAction):
      return surveyForm(formAction, &state)
    case .cycleComparison:
      let all = ComparisonGrouping.allCases
      state.households.comparison = all[(all.firstIndex(of: state.households.comparison)! + 1) % all.count]
    case .cycleComparisonDesign:
      let current = state.households.comparisonDesign ?? state.households.comparisons?.preferred ?? .study
      state.households.comparisonDesign = current == .study ? .all : .study
    case .cyclePovertyLine:
      let count = state.data.instruments.ppi.lines.count
      if let line = state.households.survey?.lineIndex {
        state.households.survey?.lineIndex = (line + 1) % count
      }
    case .askUnlock:
      guard state.households.survey?.locked == true else { return [] }
      let l = state.language
      state.modals.append(
        .prompt(
          TextPrompt(
            title: T.unlockTitle(l), lines: [T.unlockExplain(l)], label: T.reasonLabel(l),
            submit: .unlockSurvey)))
    case .unlockSurvey(let reason):
      return unlock(reason, &state)
    case .undoAnswer:
      return SurveyFields.undo(&state)
    case .askArchive:
      guard let code = state.households.roster, let h = HouseholdScreen.selectedHousehold(state) else {
        return []
      }
      let l = state.language
      state.modals.append(
        .prompt(
          TextPrompt(
            title: T.archiveTitle(l, h.code), lines: [T.archiveExplain(l)], label: T.reasonLabel(l),
            submit: .archiveHousehold(code: code, id: h.id))))
    case .archive(let code, let id, let reason):
      guard var h = state.data.household(code, id) else { return [] }
      h.archived = SignedReason(date: state.data.today, by: state.data.officer, reason: reason)
      h.stamp = h.stamp.bumped(by: state.author)
      state.data.workspace.edit(h, alliance: code)
      state.status = StatusMessage(text: state.t(.archivedDone, h.code), kind: .info)
      return [.saveRoster(state.data.rosters[code]!)]
    case .restore:
      guard let code = state.households.roster, var h = HouseholdScreen.selectedHousehold(state),
        h.archived != nil
      else { return [] }
      h.archived = nil
      h.stamp = h.stamp.bumped(by: state.author)
      state.data.workspace.edit(h, alliance: code)
      state.status = StatusMessage(text: state.t(.restoredDone, h.code), kind: .info)
      return [.saveRoster(state.data.rosters[code]!)]
    case .reveal(let code, let id):
      state.screen = .households
      state.households.view = .rosters
      state.households.survey = nil
      state.households.roster = code
      state.households.showArchived = false
      state.households.rosterSearch = SearchField()
      state.households.selectedAlliance.id = code
      state.households.selectedHousehold.id = id
    case .toggleArchived:
      state.households.showArchived.toggle()
      state.households.selectedHousehold.reset()
    case .showHistory:
      guard let code = state.households.roster, let household = HouseholdScreen.selectedHousehold(state)
      else {
        return []
      }
      return [
        .loadHistory(
          file: "households/\(code).json", path: "households/#\(household.id)",
          title: state.t(.historyOf, "\(code) · \(household.code)"))
      ]
    }
    return []
  }

  /// Opens the complete survey for changes: back to draft, with the unlock and its reason in the
  /// survey itself (and so in its history).
  static func unlock(_ reason: String, _ state: inout AppState) -> [Effect] {
    guard var session = state.households.survey, session.locked,
      var household = state.data.household(session.code, session.householdID),
      let i = household.surveys.firstIndex(where: { $0.id == session.surveyID })
    else { return [] }
    household.surveys[i].unlock(on: state.data.today, by: state.data.officer, reason: reason)
    household.surveys[i].stamp = household.surveys[i].stamp.bumped(by: state.author)
    household.stamp = household.stamp.bumped(by: state.author)
    state.data.workspace.edit(household, alliance: session.code)
    session.locked = false
    state.households.survey = session
    state.status = StatusMessage(text: state.t(.unlockedDone, household.code), kind: .info)
    return [.saveRoster(state.data.rosters[session.code]!)]
  }

  /// A key of the survey's form: a confirmed answer is saved at once; Esc leaves the survey.
  static func surveyForm(_ action: FormAction, _ state: inout AppState) -> [Effect] {
    guard var session = state.households.survey else { return [] }
    let event = session.form.apply(action, language: state.language)
    state.households.survey = session
    switch event {
    case .confirmed(let id, let value):
      state.status = nil
      return SurveyFields.apply(id, value, &state)
    case .leave:
      state.households.survey = nil
    case .refused(let reason):
      state.status = StatusMessage(text: reason, kind: .error)
    case .confirmWarning:
      break
    case .choose(let filter):
      let send: (FormAction) -> AlianzasTUI.Action = { .households(.surveyForm($0)) }
      if let list = session.form.picker(filter: filter, language: state.language, send: send) {
        state.modals.append(.pick(list))
      }
    case .none, .ignored:
      break
    }
    return []
  }

  public static func bindings(_ state: AppState) -> [Binding] { HouseholdScreen.bindings(state) }

  public static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    HouseholdScreen.render(state, in: area, buffer: &buffer)
  }

  public static func loads(_ state: AppState) -> [Effect] {
    let data = state.data
    var effects: [Effect] = []
    if let code = state.households.roster, data.rosters[code] == nil,
      !data.unreadable.contains("households/\(code)")
    {
      effects.append(.loadRoster(code))
    }
    if state.households.view == .comparisons && !data.loadedAllRosters { effects.append(.loadAllRosters) }
    return effects
  }

  public static func refresh(_ state: inout AppState) {
    guard state.households.view == .comparisons, state.data.loadedAllRosters,
      state.households.comparisons?.revision != state.data.revision
    else { return }
    state.households.comparisons = ComparisonCache(data: state.data)
  }
}
