import AlianzasDomain
import AlianzasExport

/// The `ruptures` table: the end of an agreement the store (or the `agreements` file of the same
/// import) already has. Notes and a supervisor's review of a rupture are kept as they were.
struct RuptureImport: TableImport {
  static let table = "ruptures"
  static let keys = ["alliance_code", "agreement_id"]
  static let reads: Set<String> = [
    "alliance_code", "agreement_id", "rupture_date", "cause", "ended_by", "cause_detail",
  ]
  static let neededToCreate = ["rupture_date", "cause", "ended_by"]
  static let fieldColumns = [
    "rupture.date": "rupture_date", "rupture.causeDetail": "cause_detail", "rupture.cause": "cause",
  ]

  func key(_ row: ImportRow) -> String? {
    (row.text("alliance_code") ?? "") + "\u{1F}" + (row.text("agreement_id") ?? "")
  }

  mutating func apply(_ row: inout ImportRow, _ work: ImportWork) -> RowOutcome? {
    Importer.change(&row, work, columns: Self.fieldColumns) { a, row in
      let id = row.text("agreement_id") ?? ""
      guard !id.isEmpty else {
        row.problem("agreement_id", .needsValue)
        return nil
      }
      guard let index = a.agreements.firstIndex(where: { $0.id == id }) else {
        row.problem("agreement_id", .noSuchAgreement(id, a.code))
        return nil
      }
      let original = a.agreements[index].rupture
      if original == nil {
        guard row.canCreate(needing: Self.neededToCreate) else { return nil }
      }
      var r = original ?? Rupture(date: work.today, cause: .other, endedBy: .organization)
      row.day(&r.date, "rupture_date")
      row.code(&r.cause, "cause", ExportCodeLists.cause)
      row.code(&r.endedBy, "ended_by", ExportCodeLists.party)
      row.text(&r.causeDetail, "cause_detail")
      let element = "agreements[\(index)]"
      if r == original { return (.unchanged, element) }
      a.agreements[index].rupture = r
      a.agreements[index].stamp = a.agreements[index].stamp.bumped(by: work.author)
      return (original == nil ? .created : .updated, element)
    }
  }
}
