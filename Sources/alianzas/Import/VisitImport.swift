import AlianzasDomain
import AlianzasExport

/// The `visits` table: one row per visit to an alliance, by `visit_id`, with the management
/// checklist the study scores. Deliveries come from the `deliveries` table; the POA progress and
/// the commitments of a visit are recorded in the interface and kept as they are.
struct VisitImport: TableImport {
  static let table = "visits"
  static let keys = ["alliance_code", "visit_id"]
  static let reads: Set<String> = [
    "alliance_code", "visit_id", "date", "kind", "officer", "costs_known", "books_up_to_date",
    "assembly_held",
    "cda_sessions_as_planned", "active_members", "observations",
  ]
  static let neededToCreate = ["date", "kind", "officer"]
  static let fieldColumns = [
    "id": "visit_id", "date": "date", "officer": "officer", "observations": "observations",
    "activeMembers": "active_members",
  ]

  func key(_ row: ImportRow) -> String? {
    guard let id = row.text("visit_id"), !id.isEmpty else { return nil }
    return (row.text("alliance_code") ?? "") + "\u{1F}" + id
  }

  mutating func apply(_ row: inout ImportRow, _ work: ImportWork) -> RowOutcome? {
    Importer.change(&row, work, columns: Self.fieldColumns) { a, row in
      let id = row.text("visit_id") ?? ""
      guard !id.isEmpty else {
        row.problem("visit_id", .needsValue)
        return nil
      }
      let index = a.visits.firstIndex { $0.id == id }
      if index == nil {
        guard row.canCreate(needing: Self.neededToCreate) else { return nil }
      }
      let original = index.map { a.visits[$0] }
      var v =
        original ?? Visit(id: id, stamp: work.author.stamp, date: work.today, officer: "", kind: .tecnica)
      row.day(&v.date, "date")
      row.code(&v.kind, "kind", ExportCodeLists.visitKind)
      row.text(&v.officer, "officer")
      row.yesNo(&v.checklist.costsKnown, "costs_known")
      row.yesNo(&v.checklist.booksUpToDate, "books_up_to_date")
      row.yesNo(&v.checklist.assemblyHeldLastYear, "assembly_held")
      row.yesNo(&v.checklist.cdaSessionsAsPlanned, "cda_sessions_as_planned")
      row.whole(&v.activeMembers, "active_members")
      row.text(&v.observations, "observations")
      if let original, let index {
        if original == v { return (.unchanged, "visits[\(index)]") }
        v.stamp = v.stamp.bumped(by: work.author)
        a.visits[index] = v
        return (.updated, "visits[\(index)]")
      }
      a.visits.append(v)
      return (.created, "visits[\(a.visits.count - 1)]")
    }
  }
}
