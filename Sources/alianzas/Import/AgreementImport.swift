import AlianzasDomain
import AlianzasExport

/// The `agreements` table: one row per buyer agreement of an alliance, by `agreement_id`. A row
/// without an id makes one from the alliance, the buyer and the start, so importing it again
/// finds the same agreement. The rupture comes from the `ruptures` table; the first agreement,
/// durations and censoring are computed.
struct AgreementImport: TableImport {
  static let table = "agreements"
  static let keys = ["alliance_code", "agreement_id"]
  static let reads: Set<String> = [
    "alliance_code", "agreement_id", "buyer", "buyer_nit", "buyer_kind", "quality", "start_date",
    "volume_kg_month", "price_per_kg", "replaces",
  ]
  static let neededToCreate = ["buyer", "start_date", "volume_kg_month", "price_per_kg"]
  static let fieldColumns = [
    "id": "agreement_id", "buyer.name": "buyer", "start": "start_date", "volumeKgPerMonth": "volume_kg_month",
    "pricePerKg": "price_per_kg", "replaces": "replaces",
  ]

  static func id(_ row: ImportRow) -> String {
    if let id = row.text("agreement_id"), !id.isEmpty { return id }
    let buyer = (row.text("buyer_nit") ?? "").isEmpty ? row.text("buyer") ?? "" : row.text("buyer_nit") ?? ""
    return ImportWork.id("agreement", row.text("alliance_code") ?? "", buyer, row.text("start_date") ?? "")
  }

  func key(_ row: ImportRow) -> String? { (row.text("alliance_code") ?? "") + "\u{1F}" + Self.id(row) }

  mutating func apply(_ row: inout ImportRow, _ work: ImportWork) -> RowOutcome? {
    Importer.change(&row, work, columns: Self.fieldColumns) { a, row in
      let id = Self.id(row)
      let index = a.agreements.firstIndex { $0.id == id }
      if index == nil {
        guard row.canCreate(needing: Self.neededToCreate) else { return nil }
      }
      let original = index.map { a.agreements[$0] }
      var g =
        original
        ?? Agreement(
          id: id, stamp: work.author.stamp, buyer: Buyer(id: "", name: "", nit: "", kind: ""),
          start: work.today, volumeKgPerMonth: 0, pricePerKg: .zero, quality: "")
      row.text(&g.buyer.name, "buyer")
      row.text(&g.buyer.nit, "buyer_nit")
      row.text(&g.buyer.kind, "buyer_kind")
      row.text(&g.quality, "quality")
      row.day(&g.start, "start_date")
      row.whole(&g.volumeKgPerMonth, "volume_kg_month")
      row.pesos(&g.pricePerKg, "price_per_kg")
      row.optionalText(&g.replaces, "replaces")
      if g.buyer != original?.buyer { g.buyer = Self.buyer(g.buyer, in: a) }
      if let original, original == g { return (.unchanged, "agreements[\(index!)]") }
      if let index {
        g.stamp = g.stamp.bumped(by: work.author)
        a.agreements[index] = g
        return (.updated, "agreements[\(index)]")
      }
      a.agreements.append(g)
      return (.created, "agreements[\(a.agreements.count - 1)]")
    }
  }

  /// The buyer as the alliance already knows it (same NIT, or same name when there is no NIT),
  /// keeping its id and kind; else a new buyer whose id comes from its NIT or name.
  static func buyer(_ wanted: Buyer, in a: Alliance) -> Buyer {
    let known = a.agreements.map(\.buyer).first { b in
      wanted.nit.isEmpty ? ImportCell.folded(b.name) == ImportCell.folded(wanted.name) : b.nit == wanted.nit
    }
    if let known {
      return Buyer(
        id: known.id, name: wanted.name, nit: wanted.nit, kind: wanted.kind.isEmpty ? known.kind : wanted.kind
      )
    }
    let id = ImportWork.id("buyer", wanted.nit.isEmpty ? ImportCell.folded(wanted.name) : wanted.nit)
    return Buyer(id: id, name: wanted.name, nit: wanted.nit, kind: wanted.kind)
  }
}
