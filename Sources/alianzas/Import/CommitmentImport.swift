import AlianzasDomain
import AlianzasExport

/// The `commitments` table: what a visit left agreed, with its due date. Like deliveries,
/// commitments have no id: the n-th row of a visit is that visit's n-th commitment, so an edited
/// text updates it and a row imported again finds it unchanged.
struct CommitmentImport: TableImport {
  static let table = "commitments"
  static let keys = ["alliance_code", "visit_id"]
  static let reads: Set<String> = ["alliance_code", "visit_id", "due", "commitment"]
  static let neededToCreate = ["due", "commitment"]
  static let fieldColumns = ["text": "commitment", "due": "due"]

  /// Rows read so far for each alliance and visit.
  private var seen: [String: Int] = [:]

  func key(_ row: ImportRow) -> String? { nil }

  mutating func apply(_ row: inout ImportRow, _ work: ImportWork) -> RowOutcome? {
    let visitID = row.text("visit_id") ?? ""
    let slot = (row.text("alliance_code") ?? "") + "\u{1F}" + visitID
    let occurrence = seen[slot, default: 0]
    let outcome = Importer.change(&row, work, columns: Self.fieldColumns) { a, row in
      guard let v = Importer.visit(visitID, in: a, &row) else { return nil }
      let index = occurrence < a.visits[v].commitments.count ? occurrence : nil
      if index == nil {
        guard row.canCreate(needing: Self.neededToCreate) else { return nil }
      }
      let original = index.map { a.visits[v].commitments[$0] }
      var c = original ?? Commitment(text: "", due: a.visits[v].date)
      row.day(&c.due, "due")
      row.text(&c.text, "commitment")
      if let index {
        let element = "visits[\(v)].commitments[\(index)]"
        if original == c { return (.unchanged, element) }
        a.visits[v].commitments[index] = c
        a.visits[v].stamp = a.visits[v].stamp.bumped(by: work.author)
        return (.updated, element)
      }
      a.visits[v].commitments.append(c)
      return (.created, "visits[\(v)].commitments[\(a.visits[v].commitments.count - 1)]")
    }
    if outcome != nil { seen[slot] = occurrence + 1 }
    return outcome
  }
}
