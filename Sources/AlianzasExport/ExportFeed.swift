import AlianzasDomain

/// What a streamed export hands its rows to: each row checked against its table's width (a table
/// built wrong is refused, never written askew) and passed to the format's sink.
public final class ExportFeed {
  private let sink: any TableSink
  private let tables: [ExportTable]
  /// Rows received per table.
  public private(set) var counts: [Int]

  init(_ sink: any TableSink, tables: [ExportTable]) {
    self.sink = sink
    self.tables = tables
    counts = Array(repeating: 0, count: tables.count)
  }

  public func append(_ row: [ExportValue], to table: Int) throws {
    guard row.count == tables[table].columns.count else {
      throw WriteFailure(
        reason:
          "\(tables[table].name): row \(counts[table] + 1) has \(row.count) values for \(tables[table].columns.count) columns"
      )
    }
    counts[table] += 1
    try sink.append(row, to: table)
  }
}
