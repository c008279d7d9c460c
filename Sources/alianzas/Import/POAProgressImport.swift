import AlianzasDomain
import AlianzasExport

/// The `poa_progress` table: what a visit found done of an operating-plan indicator, one row per
/// visit and indicator. The indicator must be in the alliance's plan (the `poa` table).
struct POAProgressImport: TableImport {
  static let table = "poa_progress"
  static let keys = ["alliance_code", "visit_id", "indicator_id"]
  static let reads: Set<String> = ["alliance_code", "visit_id", "indicator_id", "done"]
  static let fieldColumns = ["indicatorID": "indicator_id", "done": "done"]

  func key(_ row: ImportRow) -> String? {
    [row.text("alliance_code") ?? "", row.text("visit_id") ?? "", row.text("indicator_id") ?? ""]
      .joined(separator: "\u{1F}")
  }

  mutating func apply(_ row: inout ImportRow, _ work: ImportWork) -> RowOutcome? {
    Importer.change(&row, work, columns: Self.fieldColumns) { a, row in
      let visitID = row.text("visit_id") ?? "", indicator = row.text("indicator_id") ?? ""
      guard let v = Importer.visit(visitID, in: a, &row) else { return nil }
      guard !indicator.isEmpty else {
        row.problem("indicator_id", .needsValue)
        return nil
      }
      let index = a.visits[v].poaProgress.firstIndex { $0.indicatorID == indicator }
      if index == nil, !row.canCreate(needing: ["done"]) { return nil }
      var p = index.map { a.visits[v].poaProgress[$0] } ?? POAProgress(indicatorID: indicator, done: 0)
      row.decimal(&p.done, "done")
      if let index {
        let element = "visits[\(v)].poaProgress[\(index)]"
        if a.visits[v].poaProgress[index] == p { return (.unchanged, element) }
        a.visits[v].poaProgress[index] = p
        a.visits[v].stamp = a.visits[v].stamp.bumped(by: work.author)
        return (.updated, element)
      }
      a.visits[v].poaProgress.append(p)
      return (.created, "visits[\(v)].poaProgress[\(a.visits[v].poaProgress.count - 1)]")
    }
  }
}
