import AlianzasDomain
import AlianzasExport

/// The `finance_movements` table: co-financing, disbursements, repayments into the revolving
/// fund and the fund's loans. Movements have no id in the table: the n-th row of one kind and day
/// (of one source, for co-financing, which is not dated) is the n-th such movement the alliance
/// has, so an edited amount updates it and a row imported again finds it unchanged.
struct FinanceImport: TableImport {
  static let table = "finance_movements"
  static let keys = ["alliance_code", "movement"]
  static let reads: Set<String> = [
    "alliance_code", "movement", "date", "amount", "source", "outstanding", "overdue",
  ]
  static let fieldColumns = [
    "amount": "amount", "source": "source", "date": "date", "outstanding": "outstanding",
    "overdue": "overdue",
  ]

  private var seen: [String: Int] = [:]

  func key(_ row: ImportRow) -> String? { nil }

  mutating func apply(_ row: inout ImportRow, _ work: ImportWork) -> RowOutcome? {
    var kind = "disbursement"
    if !row.filled("movement") {
      row.problem("movement", .needsValue)
      return nil
    }
    let sheet = row.sheet
    guard let code = sheet.code(row.text("movement") ?? "", "movement", ExportCodeLists.movement) else {
      let text = row.text("movement") ?? ""
      row.problem(
        "movement",
        Localized { ImportText.notACode(text, ImportCell.allowed(ExportCodeLists.movement, $0))($0) })
      return nil
    }
    kind = code
    var date: Day?
    if kind != "cofinancing" {
      guard row.filled("date") else {
        row.problem("date", .needsValue)
        return nil
      }
      row.day(&date, "date")
    }
    guard row.problems.isEmpty else { return nil }
    let allianceCode = row.text("alliance_code") ?? ""
    let place = kind == "cofinancing" ? ImportCell.folded(row.text("source") ?? "") : date?.iso ?? ""
    let slot = [allianceCode, kind, place].joined(separator: "\u{1F}")
    let occurrence = seen[slot, default: 0]
    let id = ImportWork.id(kind, allianceCode, place, String(occurrence))
    let source = row.text("source") ?? ""
    let outcome = Importer.change(&row, work, columns: Self.fieldColumns) { a, row in
      switch kind {
      case "cofinancing":
        let same = a.finance.cofinancing.indices.filter {
          ImportCell.folded(a.finance.cofinancing[$0].source) == place
        }
        return Self.upsert(
          &a.finance.cofinancing, same, occurrence, "finance.cofinancing", &row,
          make: { Cofinancing(source: source, amount: .zero) }
        ) { item, row in
          row.pesos(&item.amount, "amount")
          row.text(&item.source, "source")
        }
      case "disbursement":
        let same = a.finance.disbursements.indices.filter { a.finance.disbursements[$0].date == date }
        return Self.upsert(
          &a.finance.disbursements, same, occurrence, "finance.disbursements", &row,
          make: { Disbursement(id: id, date: date!, amount: .zero, source: "") }
        ) { item, row in
          row.pesos(&item.amount, "amount")
          row.text(&item.source, "source")
        }
      case "repayment":
        let same = a.finance.fund.repayments.indices.filter { a.finance.fund.repayments[$0].date == date }
        return Self.upsert(
          &a.finance.fund.repayments, same, occurrence, "finance.fund.repayments", &row,
          make: { Repayment(id: id, date: date!, amount: .zero) }
        ) { item, row in row.pesos(&item.amount, "amount") }
      default:
        let same = a.finance.fund.loans.indices.filter { a.finance.fund.loans[$0].date == date }
        return Self.upsert(
          &a.finance.fund.loans, same, occurrence, "finance.fund.loans", &row,
          make: { Loan(id: id, date: date!, amount: .zero, outstanding: .zero) }
        ) { item, row in
          row.pesos(&item.amount, "amount")
          row.pesos(&item.outstanding, "outstanding")
          row.pesos(&item.overdue, "overdue")
        }
      }
    }
    if outcome != nil { seen[slot] = occurrence + 1 }
    return outcome
  }

  /// Updates the `occurrence`-th of `same` (the movements of the row's kind and day), or appends
  /// a new one when there are not that many.
  private static func upsert<T: Equatable>(
    _ list: inout [T], _ same: [Int], _ occurrence: Int, _ path: String, _ row: inout ImportRow,
    make: () -> T, read: (inout T, inout ImportRow) -> Void
  ) -> (outcome: RowOutcome, element: String)? {
    if occurrence < same.count {
      let index = same[occurrence]
      var item = list[index]
      read(&item, &row)
      let outcome: RowOutcome = item == list[index] ? .unchanged : .updated
      list[index] = item
      return (outcome, "\(path)[\(index)]")
    }
    guard row.canCreate(needing: ["amount"]) else { return nil }
    var item = make()
    read(&item, &row)
    list.append(item)
    return (.created, "\(path)[\(list.count - 1)]")
  }
}
