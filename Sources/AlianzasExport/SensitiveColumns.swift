import AlianzasDomain

/// Columns that hold sensitive data in the sense of Ley 1581 de 2012 (art. 5): ethnic origin
/// (Afro-Colombian, indigenous) and displacement status, which the program treats with the same
/// care. They leave the laptop only when an export names them (`--include-sensitive`), and
/// never in the anonymized research export.
public enum SensitiveColumns {
  public static let names: [String] = ["displaced", "afro_colombian", "indigenous"]

  /// Which of a table's columns an export keeps, and the table as it has them.
  struct Selection: Sendable {
    let keep: [Int]
    let table: ExportTable
    let isAll: Bool

    init(_ table: ExportTable, including: Set<String>) {
      keep = table.columns.indices.filter {
        let name = table.columns[$0].name
        return !SensitiveColumns.names.contains(name) || including.contains(name)
      }
      isAll = keep.count == table.columns.count
      self.table = ExportTable(name: table.name, label: table.label, columns: keep.map { table.columns[$0] })
    }

    func apply(_ row: [ExportValue]) -> [ExportValue] { isAll ? row : keep.map { row[$0] } }
  }

  /// Names given to `--include-sensitive` that are not sensitive columns.
  public static func unknown(_ given: Set<String>) -> [String] { given.subtracting(names).sorted() }
}
