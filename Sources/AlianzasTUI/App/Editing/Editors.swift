import AlianzasDomain

/// Opening forms and carrying out what is confirmed in them.
enum Editors {
  static func open(_ purpose: EditorPurpose, _ state: AppState) -> EditorState? {
    let l = state.language
    func alliance(_ code: String) -> Alliance? { state.data.alliances[code] }
    switch purpose {
    case .general(let code):
      guard let a = alliance(code) else { return nil }
      return EditorState(
        purpose: purpose, title: "\(T.editGeneral(l)) · \(code)",
        fields: AllianceField.general.map { $0.field(state, a) })
    case .milestones(let code):
      guard let a = alliance(code) else { return nil }
      return EditorState(
        purpose: purpose, title: "\(T.editMilestones(l)) · \(code)",
        fields: AllianceField.milestones.map { $0.field(state, a) })
    case .finance(let code):
      guard let a = alliance(code) else { return nil }
      return EditorState(
        purpose: purpose, title: "\(T.editFinance(l)) · \(code)",
        fields: AllianceField.finance.map { $0.field(state, a) })
    case .visit(let code, let id):
      guard let a = alliance(code) else { return nil }
      let visit = id.flatMap { id in a.visits.first { $0.id == id } }
      return EditorState(
        purpose: purpose, title: "\(T.editVisit(l)) · \(code)", fields: VisitFields.fields(state, a, visit))
    case .advance(let code, let stage):
      var editor = EditorState(
        purpose: purpose, title: "\(T.advanceTitle(l, stage.label(l))) · \(code)",
        fields: stepFields(state, action: T.advanceAction(l, stage.label(l))))
      editor.values = [.kept(.date): .date(state.data.today), .kept(.officer): .text(state.data.officer)]
      return editor
    case .status(let code, let status):
      var editor = EditorState(
        purpose: purpose, title: "\(T.statusTitle(l, status.label(l))) · \(code)",
        fields: stepFields(state, action: T.statusAction(l, status.label(l))))
      editor.values = [.kept(.date): .date(state.data.today), .kept(.officer): .text(state.data.officer)]
      return editor
    case .repayment(let code):
      return moneyEditor(
        purpose, state, title: "\(T.repaymentTitle(l)) · \(code)", action: T.repaymentAction(l))
    case .disbursement(let code):
      var editor = moneyEditor(
        purpose, state, title: "\(T.disbursementTitle(l)) · \(code)", action: T.disbursementAction(l),
        extra: [
          FormField(
            id: .kept(.source), label: T.fieldSource(l), kind: .text(maxLength: 120, required: true),
            shown: "Incentivo Modular")
        ])
      editor.values[.kept(.source)] = .text("Incentivo Modular")
      return editor
    case .newAlliance:
      return NewAllianceEditor.open(state)
    case .rupture(let code, let agreementID):
      return RuptureEditors.openRupture(state, code: code, agreementID: agreementID)
    case .relink(let code, let agreementID):
      return RuptureEditors.openRelink(state, code: code, agreementID: agreementID)
    case .household(let code, let id): return HouseholdEditor.open(state, code: code, householdID: id)
    }
  }

  /// A dated amount (repayment, disbursement) with any extra fields and the action that records it.
  static func moneyEditor(
    _ purpose: EditorPurpose, _ state: AppState, title: String, action: String, extra: [FormField] = []
  ) -> EditorState {
    let l = state.language
    var editor = EditorState(
      purpose: purpose, title: title,
      fields: [
        FormField(
          id: .kept(.date), label: T.fieldDate(l), kind: .date(notAfter: state.data.today),
          shown: state.data.today.iso),
        FormField(id: .kept(.amount), label: T.fieldAmount(l), kind: .money),
      ] + extra + [FormField(id: .submit, label: action, kind: .action)])
    editor.values = [.kept(.date): .date(state.data.today)]
    return editor
  }

  static func stepFields(_ state: AppState, action: String) -> [FormField] {
    let l = state.language
    return [
      FormField(
        id: .kept(.date), label: T.fieldDate(l), kind: .date(notAfter: state.data.today),
        shown: state.data.today.iso, hint: T.dateHint(l)),
      FormField(
        id: .kept(.officer), label: T.fieldOfficer(l), kind: .text(maxLength: 120, required: true),
        shown: state.data.officer),
      FormField(id: .kept(.note), label: T.fieldNote(l), kind: .text(maxLength: 1000, required: false)),
      FormField(id: .submit, label: action, kind: .action),
    ]
  }

  /// A field was confirmed: apply it (saving at once where the form edits a record) or keep it
  /// for the form's action.
  static func confirm(_ id: FieldID, _ value: FieldValue, _ state: inout AppState) -> [Effect] {
    guard let editor = state.editor else { return [] }
    switch editor.purpose {
    case .general(let code): return applyField(AllianceField.general, id, value, code, &state)
    case .milestones(let code): return applyField(AllianceField.milestones, id, value, code, &state)
    case .finance(let code): return applyField(AllianceField.finance, id, value, code, &state)
    case .visit(let code, let visitID): return VisitFields.apply(id, value, code, visitID, &state)
    case .advance, .status, .repayment, .disbursement:
      if id == .submit { return StepEditors.submit(&state) }
      keep(id, value, &state)
      return []
    case .household(let code, let householdID):
      return HouseholdEditor.apply(id, value, code, householdID, &state)
    case .rupture, .relink:
      if id == .submit { return RuptureEditors.submit(&state) }
      keep(id, value, &state)
      return []
    case .newAlliance:
      if id == .submit { return NewAllianceEditor.submit(&state) }
      keep(id, value, &state)
      NewAllianceEditor.refresh(&state)
      return []
    }
  }

  /// Keeps a value for the form's action and shows it in its field.
  static func keep(_ id: FieldID, _ value: FieldValue, _ state: inout AppState) {
    state.editor?.values[id] = value
    if let kind = state.fieldKind(id) {
      state.setShown(id, shown(value, kind: kind, language: state.language))
    }
  }

  static func shown(_ value: FieldValue, kind: FieldKind, language: Language = .es) -> String {
    if case .choice(let choices) = kind, case .choice(let id) = value {
      return choices.first { $0.id == id }?.label ?? id
    }
    switch value {
    case .elcsa(let answer): return answer.label(language)
    case .money(let p): return Format.pesos(p, language)
    case .decimal(let d): return Fields.show(d, language)
    default: return Fields.typed(value, language)
    }
  }

  /// Applies one field to an alliance, checks the alliance still follows the rules, and saves it.
  static func applyField(
    _ fields: [AllianceField], _ id: FieldID, _ value: FieldValue, _ code: String, _ state: inout AppState
  ) -> [Effect] {
    guard case .alliance(let key) = id, let descriptor = fields.first(where: { $0.id == key }),
      let before = state.data.alliances[code]
    else { return [] }
    var after = before
    descriptor.apply(&after, value)
    if after == before { return [] }
    return commit(after, before: before, fieldID: id, typed: Fields.typed(value, state.language), &state) {
      state in
      state.setShown(id, descriptor.show(after, state))
    }
  }

  /// Saves `after` if it adds no rule violation to `before`; otherwise puts the typed value back
  /// in the field with the reason.
  static func commit(
    _ after: Alliance, before: Alliance, fieldID: FieldID, typed: String, _ state: inout AppState,
    onSuccess: (inout AppState) -> Void
  ) -> [Effect] {
    let old = Set(
      before.validate(reference: state.data.reference, today: state.data.today).map { $0.message(.en) })
    let new = after.validate(reference: state.data.reference, today: state.data.today).filter {
      !old.contains($0.message(.en))
    }
    if let issue = new.first {
      state.editor?.form.reject(id: fieldID, typed: typed, message: issue.reason(state.language))
      return []
    }
    var saved = after
    saved.stamp = before.stamp.bumped(by: state.author)
    state.data.workspace.edit(saved)
    onSuccess(&state)
    return [.saveAlliance(saved)]
  }
}
