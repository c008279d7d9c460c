import AlianzasDomain

/// The visit form: type, date, officer, the delivery to the buyer, POA progress, the management
/// checklist, observations and a commitment. The visit is created by its first confirmed field.
enum VisitFields {
  static func fields(_ state: AppState, _ a: Alliance, _ visit: Visit?) -> [FormField] {
    let l = state.language
    let delivery = visit?.deliveries.first
    var fields = [
      FormField(
        id: .visit(.kind), label: T.fieldVisitKind(l),
        kind: .choice(VisitKind.allCases.map { FieldKind.Choice(id: $0.rawValue, label: $0.label(l)) }),
        shown: (visit?.kind ?? .tecnica).label(l)),
      FormField(
        id: .visit(.date), label: T.fieldDate(l), kind: .date(notAfter: state.data.today),
        shown: (visit?.date ?? state.data.today).iso),
      FormField(
        id: .visit(.officer), label: T.fieldOfficer(l), kind: .text(maxLength: 120, required: true),
        shown: visit?.officer ?? state.data.officer),
      FormField(
        id: .visit(.kg), label: T.fieldDeliveredKg(l), kind: .decimal(min: 0, max: 1e8),
        shown: Fields.show(delivery?.kg, l)),
      FormField(
        id: .visit(.price), label: T.fieldPricePerKg(l), kind: .money,
        shown: Fields.show(delivery?.pricePerKg ?? a.currentAgreement?.pricePerKg, l)),
      FormField(
        id: .visit(.rejected), label: T.fieldRejectedKg(l), kind: .decimal(min: 0, max: 1e8),
        shown: Fields.show(delivery?.rejectedKg, l)),
      FormField(
        id: .visit(.members), label: T.fieldActiveMembers(l), kind: .integer(min: 0, max: 100_000),
        shown: visit?.activeMembers.map { Format.integer($0, l) } ?? "",
        hint: T.activeMembersHint(l, Format.integer(a.organization.members, l))),
    ]
    for indicator in a.poa {
      let done = visit?.poaProgress.first { $0.indicatorID == indicator.id }?.done ?? indicator.done
      fields.append(
        FormField(
          id: .poa(indicator.id), label: "POA: \(indicator.name)", kind: .decimal(min: 0, max: 1e9),
          shown: Fields.show(done, l),
          hint: T.poaHint(
            l, Fields.show(indicator.scheduled, l), Fields.show(indicator.target, l), indicator.unit))
      )
    }
    let checklist = visit?.checklist ?? ManagementChecklist()
    let checks: [(FieldID.ChecklistItem, T, Bool?)] = [
      (.costs, .checkCosts, checklist.costsKnown), (.books, .checkBooks, checklist.booksUpToDate),
      (.assembly, .checkAssembly, checklist.assemblyHeldLastYear),
      (.cda, .checkCDA, checklist.cdaSessionsAsPlanned),
    ]
    for (id, label, value) in checks {
      fields.append(
        FormField(
          id: .checklist(id), label: label(l), kind: Fields.yesNoUnknown(l), shown: Fields.show(value, l)))
    }
    fields += [
      FormField(
        id: .visit(.observations), label: T.fieldObservations(l),
        kind: .text(maxLength: 4000, required: false),
        shown: visit?.observations ?? ""),
      FormField(
        id: .visit(.commitment), label: T.fieldCommitment(l), kind: .text(maxLength: 1000, required: false),
        shown: visit?.commitments.first?.text ?? ""),
      FormField(
        id: .visit(.due), label: T.fieldDue(l), kind: .date(notAfter: nil),
        shown: Fields.show(visit?.commitments.first?.due)),
    ]
    return fields
  }

  static func apply(
    _ id: FieldID, _ value: FieldValue, _ code: String, _ visitID: RecordID?, _ state: inout AppState
  ) -> [Effect] {
    guard let before = state.data.alliances[code] else { return [] }
    var after = before
    let index: Int
    let identity: [FieldID] = [.visit(.kind), .visit(.date), .visit(.officer)]
    let existing = visitID.flatMap { id in after.visits.firstIndex { $0.id == id } }
    if existing == nil && identity.contains(id) {
      // A new visit exists from its first recorded fact (a delivery, POA progress, a check, a
      // note): its type, date and officer alone wait in the form, and Esc leaves nothing behind.
      state.editor?.values[id] = value
      if let kind = state.fieldKind(id) { state.setShown(id, Editors.shown(value, kind: kind)) }
      state.status = StatusMessage(text: T.visitNeeds(state.language), kind: .info)
      return []
    }
    if let existing {
      index = existing
    } else {
      let newID = "\(state.data.device)-v\(state.now.secondsSinceEpoch)-\(after.visits.count + 1)"
      after.visits.append(
        Visit(
          id: newID, stamp: state.author.stamp, date: state.data.today, officer: state.data.officer,
          kind: .tecnica))
      index = after.visits.count - 1
      // What waited in the form goes in with the first fact.
      for (key, kept) in state.editor?.values ?? [:] {
        switch key {
        case .visit(.kind):
          if let k = Fields.choice(kept).flatMap(VisitKind.init(rawValue:)) { after.visits[index].kind = k }
        case .visit(.date): if let d = Fields.day(kept) { after.visits[index].date = d }
        case .visit(.officer): after.visits[index].officer = Fields.text(kept)
        default: break
        }
      }
      state.editor?.values = [:]
    }
    var visit = after.visits[index]
    func delivery(_ change: (inout Delivery) -> Void) {
      var d =
        visit.deliveries.first
        ?? Delivery(date: visit.date, kg: 0, pricePerKg: after.currentAgreement?.pricePerKg ?? .zero)
      change(&d)
      visit.deliveries = [d]
    }
    switch id {
    case .visit(.kind): if let k = Fields.choice(value).flatMap(VisitKind.init(rawValue:)) { visit.kind = k }
    case .visit(.date):
      if let d = Fields.day(value) {
        visit.date = d
        if !visit.deliveries.isEmpty { visit.deliveries[0].date = d }
      }
    case .visit(.officer): visit.officer = Fields.text(value)
    case .visit(.kg): delivery { $0.kg = Fields.double(value) ?? 0 }
    case .visit(.price): delivery { $0.pricePerKg = Fields.pesos(value) ?? .zero }
    case .visit(.rejected): delivery { $0.rejectedKg = Fields.double(value) ?? 0 }
    case .visit(.members): visit.activeMembers = Fields.int(value)
    case .checklist(.costs): visit.checklist.costsKnown = Fields.bool(value)
    case .checklist(.books): visit.checklist.booksUpToDate = Fields.bool(value)
    case .checklist(.assembly): visit.checklist.assemblyHeldLastYear = Fields.bool(value)
    case .checklist(.cda): visit.checklist.cdaSessionsAsPlanned = Fields.bool(value)
    case .visit(.observations): visit.observations = Fields.text(value)
    case .visit(.commitment):
      let text = Fields.text(value)
      visit.commitments =
        text.isEmpty
        ? [] : [Commitment(text: text, due: visit.commitments.first?.due ?? visit.date.adding(days: 30))]
    case .visit(.due):
      if let d = Fields.day(value), !visit.commitments.isEmpty { visit.commitments[0].due = d }
    case .poa(let indicatorID):
      guard let done = Fields.double(value) else { return [] }
      visit.poaProgress.removeAll { $0.indicatorID == indicatorID }
      visit.poaProgress.append(POAProgress(indicatorID: indicatorID, done: done))
      if let i = after.poa.firstIndex(where: { $0.id == indicatorID }) { after.poa[i].done = done }
    case .alliance, .household, .vulnerable, .survey, .elcsa, .ppi, .kept, .submit:
      return []
    }
    visit.stamp = visit.stamp.bumped(by: state.author)
    after.visits[index] = visit
    let savedID = visit.id
    return Editors.commit(
      after, before: before, fieldID: id, typed: Fields.typed(value, state.language), &state
    ) { state in
      state.editor?.purpose = .visit(code: code, visitID: savedID)
      if let kind = state.fieldKind(id) { state.setShown(id, Editors.shown(value, kind: kind)) }
    }
  }
}
