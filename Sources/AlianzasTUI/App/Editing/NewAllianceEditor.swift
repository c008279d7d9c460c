import AlianzasDomain

/// The short wizard for a new alliance: code, name, location, product, OP and buyer. The
/// alliance is created, at the Convocatoria stage, when the wizard's action is confirmed.
enum NewAllianceEditor {
  static func open(_ state: AppState) -> EditorState {
    let l = state.language
    let departments = state.data.reference.departments.sorted { $0.name.folded < $1.name.folded }
    var editor = EditorState(
      purpose: .newAlliance, title: T.newAllianceTitle(l),
      fields: [
        FormField(
          id: .kept(.department), label: T.fieldDepartment(l),
          kind: .choice(departments.map { FieldKind.Choice(id: $0.code, label: $0.name) })),
        FormField(id: .kept(.municipality), label: T.fieldMunicipality(l), kind: .choice([])),
        FormField(
          id: .kept(.callYear), label: T.fieldCallYear(l),
          kind: .integer(min: 2002, max: state.data.today.year),
          shown: String(state.data.today.year)),
        FormField(
          id: .kept(.code), label: T.fieldCode(l), kind: .text(maxLength: 12, required: true),
          hint: T.codeHint(l)),
        FormField(
          id: .kept(.name), label: T.fieldAllianceName(l), kind: .text(maxLength: 300, required: true)),
        FormField(
          id: .kept(.product), label: T.fieldProduct(l),
          kind: .choice(state.data.reference.products.map { FieldKind.Choice(id: $0.id, label: $0.name(l)) })),
        FormField(
          id: .kept(.organization), label: T.fieldOrganization(l), kind: .text(maxLength: 300, required: true)
        ),
        FormField(id: .kept(.members), label: T.fieldMembers(l), kind: .integer(min: 1, max: 5000)),
        FormField(
          id: .kept(.buyer), label: T.fieldBuyer(l), kind: .text(maxLength: 200, required: false),
          hint: T.buyerHint(l)),
        FormField(id: .submit, label: T.newAllianceAction(l), kind: .action),
      ])
    editor.values[.kept(.callYear)] = .integer(state.data.today.year)
    return editor
  }

  /// Choices that depend on others: municipalities of the department, the next free code.
  static func refresh(_ state: inout AppState) {
    guard var editor = state.editor,
      let department = editor.values[.kept(.department)].flatMap(Fields.choice),
      let dep = state.data.reference.department(code: department)
    else { return }
    if let i = editor.form.fields.firstIndex(where: { $0.id == .kept(.municipality) }) {
      editor.form.fields[i].kind = .choice(
        dep.municipalities.map { FieldKind.Choice(id: "\($0.code)|\($0.name)", label: $0.name) })
    }
    let year = editor.values[.kept(.callYear)].flatMap(Fields.int) ?? state.data.today.year
    if editor.values[.kept(.code)] == nil,
      let i = editor.form.fields.firstIndex(where: { $0.id == .kept(.code) })
    {
      let prefix = "\(dep.abbreviation)-\(year)-"
      let used = state.data.allianceCodes.filter { $0.hasPrefix(prefix) }.compactMap {
        Int($0.dropFirst(prefix.count))
      }
      let next = (used.max() ?? 0) + 1
      editor.form.fields[i].shown =
        prefix + String(repeating: "0", count: max(0, 3 - String(next).count)) + String(next)
    }
    state.editor = editor
  }

  static func submit(_ state: inout AppState) -> [Effect] {
    guard let editor = state.editor else { return [] }
    let l = state.language
    let v = editor.values
    let codeField = editor.form.fields.first { $0.id == .kept(.code) }?.shown ?? ""
    let code = v[.kept(.code)].map(Fields.text) ?? codeField
    func need(_ id: FieldID) -> Bool {
      guard v[id] == nil else { return false }
      state.editor?.form.reject(id: id, typed: "", message: T.fieldRequired(l))
      return true
    }
    let required: [FieldID.KeptValue] = [
      .department, .municipality, .name, .product, .organization, .members,
    ]
    for value in required where need(.kept(value)) { return [] }
    if state.data.allianceCodes.contains(code) {
      state.editor?.form.reject(id: .kept(.code), typed: code, message: T.codeTaken(l, code))
      return []
    }
    let department = v[.kept(.department)].flatMap(Fields.choice)!
    let place = v[.kept(.municipality)].flatMap(Fields.choice)!.split(separator: "|").map(String.init)
    let members = v[.kept(.members)].flatMap(Fields.int) ?? 1
    let today = state.data.today
    let id = "\(state.data.device)-a\(state.now.secondsSinceEpoch)"
    var alliance = Alliance(
      id: id, stamp: state.author.stamp, code: code, name: Fields.text(v[.kept(.name)]!),
      departmentCode: department,
      municipality: Place(code: place[0], name: place.count > 1 ? place[1] : place[0]),
      product: Fields.choice(v[.kept(.product)]!) ?? "",
      callYear: v[.kept(.callYear)].flatMap(Fields.int) ?? today.year,
      consolidationZone: false, oga: "",
      stageHistory: [
        StageEvent(
          stage: .convocatoria, date: today, officer: state.data.officer, note: T.createdNote(l),
          recordedAt: state.now)
      ],
      organization: ProducerOrganization(
        name: Fields.text(v[.kept(.organization)]!), nit: "", members: members, initialMembers: members,
        priorExperience: false),
      finance: Finance(totalValue: .zero, modularIncentive: .zero),
      businessPlan: BusinessPlan(areaHa: 0, projectedYieldKgPerHa: 0, referencePricePerKg: .zero))
    let buyer = v[.kept(.buyer)].map(Fields.text) ?? ""
    if !buyer.isEmpty {
      alliance.agreements = [
        Agreement(
          id: "\(id)-g1", stamp: state.author.stamp,
          buyer: Buyer(id: "\(id)-b1", name: buyer, nit: "", kind: "industria"), start: today,
          volumeKgPerMonth: 0, pricePerKg: .zero, quality: "")
      ]
    }
    if let issue = alliance.validate(reference: state.data.reference, today: today).first {
      let field: FieldID.KeptValue =
        issue.field == "code"
        ? .code
        : (issue.field.hasPrefix("organization")
          ? .organization : (issue.field == "name" ? .name : .municipality))
      state.editor?.form.reject(id: .kept(field), typed: field == .code ? code : "", message: issue.reason(l))
      return []
    }
    state.data.workspace.edit(alliance)
    state.editor = nil
    state.screen = .alliances
    state.alliances.detail = AllianceDetailState(code: code)
    state.status = StatusMessage(text: T.created(l, code), kind: .info)
    return [.saveAlliance(alliance)]
  }
}
