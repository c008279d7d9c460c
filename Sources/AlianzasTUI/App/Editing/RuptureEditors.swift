import AlianzasDomain

/// Recording a rupture of the agreement in force, and a new buyer after one.
enum RuptureEditors {
  static func openRupture(_ state: AppState, code: String, agreementID: RecordID) -> EditorState? {
    let l = state.language
    guard let a = state.data.alliances[code], let g = a.agreements.first(where: { $0.id == agreementID })
    else { return nil }
    var editor = EditorState(
      purpose: .rupture(code: code, agreementID: agreementID), title: T.ruptureTitle(l, g.buyer.name, code),
      fields: [
        FormField(
          id: .kept(.date), label: T.fieldDate(l), kind: .date(notAfter: state.data.today),
          shown: state.data.today.iso),
        FormField(
          id: .kept(.cause), label: T.fieldCause(l),
          kind: .choice(RuptureCause.allCases.map { FieldKind.Choice(id: $0.rawValue, label: $0.label(l)) })),
        FormField(
          id: .kept(.detail), label: T.fieldCauseDetail(l), kind: .text(maxLength: 300, required: false),
          hint: T.causeDetailHint(l)),
        FormField(
          id: .kept(.endedBy), label: T.fieldEndedBy(l),
          kind: .choice(Party.allCases.map { FieldKind.Choice(id: $0.rawValue, label: $0.label(l)) })),
        FormField(id: .kept(.note), label: T.fieldNote(l), kind: .text(maxLength: 1000, required: false)),
        FormField(id: .submit, label: T.ruptureAction(l), kind: .action),
      ])
    editor.values[.kept(.date)] = .date(state.data.today)
    return editor
  }

  static func openRelink(_ state: AppState, code: String, agreementID: RecordID) -> EditorState? {
    let l = state.language
    guard let a = state.data.alliances[code], let g = a.agreements.first(where: { $0.id == agreementID })
    else { return nil }
    var buyers: [String: Buyer] = [:]
    for alliance in state.data.alliances.values {
      for agreement in alliance.agreements { buyers[agreement.buyer.id] = agreement.buyer }
    }
    let choices =
      [FieldKind.Choice(id: "new", label: T.newBuyerChoice(l))]
      + buyers.values.sorted { $0.name.folded < $1.name.folded }.filter { $0.id != g.buyer.id }.map {
        FieldKind.Choice(id: $0.id, label: $0.name)
      }
    var editor = EditorState(
      purpose: .relink(code: code, agreementID: agreementID), title: T.relinkTitleForm(l, code),
      fields: [
        FormField(
          id: .kept(.buyer), label: T.fieldExistingBuyer(l), kind: .choice(choices), shown: choices[0].label,
          hint: T.buyerChoiceHint(l)),
        FormField(
          id: .kept(.newBuyer), label: T.fieldNewBuyer(l), kind: .text(maxLength: 200, required: false)),
        FormField(
          id: .kept(.date), label: T.fieldStart(l), kind: .date(notAfter: state.data.today),
          shown: state.data.today.iso),
        FormField(
          id: .kept(.volume), label: T.fieldVolume(l), kind: .integer(min: 0, max: 100_000_000),
          shown: Format.integer(g.volumeKgPerMonth, l)),
        FormField(
          id: .kept(.price), label: T.fieldPricePerKg(l), kind: .money, shown: Format.pesos(g.pricePerKg, l)),
        FormField(id: .submit, label: T.relinkAction(l), kind: .action),
      ])
    editor.values = [
      .kept(.buyer): .choice("new"), .kept(.date): .date(state.data.today),
      .kept(.volume): .integer(g.volumeKgPerMonth), .kept(.price): .money(g.pricePerKg),
    ]
    return editor
  }

  static func submit(_ state: inout AppState) -> [Effect] {
    guard let editor = state.editor else { return [] }
    let l = state.language
    let v = editor.values
    let date = v[.kept(.date)].flatMap(Fields.day) ?? state.data.today
    switch editor.purpose {
    case .rupture(let code, let agreementID):
      guard var a = state.data.alliances[code] else { return [] }
      guard let cause = v[.kept(.cause)].flatMap(Fields.choice).flatMap(RuptureCause.init(rawValue:)) else {
        state.editor?.form.reject(id: .kept(.cause), typed: "", message: T.fieldRequired(l))
        return []
      }
      guard let party = v[.kept(.endedBy)].flatMap(Fields.choice).flatMap(Party.init(rawValue:)) else {
        state.editor?.form.reject(id: .kept(.endedBy), typed: "", message: T.fieldRequired(l))
        return []
      }
      let rupture = Rupture(
        date: date, cause: cause, causeDetail: v[.kept(.detail)].map(Fields.text) ?? "", endedBy: party,
        notes: v[.kept(.note)].map(Fields.text) ?? "")
      do {
        try a.recordRupture(agreement: agreementID, rupture, author: state.author, today: state.data.today)
      } catch {
        state.editor?.form.reject(
          id: error == .causeDetailMissing ? .kept(.detail) : .kept(.date), typed: "",
          message: error.message(l))
        return []
      }
      return StepEditors.done(a, message: T.ruptureDone(l, code), &state)
    case .relink(let code, let agreementID):
      guard var a = state.data.alliances[code], let old = a.agreements.first(where: { $0.id == agreementID })
      else { return [] }
      let chosen = v[.kept(.buyer)].flatMap(Fields.choice) ?? "new"
      var buyer: Buyer?
      if chosen == "new" {
        let name = v[.kept(.newBuyer)].map(Fields.text) ?? ""
        if !name.isEmpty {
          let kind = state.data.reference.product(id: a.product)?.buyerKind ?? old.buyer.kind
          buyer = Buyer(
            id: "\(state.data.device)-b\(state.now.secondsSinceEpoch)", name: name, nit: "", kind: kind)
        }
      } else {
        buyer = state.data.alliances.values.lazy.flatMap(\.agreements).first { $0.buyer.id == chosen }?.buyer
      }
      guard let buyer else {
        state.editor?.form.reject(
          id: .kept(.newBuyer), typed: "", message: AgreementRefusal.buyerMissing.message(l))
        return []
      }
      let agreement = Agreement(
        id: StepEditors.newID(state, "g", a.agreements.count), stamp: state.author.stamp, buyer: buyer,
        start: date,
        volumeKgPerMonth: v[.kept(.volume)].flatMap(Fields.int) ?? old.volumeKgPerMonth,
        pricePerKg: v[.kept(.price)].flatMap(Fields.pesos) ?? old.pricePerKg,
        quality: old.quality)
      do {
        try a.recordRelink(
          replacing: agreementID, with: agreement, author: state.author, today: state.data.today)
      } catch {
        state.editor?.form.reject(id: .kept(.date), typed: date.iso, message: error.message(l))
        return []
      }
      return StepEditors.done(a, message: T.relinkDone(l, buyer.name, a.daysToRelink(old) ?? 0), &state)
    case .general, .milestones, .finance, .visit, .advance, .status, .repayment, .disbursement, .newAlliance,
      .household:
      // Those forms end in other actions (`Editors.confirm` routes each to its own).
      return []
    }
  }
}
