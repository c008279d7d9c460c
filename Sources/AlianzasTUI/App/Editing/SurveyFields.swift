import AlianzasDomain

/// The survey form: date and enumerator, the ELCSA screener and items (the minors' block skipped
/// without members under 18), the ten PPI indicators, incomes, and the step that completes it.
enum SurveyFields {
  static func fields(_ state: AppState, _ household: Household, _ survey: Survey?) -> [FormField] {
    let l = state.language
    let elcsa = state.data.instruments.elcsa
    let ppi = state.data.instruments.ppi
    let hasMinors = survey?.hasMinors ?? (household.minors > 0)
    var fields = [
      FormField(
        id: .survey(.date), label: T.fieldDate(l), kind: .date(notAfter: state.data.today),
        shown: (survey?.date ?? state.data.today).iso),
      FormField(
        id: .survey(.enumerator), label: T.fieldEnumerator(l), kind: .text(maxLength: 120, required: true),
        shown: survey?.enumerator ?? state.data.officer),
      FormField(
        id: .survey(.screener), label: T.screenerShort(l), kind: Fields.yesNo(l),
        shown: Fields.show(hasMinors, l),
        hint: elcsa.screener.text(l)),
    ]
    for item in elcsa.items {
      let answer = survey.flatMap { $0.elcsa[item.n - 1] }
      let skipped = elcsa.isAskedOnlyWithMinors(item.n) && !hasMinors
      fields.append(
        FormField(
          id: .elcsa(item.n), label: "\(item.n). \(item.short(l))", kind: .elcsa,
          shown: answer?.label(l) ?? "",
          hint: item.text(l), disabledReason: skipped ? T.skippedNoMinors(l) : nil))
    }
    for indicator in ppi.indicators {
      let code = survey.flatMap { $0.ppi[indicator.n - 1] }
      let choices = indicator.options.map {
        FieldKind.Choice(
          id: $0.code, label: "\($0.code) · \($0.text(l))", key: Character($0.code.lowercased()))
      }
      fields.append(
        FormField(
          id: .ppi(indicator.n), label: "PPI \(indicator.n). \(indicator.text(l))", kind: .choice(choices),
          shown: code.flatMap { c in choices.first { $0.id == c }?.label } ?? "", hint: indicator.text(l)))
    }
    fields += [
      FormField(
        id: .survey(.incomeTotal), label: T.fieldIncomeTotal(l), kind: .money,
        shown: Fields.show(survey?.incomeTotal, l)),
      FormField(
        id: .survey(.incomeProduct), label: T.fieldIncomeProduct(l), kind: .money,
        shown: Fields.show(survey?.incomeFromProduct, l)),
      FormField(id: .submit, label: T.completeAction(l), kind: .action),
    ]
    return fields
  }

  /// Where to resume: the first question without an answer, else the completing step.
  static func resumeFocus(_ fields: [FormField]) -> Int {
    fields.firstIndex { $0.shown.isEmpty && $0.disabledReason == nil && $0.kind != .action }
      ?? max(0, fields.count - 1)
  }

  /// Applies one confirmed answer: creates the survey on the first one, saves the roster every time.
  static func apply(_ id: FieldID, _ value: FieldValue, _ state: inout AppState) -> [Effect] {
    guard var session = state.households.survey,
      var household = state.data.household(session.code, session.householdID)
    else { return [] }
    let l = state.language
    var index = household.surveys.firstIndex { $0.id == session.surveyID }
    let before = index.map { household.surveys[$0] }
    if index == nil {
      let survey = Survey(
        id: "\(state.data.device)-s\(state.now.secondsSinceEpoch)-\(household.surveys.count + 1)",
        stamp: state.author.stamp,
        date: state.data.today, enumerator: state.data.officer, hasMinors: household.minors > 0)
      household.surveys.append(survey)
      index = household.surveys.count - 1
      session.surveyID = survey.id
    }
    var survey = household.surveys[index!]
    switch id {
    case .survey(.date): if let d = Fields.day(value) { survey.date = d }
    case .survey(.enumerator): survey.enumerator = Fields.text(value)
    case .survey(.screener):
      let elcsa = state.data.instruments.elcsa
      survey.answerScreener(hasMinors: Fields.bool(value), elcsa)
      let skip = survey.hasMinors == false
      for i in elcsa.minorItems {
        if let f = session.form.fields.firstIndex(where: { $0.id == .elcsa(i) }) {
          session.form.fields[f].disabledReason = skip ? T.skippedNoMinors(l) : nil
          if skip { session.form.fields[f].shown = "" }
        }
      }
    case .survey(.incomeTotal): survey.incomeTotal = Fields.pesos(value)
    case .survey(.incomeProduct): survey.incomeFromProduct = Fields.pesos(value)
    case .submit:
      // The law first: no survey is completed without the titular's authorization.
      if let issue = household.consentIssue(completing: survey) {
        state.status = StatusMessage(text: issue.reason(l), kind: .error)
        state.households.survey = session
        return []
      }
      let missing = state.data.instruments.missingForCompletion(survey)
      guard missing.isEmpty else {
        state.status = StatusMessage(
          text: T.cannotComplete(
            l, missing.prefix(6).joined(separator: ", ") + (missing.count > 6 ? "…" : "")), kind: .error)
        state.households.survey = session
        return []
      }
      survey.status = .complete
      survey.completedAt = state.now
    case .elcsa(let n):
      guard case .elcsa(let answer) = value, survey.elcsa.indices.contains(n - 1) else { return [] }
      survey.elcsa[n - 1] = answer
    case .ppi(let n):
      guard let code = Fields.choice(value), survey.ppi.indices.contains(n - 1) else { return [] }
      survey.ppi[n - 1] = code
    case .alliance, .visit, .poa, .checklist, .household, .vulnerable, .kept:
      return []
    }
    // Rules that span fields (product income above total) are checked before saving.
    if let issue = survey.validate(instruments: state.data.instruments, today: state.data.today).first(
      where: { $0.field != "status" })
    {
      session.form.reject(id: id, typed: Fields.typed(value, l), message: issue.reason(l))
      state.households.survey = session
      return []
    }
    // The clock starts at the first answer, not at the form's opening: a survey opened and left
    // waiting for the family is not slow, and one answered in seconds is still fast.
    if survey.startedAt == nil, id != .submit, value != .empty { survey.startedAt = state.now }
    survey.stamp = survey.stamp.bumped(by: state.author)
    household.surveys[index!] = survey
    household.stamp = household.stamp.bumped(by: state.author)
    if let f = session.form.fields.firstIndex(where: { $0.id == id }), id != .submit {
      session.undo.append(SurveyUndo(survey: before, focus: f))
      session.form.fields[f].shown = Editors.shown(value, kind: session.form.fields[f].kind, language: l)
      session.form.fields[f].error = nil
      // Answering moves to the next question, as a paper form would.
      if value != .empty, session.form.fields[f].kind.isPicked {
        session.form.focus = nextOpen(after: f, session.form.fields)
      }
    }
    state.households.survey = session
    state.data.workspace.edit(household, alliance: session.code)
    if id == .submit {
      state.households.survey = nil
      state.status = StatusMessage(text: T.surveyCompleted(l, household.code), kind: .info)
    }
    return [.saveRoster(state.data.rosters[session.code]!)]
  }

  /// Puts the survey back as it was before the session's last answer, as a change like any other
  /// (saved, stamped, in the history), and goes back to that question.
  static func undo(_ state: inout AppState) -> [Effect] {
    guard var session = state.households.survey, let last = session.undo.popLast(),
      var household = state.data.household(session.code, session.householdID)
    else { return [] }
    let l = state.language
    if let survey = last.survey {
      var restored = survey
      restored.stamp = (household.surveys.first { $0.id == survey.id }?.stamp ?? survey.stamp).bumped(
        by: state.author)
      if let i = household.surveys.firstIndex(where: { $0.id == survey.id }) {
        household.surveys[i] = restored
      }
    } else {
      household.surveys.removeAll { $0.id == session.surveyID }
      session.surveyID = nil
    }
    household.stamp = household.stamp.bumped(by: state.author)
    state.data.workspace.edit(household, alliance: session.code)
    let survey = household.surveys.first { $0.id == session.surveyID }
    session.form.fields = fields(state, household, survey)
    session.form.focus = min(last.focus, session.form.fields.count - 1)
    state.households.survey = session
    state.status = StatusMessage(
      text: T.answerUndone(l, session.form.focused?.label ?? ""), kind: .info)
    return [.saveRoster(state.data.rosters[session.code]!)]
  }

  static func nextOpen(after index: Int, _ fields: [FormField]) -> Int {
    var i = index + 1
    while i < fields.count && fields[i].disabledReason != nil { i += 1 }
    return min(i, fields.count - 1)
  }
}
