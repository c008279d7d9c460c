import AlianzasDomain

/// Forms that end in an action: a stage step, a status change, a repayment, a disbursement.
enum StepEditors {
  static func submit(_ state: inout AppState) -> [Effect] {
    guard let editor = state.editor else { return [] }
    let l = state.language
    let values = editor.values
    let date = values[.kept(.date)].flatMap(Fields.day) ?? state.data.today
    let officer = values[.kept(.officer)].map(Fields.text) ?? state.data.officer
    let note = values[.kept(.note)].map(Fields.text) ?? ""
    switch editor.purpose {
    case .advance(let code, let stage):
      guard var a = state.data.alliances[code] else { return [] }
      do {
        try Lifecycle.advance(
          &a, to: stage, on: date, officer: officer, note: note, author: state.author, today: state.data.today
        )
      } catch {
        state.modals.append(
          .error(title: T.refusedTitle(l), lines: [error.message(l, target: stage.label(l))]))
        return []
      }
      return done(a, message: T.advanced(l, stage.label(l), date.iso), &state)
    case .status(let code, let status):
      guard var a = state.data.alliances[code] else { return [] }
      do {
        try Lifecycle.setStatus(
          &a, to: status, on: date, officer: officer, note: note, author: state.author,
          today: state.data.today)
      } catch {
        state.modals.append(
          .error(title: T.refusedTitle(l), lines: [error.message(l, target: status.label(l))]))
        return []
      }
      return done(a, message: T.statusChanged(l, status.label(l), date.iso), &state)
    case .repayment(let code):
      guard var a = state.data.alliances[code] else { return [] }
      guard let amount = values[.kept(.amount)].flatMap(Fields.pesos), amount.amount > 0 else {
        state.editor?.form.reject(id: .kept(.amount), typed: "", message: T.amountNeeded(l))
        return []
      }
      a.finance.fund.repayments.append(
        Repayment(id: newID(state, "r", a.finance.fund.repayments.count), date: date, amount: amount))
      a.stamp = a.stamp.bumped(by: state.author)
      return done(a, message: T.repaymentDone(l, Format.pesos(amount, l)), &state)
    case .disbursement(let code):
      guard var a = state.data.alliances[code] else { return [] }
      guard let amount = values[.kept(.amount)].flatMap(Fields.pesos), amount.amount > 0 else {
        state.editor?.form.reject(id: .kept(.amount), typed: "", message: T.amountNeeded(l))
        return []
      }
      let source = values[.kept(.source)].map(Fields.text) ?? ""
      a.finance.disbursements.append(
        Disbursement(
          id: newID(state, "d", a.finance.disbursements.count), date: date, amount: amount, source: source))
      a.stamp = a.stamp.bumped(by: state.author)
      return done(a, message: T.disbursementDone(l, Format.pesos(amount, l)), &state)
    case .general, .milestones, .finance, .visit, .newAlliance, .rupture, .relink, .household:
      // Those forms end in other actions (`Editors.confirm` routes each to its own).
      return []
    }
  }

  /// An id made on this device, unique enough for records of one alliance.
  static func newID(_ state: AppState, _ kind: String, _ count: Int) -> RecordID {
    "\(state.data.device)-\(kind)\(state.now.secondsSinceEpoch)-\(count + 1)"
  }

  static func done(_ alliance: Alliance, message: String, _ state: inout AppState) -> [Effect] {
    state.data.workspace.edit(alliance)
    state.editor = nil
    state.status = StatusMessage(text: message, kind: .info)
    return [.saveAlliance(alliance)]
  }
}
