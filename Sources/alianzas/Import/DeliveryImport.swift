import AlianzasDomain
import AlianzasExport

/// The `deliveries` table: what a visit counted as delivered to the buyer. A delivery has no id
/// of its own: the n-th row of a visit and day is that visit's n-th delivery of the day, so an
/// edited amount updates it and a row imported again finds it unchanged.
struct DeliveryImport: TableImport {
  static let table = "deliveries"
  static let keys = ["alliance_code", "visit_id", "date"]
  static let reads: Set<String> = ["alliance_code", "visit_id", "date", "kg", "rejected_kg", "price_per_kg"]
  static let neededToCreate = ["kg", "price_per_kg"]
  static let fieldColumns = ["kg": "kg", "rejectedKg": "rejected_kg", "pricePerKg": "price_per_kg"]

  /// Rows read so far for each alliance, visit and day.
  private var seen: [String: Int] = [:]

  func key(_ row: ImportRow) -> String? { nil }

  mutating func apply(_ row: inout ImportRow, _ work: ImportWork) -> RowOutcome? {
    let visitID = row.text("visit_id") ?? ""
    var date = Day(ordinal: 0)
    row.day(&date, "date")
    guard row.problems.isEmpty else { return nil }
    let slot = [row.text("alliance_code") ?? "", visitID, date.iso].joined(separator: "\u{1F}")
    let occurrence = seen[slot, default: 0]
    let outcome = Importer.change(&row, work, columns: Self.fieldColumns) { a, row in
      guard let v = Importer.visit(visitID, in: a, &row) else { return nil }
      let sameDay = a.visits[v].deliveries.indices.filter { a.visits[v].deliveries[$0].date == date }
      let index = occurrence < sameDay.count ? sameDay[occurrence] : nil
      if index == nil {
        guard row.canCreate(needing: Self.neededToCreate) else { return nil }
      }
      let original = index.map { a.visits[v].deliveries[$0] }
      var d = original ?? Delivery(date: date, kg: 0, pricePerKg: .zero)
      row.decimal(&d.kg, "kg")
      row.decimal(&d.rejectedKg, "rejected_kg")
      row.pesos(&d.pricePerKg, "price_per_kg")
      if let index {
        let element = "visits[\(v)].deliveries[\(index)]"
        if original == d { return (.unchanged, element) }
        a.visits[v].deliveries[index] = d
        a.visits[v].stamp = a.visits[v].stamp.bumped(by: work.author)
        return (.updated, element)
      }
      a.visits[v].deliveries.append(d)
      return (.created, "visits[\(v)].deliveries[\(a.visits[v].deliveries.count - 1)]")
    }
    if outcome != nil { seen[slot] = occurrence + 1 }
    return outcome
  }
}
