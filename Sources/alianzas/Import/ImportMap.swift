import AlianzasDomain

/// `--map FILE`: how a spreadsheet that was not made by an export says things. A CSV (or a
/// workbook) with the columns `from,to` and optionally `column`:
///
/// - a row without `column` renames a header: `Cédula,document_number`;
/// - a row with `column` translates a value of that column: `Beneficiaria,beneficiary,group`.
///
/// Codebook labels in either language ("Ejecución", "Sí") and codes need no map.
struct ImportMap: Sendable {
  /// Header as written (folded) → the codebook's column name.
  var columns: [String: String] = [:]
  /// Codebook column → value as written (folded) → the value to read instead.
  var values: [String: [String: String]] = [:]

  init() {}

  init(path: String, knownColumns: Set<String>) throws(ImportFailure) {
    let input: CSVInput
    do { input = try CSVInput(path: path) } catch { throw ImportFailure(error.text) }
    let file = input.file
    let header = input.header.map { ImportCell.folded($0) }
    guard let from = header.firstIndex(of: "from"), let to = header.firstIndex(of: "to") else {
      throw ImportFailure(ImportText.mapHeader(file).localized)
    }
    let column = header.firstIndex(of: "column")
    for row in 0..<input.rowCount {
      let source = input.text(row, from), target = input.text(row, to)
      let number = input.rowNumber(row)
      guard !source.isEmpty, !target.isEmpty else {
        throw ImportFailure(ImportText.mapRow(file, number).localized)
      }
      let name = column.map { input.text(row, $0) } ?? ""
      if name.isEmpty {
        columns[ImportCell.folded(source)] = target
      } else {
        guard knownColumns.contains(name) else {
          throw ImportFailure(ImportText.mapUnknownColumn(file, number, name).localized)
        }
        values[name, default: [:]][ImportCell.folded(source)] = target
      }
    }
  }
}

/// Why an import cannot start at all: one message, in both languages.
struct ImportFailure: Error {
  var text: Localized
  init(_ text: Localized) { self.text = text }
}
