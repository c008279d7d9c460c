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
    case cyclePovertyLine
    case showHistory
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
    case .closeSurvey:
      state.households.survey = nil
    case .surveyForm(let formAction):
      return surveyForm(formAction, &state)
    case .cycleComparison:
      let all = ComparisonGrouping.allCases
      state.households.comparison = all[(all.firstIndex(of: state.households.comparison)! + 1) % all.count]
    case .cyclePovertyLine:
      let count = state.data.instruments.ppi.lines.count
      if let line = state.households.survey?.lineIndex {
        state.households.survey?.lineIndex = (line + 1) % count
      }
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
