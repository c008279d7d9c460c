import AlianzasDomain

/// A household's roster entry. Personal data (name, document number) is asked here only.
enum HouseholdEditor {
  static func open(_ state: AppState, code: String, householdID: RecordID?) -> EditorState? {
    let l = state.language
    let h = householdID.flatMap { state.data.household(code, $0) }
    let groups = FieldKind.choice(
      HouseholdGroup.allCases.map { FieldKind.Choice(id: $0.rawValue, label: $0.label(l)) })
    var fields = [
      FormField(
        id: .household(.group), label: T.fieldGroup(l), kind: groups,
        shown: (h?.group ?? .beneficiary).label(l)),
      FormField(
        id: .household(.headName), label: T.fieldHeadName(l) + " *",
        kind: .text(maxLength: 200, required: true),
        shown: h?.headName ?? ""),
      FormField(
        id: .household(.document), label: T.fieldDocument(l), kind: .text(maxLength: 20, required: false),
        shown: h?.documentNumber ?? ""),
      FormField(
        id: .household(.village), label: T.fieldVillage(l), kind: .text(maxLength: 200, required: false),
        shown: h?.village ?? ""),
      FormField(
        id: .household(.members), label: T.fieldHouseholdMembers(l) + " *", kind: .integer(min: 1, max: 40),
        shown: h.map { String($0.members) } ?? ""),
      FormField(
        id: .household(.minors), label: T.fieldMinors(l), kind: .integer(min: 0, max: 39),
        shown: h.map { String($0.minors) } ?? ""),
    ]
    let means = FieldKind.choice(
      Authorization.Means.allCases.map { FieldKind.Choice(id: $0.rawValue, label: $0.label(l)) })
    let consent = h?.authorization
    fields += [
      FormField(
        id: .household(.consentDate), label: T.fieldConsentDate(l), kind: .date(notAfter: state.data.today),
        shown: consent?.date.iso ?? "", hint: T.consentDateHint(l)),
      FormField(
        id: .household(.consentMeans), label: T.fieldConsentMeans(l), kind: means,
        shown: consent?.means.label(l) ?? ""),
      FormField(
        id: .household(.consentSensitive), label: T.fieldConsentSensitive(l), kind: Fields.yesNo(l),
        shown: consent.map { Fields.show($0.covers(.sensitiveData), l) } ?? ""),
      FormField(
        id: .household(.consentResearch), label: T.fieldConsentResearch(l), kind: Fields.yesNo(l),
        shown: consent.map { Fields.show($0.covers(.research), l) } ?? ""),
    ]
    // Ethnic origin and displacement: sensitive (Ley 1581, art. 5), optional to answer.
    for group in VulnerableGroup.allCases {
      fields.append(
        FormField(
          id: .vulnerable(group), label: group.label(l) + T.sensitiveMark(l), kind: Fields.yesNo(l),
          shown: Fields.show(h?.vulnerability.contains(group) ?? false, l), hint: T.sensitiveHint(l)))
    }
    fields += [
      FormField(
        id: .household(.trained), label: T.fieldTrained(l), kind: Fields.yesNo(l),
        shown: Fields.show(h?.trained ?? false, l)),
      FormField(
        id: .household(.joined), label: T.fieldJoined(l), kind: .date(notAfter: state.data.today),
        shown: h?.joined?.iso ?? "", hint: T.joinedHint(l)),
    ]
    return EditorState(
      purpose: .household(code: code, householdID: householdID),
      title: h.map { "\(T.householdTitle(l)) \($0.code)" } ?? T.newHouseholdTitle(l, code), fields: fields)
  }

  /// What a new household must have before it exists: until both are confirmed the form keeps
  /// what was typed and nothing reaches the roster, its totals or its history.
  static let required: [FieldID] = [.household(.headName), .household(.members)]

  static func apply(
    _ id: FieldID, _ value: FieldValue, _ code: String, _ householdID: RecordID?, _ state: inout AppState
  ) -> [Effect] {
    let l = state.language
    if let householdID, var h = state.data.household(code, householdID) {
      if let refusal = consentRefusal(h, id, value, l) {
        state.editor?.form.reject(id: id, typed: Fields.typed(value, l), message: refusal)
        return []
      }
      guard change(&h, id, value, officer: state.data.officer) else { return [] }
      return commit(h, id, value, code, &state)
    }
    // A new household: kept in the form until its required fields are confirmed.
    guard var editor = state.editor else { return [] }
    editor.values[id] = value
    state.editor = editor
    var h = newHousehold(code, &state)
    for field in editor.form.fields {
      if let v = editor.values[field.id] { _ = change(&h, field.id, v, officer: state.data.officer) }
    }
    if let refusal = consentRefusal(h, id, value, l) {
      editor.values[id] = nil
      state.editor = editor
      state.editor?.form.reject(id: id, typed: Fields.typed(value, l), message: refusal)
      return []
    }
    if let kind = state.fieldKind(id) { state.setShown(id, Editors.shown(value, kind: kind)) }
    if id == .household(.group) { state.setShown(.household(.joined), h.joined?.iso ?? "") }
    let missing = required.filter { editor.values[$0].map { $0 == .empty } ?? true }
    guard missing.isEmpty else {
      let names = editor.form.fields.filter { missing.contains($0.id) }.map {
        $0.label.replacingAll(" *", with: "")
      }
      state.status = StatusMessage(text: T.householdNeeds(l, names.joined(separator: ", ")), kind: .info)
      return []
    }
    state.editor?.values = [:]
    let effects = commit(h, id, value, code, &state)
    if !effects.isEmpty { state.status = StatusMessage(text: T.householdCreated(l, h.code), kind: .info) }
    return effects
  }

  static func newHousehold(_ code: String, _ state: inout AppState) -> Household {
    let roster = state.data.rosters[code] ?? HouseholdRoster(allianceCode: code, households: [])
    let number = roster.households.count + 1
    let digits = String(number)
    return Household(
      id: "\(state.data.device)-h\(state.now.secondsSinceEpoch)-\(number)", stamp: state.author.stamp,
      code: "\(code)-H\(String(repeating: "0", count: max(0, 3 - digits.count)))\(digits)",
      group: .beneficiary, headName: "",
      documentNumber: "", village: "", members: 1, minors: 0, trained: false, joined: state.data.today)
  }

  /// What the law asks before a value is taken: a sensitive fact only under an authorization
  /// that covers sensitive data, and the authorization's details only once it has a date.
  static func consentRefusal(_ h: Household, _ id: FieldID, _ value: FieldValue, _ l: Language) -> String? {
    switch id {
    case .vulnerable:
      guard Fields.bool(value) == true, !h.authorizesSensitive else { return nil }
      return ConsentIssue.noSensitiveAuthorization.reason(l)
    case .household(.consentMeans), .household(.consentSensitive), .household(.consentResearch):
      return h.authorization == nil ? T.consentFirst(l) : nil
    default: return nil
    }
  }

  /// Puts one confirmed value into the household; false when the field is not the household's.
  /// `officer` signs an authorization recorded now.
  static func change(_ h: inout Household, _ id: FieldID, _ value: FieldValue, officer: String) -> Bool {
    switch id {
    case .household(.consentDate):
      guard let day = Fields.day(value) else {
        h.authorization = nil
        return true
      }
      var authorization = h.authorization ?? Authorization(date: day, officer: officer)
      authorization.date = day
      h.authorization = authorization
    case .household(.consentMeans):
      guard let means = Fields.choice(value).flatMap(Authorization.Means.init(rawValue:)) else {
        return false
      }
      h.authorization?.means = means
    case .household(.consentSensitive), .household(.consentResearch):
      guard let flag = Fields.bool(value), var authorization = h.authorization else { return false }
      let scope: Authorization.Scope = id == .household(.consentSensitive) ? .sensitiveData : .research
      var set = Set(authorization.scope)
      if flag { set.insert(scope) } else { set.remove(scope) }
      authorization.scope = set.sorted()
      h.authorization = authorization
    case .household(.group):
      if let g = Fields.choice(value).flatMap(HouseholdGroup.init(rawValue:)) { h.changeGroup(to: g) }
    case .household(.headName): h.headName = Fields.text(value)
    case .household(.document): h.documentNumber = Fields.text(value)
    case .household(.village): h.village = Fields.text(value)
    case .household(.members): h.members = Fields.int(value) ?? h.members
    case .household(.minors): h.minors = Fields.int(value) ?? h.minors
    case .household(.trained): h.trained = Fields.bool(value) ?? h.trained
    case .household(.joined): h.joined = Fields.day(value)
    case .vulnerable(let group):
      guard let b = Fields.bool(value) else { return false }
      var set = Set(h.vulnerability)
      if b { set.insert(group) } else { set.remove(group) }
      h.vulnerability = set.sorted()
    case .alliance, .visit, .poa, .checklist, .survey, .elcsa, .ppi, .kept, .submit:
      return false
    }
    return true
  }

  /// Checks the household against the rules and saves it; a value that breaks one is put back.
  static func commit(
    _ household: Household, _ id: FieldID, _ value: FieldValue, _ code: String, _ state: inout AppState
  ) -> [Effect] {
    var h = household
    if let issue = h.validate(instruments: state.data.instruments, today: state.data.today).first {
      state.editor?.form.reject(
        id: id, typed: Fields.typed(value, state.language), message: issue.reason(state.language))
      return []
    }
    h.stamp = h.stamp.bumped(by: state.author)
    state.data.workspace.edit(h, alliance: code)
    state.editor?.purpose = .household(code: code, householdID: h.id)
    if let kind = state.fieldKind(id) { state.setShown(id, Editors.shown(value, kind: kind)) }
    if id == .household(.group) { state.setShown(.household(.joined), h.joined?.iso ?? "") }
    if id == .household(.consentDate) {
      // An authorization recorded (or removed) now: its details show what it holds.
      let l = state.language
      let consent = h.authorization
      state.setShown(.household(.consentMeans), consent?.means.label(l) ?? "")
      state.setShown(
        .household(.consentSensitive), consent.map { Fields.show($0.covers(.sensitiveData), l) } ?? "")
      state.setShown(.household(.consentResearch), consent.map { Fields.show($0.covers(.research), l) } ?? "")
    }
    return [.saveRoster(state.data.rosters[code]!)]
  }
}
