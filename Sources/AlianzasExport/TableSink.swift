import AlianzasDomain

/// Where an export's rows go as they are made, one row at a time into the table it belongs to,
/// so that no format needs the whole store in memory. Each format has one (`CSVSink`,
/// `XLSXSink`, `StatSink`); `ExportWriter` chooses it and owns the temporary names.
protocol TableSink: AnyObject {
  func append(_ row: [ExportValue], to table: Int) throws
  /// Completes every file; returns how many texts a format's limit had to cut.
  func finish() throws -> Int
  /// Gives up: frees what is held and removes any scratch file (the writer removes the rest).
  func abort()
}
