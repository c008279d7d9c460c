import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasExport

/// The pieces that let an export stream: the spool that holds rows for Stata and SPSS, Excel's
/// row limit, and a failure in the middle of a stream.
@Suite("Streamed exports")
struct StreamedExportTests {
  func folder() throws -> String {
    let path = NSTemporaryDirectory() + "streamed-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func aSpoolGivesBackEveryValueInOrder() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    // Long texts push the rows across the reader's buffer many times over.
    let long = String(repeating: "ñandú · ", count: 400)
    let rows: [[ExportValue]] = (0..<6000).map { i in
      [
        .integer(Int64(i) * -3_000_000_007), .decimal(Double(i) / 7), .text(i % 5 == 0 ? long : "t\(i)"),
        .date(Day(ordinal: i - 3000)), .code(Int32(i % 4) - 1), .missing, .text(""),
      ]
    }
    let spool = try RowSpool(path: dir + "/s", columns: 7)
    for row in rows { try spool.append(row) }
    var back: [[ExportValue]] = []
    try spool.replay { back.append($0) }
    #expect(spool.count == rows.count)
    #expect(back == rows)
    spool.remove()
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
  }

  @Test func aTableLongerThanASheetGoesOnInTheNext() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let table = ExportTable(
      name: "answers", label: Localized(es: "Respuestas", en: "Answers"),
      columns: [ExportColumn("n", Localized(es: "N", en: "N"), .integer)],
      rows: (1...11).map { [.integer(Int64($0))] })
    var writer = ExportWriter(format: .xlsx, language: .es)
    writer.sheetRows = 5
    _ = try writer.write([table], to: dir + "/book.xlsx")
    let script = """
      import openpyxl, sys
      book = openpyxl.load_workbook(sys.argv[1], read_only=True)
      for name in book.sheetnames:
          rows = list(book[name].iter_rows(values_only=True))
          print(name, rows[0][0], " ".join(str(r[0]) for r in rows[1:]))
      """
    let out = try python(script, dir + "/book.xlsx")
    // The first part where it was; the rest after the codebook (sheets are added as rows come).
    let lines = out.split(separator: "\n").map(String.init)
    #expect(lines.map { $0.split(separator: " ")[0] } == ["answers", "codebook", "answers_2", "answers_3"])
    #expect(lines[0] == "answers n 1 2 3 4")
    #expect(lines[2] == "answers_2 n 5 6 7 8")
    #expect(lines[3] == "answers_3 n 9 10 11")
  }

  @Test(arguments: [ExportFormat.csv, .xlsx, .dta, .sav])
  func aRowThatDoesNotFitStopsTheExportAndLeavesNothing(_ format: ExportFormat) throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let schema = [
      ExportTable(
        name: "t", label: Localized(es: "T", en: "T"),
        columns: [
          ExportColumn("a", Localized(es: "A", en: "A"), .text),
          ExportColumn("b", Localized(es: "B", en: "B"), .integer),
        ])
    ]
    let writer = ExportWriter(format: format, language: .en)
    #expect {
      _ = try writer.write(schema: schema, to: dir + "/out") { feed in
        for i in 0..<1000 { try feed.append([.text("row \(i)"), .integer(Int64(i))], to: 0) }
        try feed.append([.text("short")], to: 0)
      }
    } throws: { error in
      guard case .cannotWrite(_, let reason) = error as? ExportWriter.Problem else { return false }
      return reason.contains("row 1001") && reason.contains("1 values for 2 columns")
    }
    // No file, no folder, no spool, no temporary name.
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == [])
  }

  func python(_ script: String, _ argument: String) throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let process = Process()
    process.executableURL = root.appendingPathComponent(".venv/bin/python3")
    process.arguments = ["-c", script, argument]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let bytes = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return String(decoding: bytes, as: UTF8.self)
  }
}
