import AlianzasDomain
import Foundation

/// Stata or SPSS files, one per table. ReadStat must know a file's row count and each text
/// column's width before the first row, so rows wait in a spool beside the file (measured as they
/// come) and are written when the last has arrived.
/// Unchecked: `finish` hands each table to its own thread, and a table's spool, path and widths
/// are read only by that thread.
final class StatSink: TableSink, @unchecked Sendable {
  private let tables: [ExportTable]
  private let paths: [String]
  private let kind: StatFileWriter.Kind
  private let language: Language
  private var spools: [RowSpool] = []
  private var widths: [[Int]]

  init(_ tables: [ExportTable], paths: [String], kind: StatFileWriter.Kind, language: Language) throws {
    self.tables = tables
    self.paths = paths
    self.kind = kind
    self.language = language
    widths = tables.map { Array(repeating: 0, count: $0.columns.count) }
    for (table, path) in zip(tables, paths) {
      do {
        spools.append(try RowSpool(path: path + ".spool", columns: table.columns.count))
      } catch {
        abort()
        throw error
      }
    }
  }

  func append(_ row: [ExportValue], to table: Int) throws {
    StatFileWriter.measure(row, into: &widths[table])
    try spools[table].append(row)
  }

  /// Writes every table's file from its spool, two or more at once: each has its own spool,
  /// file and ReadStat writer, and nothing else is touched until all are done.
  func finish() throws -> Int {
    defer { abort() }
    let results = Parallel.map(Array(tables.indices)) { [self] i -> Result<Int, WriteFailure> in
      do {
        let file = try BufferedFile(creating: paths[i])
        let spool = spools[i]
        let cut = try StatFileWriter.write(
          tables[i], count: spool.count, widths: widths[i], kind: kind, language: language,
          to: file.descriptor
        ) { each in try spool.replay(each) }
        try file.close()
        spool.remove()
        return .success(cut)
      } catch let failure as WriteFailure {
        return .failure(failure)
      } catch {
        return .failure(WriteFailure(reason: "\(error)"))
      }
    }
    return try results.reduce(0) { $0 + (try $1.get()) }
  }

  func abort() { for spool in spools { spool.remove() } }
}
