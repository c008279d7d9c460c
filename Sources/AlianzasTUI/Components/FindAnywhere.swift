import AlianzasDomain

/// The search over everything: every alliance (code, name, department, product) and every
/// household in use (code, head's name, document number, village), in one filterable list.
/// Choosing one opens it where it lives.
enum FindAnywhere {
  static func list(_ state: AppState) -> PickList {
    let l = state.language
    let data = state.data
    var options: [PickOption] = []
    for f in data.engine.figures.values.sorted(by: { $0.code < $1.code }) {
      let department = data.reference.department(code: f.departmentCode)?.name ?? ""
      let product = data.reference.product(id: f.product)?.name(l) ?? f.product
      options.append(
        PickOption(
          label: "\(f.code) · \(f.name) · \(department) · \(product)", action: .alliances(.open(f.code))))
    }
    for code in data.workspace.householdCodes {
      for h in data.workspace.findEntries(code) {
        let document = h.documentNumber.isEmpty ? "" : " · \(T.documentShort(l)) \(h.documentNumber)"
        options.append(
          PickOption(
            label: "\(h.code) · \(h.headName)\(document) · \(h.village)",
            action: .households(.reveal(code: code, id: h.id))))
      }
    }
    return PickList(title: T.findAnywhereTitle(l), options: options)
  }
}
