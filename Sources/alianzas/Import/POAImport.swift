import AlianzasDomain
import AlianzasExport

/// The `poa` table: the alliance's annual operating plan, one row per indicator by
/// `indicator_id`, with its target, what was scheduled to date and what is done.
struct POAImport: TableImport {
  static let table = "poa"
  static let keys = ["alliance_code", "indicator_id"]
  static let reads: Set<String> = [
    "alliance_code", "indicator_id", "component", "name", "unit", "target", "scheduled", "done",
  ]
  static let neededToCreate = ["name", "target"]
  static let fieldColumns = [
    "name": "name", "target": "target", "scheduled": "scheduled", "done": "done",
  ]

  func key(_ row: ImportRow) -> String? {
    guard let id = row.text("indicator_id"), !id.isEmpty else { return nil }
    return (row.text("alliance_code") ?? "") + "\u{1F}" + id
  }

  mutating func apply(_ row: inout ImportRow, _ work: ImportWork) -> RowOutcome? {
    Importer.change(&row, work, columns: Self.fieldColumns) { a, row in
      let id = row.text("indicator_id") ?? ""
      guard !id.isEmpty else {
        row.problem("indicator_id", .needsValue)
        return nil
      }
      let index = a.poa.firstIndex { $0.id == id }
      if index == nil {
        guard row.canCreate(needing: Self.neededToCreate) else { return nil }
      }
      var p =
        index.map { a.poa[$0] }
        ?? POAIndicator(id: id, component: "", name: "", unit: "", target: 0, scheduled: 0, done: 0)
      row.text(&p.component, "component")
      row.text(&p.name, "name")
      row.text(&p.unit, "unit")
      row.decimal(&p.target, "target")
      row.decimal(&p.scheduled, "scheduled")
      row.decimal(&p.done, "done")
      if let index {
        let outcome: RowOutcome = a.poa[index] == p ? .unchanged : .updated
        a.poa[index] = p
        return (outcome, "poa[\(index)]")
      }
      a.poa.append(p)
      return (.created, "poa[\(a.poa.count - 1)]")
    }
  }
}
