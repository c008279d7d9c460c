import AlianzasDomain
import AlianzasExport
import AlianzasStore
import Foundation
import Testing

@testable import alianzas

/// Damaged spreadsheets for every importable table, read in process the way `alianzas import`
/// reads them: each is refused as a whole with a message naming the file, or read to the end
/// with every refused row named by file, row and (when a cell is at fault) column. Bounded for
/// `swift test`; ALIANZAS_FUZZ_CASES raises it (the reliability run uses 10,000).
@Suite("Fuzzed import files")
struct ImportFuzzTests {
  static let cases = Int(ProcessInfo.processInfo.environment["ALIANZAS_FUZZ_CASES"] ?? "") ?? 240

  /// Bytes a spreadsheet damages a file with: separators, quotes, line ends, signs, marks,
  /// a lone continuation byte and a Latin-1 é.
  static let noise: [[UInt8]] = [
    [0x3B], [0x2C], [0x22], [0x0A], [0x0D, 0x0A], [0x2D], [0x2E], [0x30], [0x39], [0x80], [0xE9],
    Array("Sí".utf8), Array("31/02/2013".utf8), Array("1e999".utf8), Array("9999999999999999999".utf8),
    Array("XXX-2000-001".utf8), [],
  ]

  @Test func damagedFilesAreNamedNeverCrash() throws {
    let source = ImportTests.source
    let (reference, instruments) = (try ReferenceData.embedded(), try Instruments.embedded())
    let store = try FileStore.open(
      at: source.store, mode: .read, officer: "fuzz", now: Timestamp(secondsSinceEpoch: 1_700_000_000))
    var bases: [String: [UInt8]] = [:]
    for table in ImportTests.tables {
      let text = try String(contentsOfFile: source.csv + "/" + table + ".csv", encoding: .utf8)
      bases[table] = Array(text.split(separator: "\r\n").prefix(30).joined(separator: "\r\n").utf8)
    }
    var random = SeededGenerator(seed: 26)
    var refusedFiles = 0, refusedRows = 0
    for i in 0..<Self.cases {
      let table = ImportTests.tables[i % ImportTests.tables.count]
      var bytes = bases[table]!
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let at = Int.random(in: 0..<max(1, bytes.count), using: &random)
        let end = min(bytes.count, at + Int.random(in: 0...12, using: &random))
        bytes.replaceSubrange(at..<end, with: Self.noise.randomElement(using: &random)!)
      }
      let file = "f\(i).csv"
      let input: CSVInput
      do { input = try CSVInput(bytes: bytes, file: file) } catch {
        #expect(error.message(.es).contains(file), "case \(i): \(error.message(.es))")
        refusedFiles += 1
        continue
      }
      let work = ImportWork(
        store: store, reference: reference, instruments: instruments, today: store.today,
        author: Author(device: "fuzz", officer: "fuzz", at: Timestamp(secondsSinceEpoch: 1_700_000_000)))
      var importer = tableImport(table)
      let empty = AlianzasExport.ExportSource(
        alliances: [], rosters: [], instruments: instruments, reference: reference, today: store.today)
      let columns = AlianzasExport.ExportTables.table(table, empty, language: .es)?.columns ?? []
      let sheet = ImportSheet(
        input: input, map: ImportMap(), columns: columns, reads: type(of: importer).reads,
        keys: type(of: importer).keys)
      guard sheet.problems.isEmpty else {
        for p in sheet.problems { #expect(p.line(file: file, .es).hasPrefix(file + ":")) }
        refusedFiles += 1
        continue
      }
      var results = [Importer.run(&importer, sheet, work) { _, _ in }]
      Importer.settle(work.finish(), into: &results)
      for (row, problems) in results[0].rejected {
        #expect(!problems.isEmpty, "case \(i): row \(row) refused without a reason")
        for p in problems {
          let line = p.line(file: file, .en)
          #expect(line.hasPrefix("\(file):\(input.rowNumber(row))"), "case \(i): \(line)")
          #expect(!p.reason(.en).isEmpty && !p.reason(.es).isEmpty)
        }
        refusedRows += 1
      }
    }
    #expect(refusedFiles + refusedRows > 0, "the damage never showed")
  }
}
