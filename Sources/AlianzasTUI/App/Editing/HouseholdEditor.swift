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
        id: "group", label: T.fieldGroup(l), kind: groups, shown: (h?.group ?? .beneficiary).label(l)),
      FormField(
        id: "headName", label: T.fieldHeadName(l), kind: .text(maxLength: 200, required: false),
        shown: h?.headName ?? ""),
      FormField(
        id: "document", label: T.fieldDocument(l), kind: .text(maxLength: 20, required: false),
        shown: h?.documentNumber ?? ""),
      FormField(
        id: "village", label: T.fieldVillage(l), kind: .text(maxLength: 200, required: false),
        shown: h?.village ?? ""),
      FormField(
        id: "members", label: T.fieldHouseholdMembers(l), kind: .integer(min: 1, max: 40),
        shown: h.map { String($0.members) } ?? ""),
      FormField(
        id: "minors", label: T.fieldMinors(l), kind: .integer(min: 0, max: 39),
        shown: h.map { String($0.minors) } ?? ""),
    ]
    for group in VulnerableGroup.allCases {
      fields.append(
        FormField(
          id: "v.\(group.rawValue)", label: group.label(l), kind: Fields.yesNo(l),
          shown: Fields.show(h?.vulnerability.contains(group) ?? false, l)))
    }
    fields += [
      FormField(
        id: "trained", label: T.fieldTrained(l), kind: Fields.yesNo(l),
        shown: Fields.show(h?.trained ?? false, l)),
      FormField(
        id: "joined", label: T.fieldJoined(l), kind: .date(notAfter: state.data.today),
        shown: h?.joined?.iso ?? "", hint: T.joinedHint(l)),
    ]
    return EditorState(
      purpose: .household(code: code, householdID: householdID),
      title: h.map { "\(T.householdTitle(l)) \($0.code)" } ?? T.newHouseholdTitle(l, code), fields: fields)
  }

  static func apply(
    _ id: String, _ value: FieldValue, _ code: String, _ householdID: RecordID?, _ state: inout AppState
  ) -> [Effect] {
    let l = state.language
    let roster = state.data.rosters[code] ?? HouseholdRoster(allianceCode: code, households: [])
    var h: Household
    if let householdID, let existing = state.data.household(code, householdID) {
      h = existing
    } else {
      let number = roster.households.count + 1
      let digits = String(number)
      h = Household(
        id: "\(state.data.device)-h\(state.now.secondsSinceEpoch)-\(number)", stamp: state.author.stamp,
        code: "\(code)-H\(String(repeating: "0", count: max(0, 3 - digits.count)))\(digits)",
        group: .beneficiary, headName: "",
        documentNumber: "", village: "", members: 1, minors: 0, trained: false, joined: state.data.today)
    }
    switch id {
    case "group":
      if let g = Fields.choice(value).flatMap(HouseholdGroup.init(rawValue:)) { h.changeGroup(to: g) }
    case "headName": h.headName = Fields.text(value)
    case "document": h.documentNumber = Fields.text(value)
    case "village": h.village = Fields.text(value)
    case "members": h.members = Fields.int(value) ?? h.members
    case "minors": h.minors = Fields.int(value) ?? h.minors
    case "trained": h.trained = Fields.bool(value) ?? h.trained
    case "joined": h.joined = Fields.day(value)
    default:
      guard id.hasPrefix("v."), let group = VulnerableGroup(rawValue: String(id.dropFirst(2))),
        let b = Fields.bool(value)
      else { return [] }
      var set = Set(h.vulnerability)
      if b { set.insert(group) } else { set.remove(group) }
      h.vulnerability = set.sorted()
    }
    if let issue = h.validate(instruments: state.data.instruments, today: state.data.today).first {
      state.editor?.form.reject(id: id, typed: Fields.typed(value), message: issue.reason(l))
      return []
    }
    h.stamp = h.stamp.bumped(by: state.author)
    state.data.workspace.edit(h, alliance: code)
    state.editor?.purpose = .household(code: code, householdID: h.id)
    if let kind = state.fieldKind(id) { state.setShown(id, Editors.shown(value, kind: kind)) }
    if id == "group" { state.setShown("joined", h.joined?.iso ?? "") }
    return [.saveRoster(state.data.rosters[code]!)]
  }
}
