import AlianzasDomain

/// The household screen's part of the reducer.
enum HouseholdReducer {
  static func reduce(_ state: inout AppState, _ action: Action) {
    switch action {
    case .householdView(let delta):
      let all = HouseholdState.View.allCases
      state.households.view = all[(state.households.view.rawValue + delta + all.count) % all.count]
    case .householdMove(let delta):
      if let code = state.households.roster {
        let count = HouseholdScreen.households(state, code).count
        state.households.selectedHousehold = max(
          0, min(count - 1, state.households.selectedHousehold + delta))
      } else {
        let count = HouseholdScreen.allianceRows(state).count
        state.households.selectedAlliance = max(0, min(count - 1, state.households.selectedAlliance + delta))
      }
    case .openRoster:
      let codes = HouseholdScreen.allianceRows(state)
      guard codes.indices.contains(state.households.selectedAlliance) else { return }
      state.households.roster = codes[state.households.selectedAlliance]
      state.households.selectedHousehold = 0
    case .closeRoster:
      state.households.roster = nil
    case .startHouseholdSearch:
      state.households.searching = true
    case .openSurvey, .newSurveyRound:
      guard let code = state.households.roster else { return }
      let list = HouseholdScreen.households(state, code)
      guard list.indices.contains(state.households.selectedHousehold) else { return }
      let h = list[state.households.selectedHousehold]
      // A draft is resumed where it stopped; otherwise the latest survey opens, or a new one.
      let survey =
        action == .newSurveyRound ? nil : (h.surveys.last { $0.status == .draft } ?? h.currentSurvey)
      var form = FormState(fields: SurveyFields.fields(state, h, survey))
      form.focus = SurveyFields.resumeFocus(form.fields)
      let national =
        state.data.instruments.ppi.lines.firstIndex { $0.id == state.data.instruments.ppi.nationalLine } ?? 0
      state.survey = SurveySession(
        code: code, householdID: h.id, surveyID: survey?.id, form: form, lineIndex: national)
    case .closeSurvey:
      state.survey = nil
    case .cycleComparison:
      let all = ComparisonGrouping.allCases
      state.households.comparison = all[(all.firstIndex(of: state.households.comparison)! + 1) % all.count]
    case .cyclePovertyLine:
      let count = state.data.instruments.ppi.lines.count
      if var session = state.survey {
        session.lineIndex = (session.lineIndex + 1) % count
        state.survey = session
      }
    default:
      break
    }
  }

  /// Keys while a survey is open: the form's, with L for the poverty line and Esc to leave.
  static func surveyKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard var session = state.survey else { return [] }
    if !session.form.editing {
      if key == .char("L") {
        reduce(&state, .cyclePovertyLine)
        return []
      }
      if key == .char("?") {
        state.modals.append(.help(scroll: 0))
        return []
      }
    }
    let event = session.form.handle(key, language: state.language)
    state.survey = session
    switch event {
    case .confirmed(let id, let value):
      state.status = nil
      return SurveyFields.apply(id, value, &state)
    case .leave:
      state.survey = nil
    case .refused(let reason):
      state.status = StatusMessage(text: reason, kind: .error)
    case .none, .ignored:
      break
    }
    return []
  }

  static func searchKey(_ state: inout AppState, _ key: Key) {
    switch key {
    case .enter: state.households.searching = false
    case .escape:
      state.households.search = ""
      state.households.searching = false
    case .backspace: if !state.households.search.isEmpty { state.households.search.removeLast() }
    case .char(let c): state.households.search.append(c)
    default: return
    }
    state.households.selectedAlliance = 0
  }
}
