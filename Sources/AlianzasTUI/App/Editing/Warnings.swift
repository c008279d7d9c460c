import AlianzasDomain

/// Plausibility warnings in the alliance forms: each open warning shows next to its field, and
/// `!` on that field confirms the value; the confirmation is saved in the alliance with who and
/// when, and holds until the figures change. The rules are the domain's; this only places them.
enum Warnings {
  /// The alliance an open form edits, and the visit it is on, when it edits one.
  static func subject(_ purpose: EditorPurpose) -> (code: String, visitID: RecordID?)? {
    switch purpose {
    case .general(let code), .finance(let code), .disbursement(let code): (code, nil)
    case .visit(let code, let visitID): (code, visitID)
    default: nil
    }
  }

  /// The open warning for one form field, if there is one.
  static func warning(for id: FieldID, _ a: Alliance, visitID: RecordID?, _ state: AppState)
    -> PlausibilityWarning?
  {
    a.openWarnings(state.data.reference.plausibility).first { w in
      switch id {
      case .alliance(let key): return w.subject.isEmpty && w.field == key
      case .visit(.kg): return w.field == "visit.kg" && w.subject == visitID
      case .visit(.price): return w.field == "visit.price" && w.subject == visitID
      default: return false
      }
    }
  }

  /// Puts each field's open warning (or none) on the open form.
  static func refresh(_ state: inout AppState) {
    guard var editor = state.editor, let (code, visitID) = subject(editor.purpose),
      let a = state.data.alliances[code]
    else { return }
    for i in editor.form.fields.indices {
      editor.form.fields[i].warning = warning(for: editor.form.fields[i].id, a, visitID: visitID, state)?
        .message(state.language)
    }
    state.editor = editor
  }

  /// `!` on a field with a warning: the value is confirmed as it is, and that is recorded.
  static func confirm(_ id: FieldID, _ state: inout AppState) -> [Effect] {
    guard let editor = state.editor, let (code, visitID) = subject(editor.purpose),
      var a = state.data.alliances[code], let w = warning(for: id, a, visitID: visitID, state)
    else { return [] }
    a.plausibilityConfirmed =
      (a.plausibilityConfirmed ?? []) + [
        PlausibilityConfirmation(
          rule: w.rule, subject: w.subject, fingerprint: w.fingerprint, by: state.data.officer,
          date: state.data.today)
      ]
    a.stamp = a.stamp.bumped(by: state.author)
    state.data.workspace.edit(a)
    refresh(&state)
    state.status = StatusMessage(text: state.t(.warningConfirmed, state.data.officer), kind: .info)
    return [.saveAlliance(a)]
  }
}
