import AlianzasDomain

/// CSV files, one per table, each written through a buffer as its rows come.
final class CSVSink: TableSink {
  private let files: [BufferedFile]
  private let columns: [[ExportColumn]]
  private let style: CSVTableWriter.Style

  init(_ tables: [ExportTable], paths: [String], excel: Bool, language: Language) throws {
    style = CSVTableWriter.Style(excel: excel, language: language)
    columns = tables.map(\.columns)
    var files: [BufferedFile] = []
    for (table, path) in zip(tables, paths) {
      let file = try BufferedFile(creating: path)
      try file.append(CSVTableWriter.header(table.columns, excel: excel))
      files.append(file)
    }
    self.files = files
  }

  func append(_ row: [ExportValue], to table: Int) throws {
    let file = files[table]
    file.withBuffer { CSVTableWriter.append(row, columns: columns[table], style: style, to: &$0) }
    try file.flushIfFull()
  }

  func finish() throws -> Int {
    for file in files { try file.close() }
    return 0
  }

  func abort() {}
}
