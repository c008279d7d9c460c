import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasExport

/// Our CSV writer against Python's csv module, on the fields that make CSV hard.
@Suite("CSV as RFC 4180 writes it")
struct CSVTableWriterTests {
  static let awkward = [
    "plain", "with, comma", "with; semicolon", "with \"quotes\"", "two\nlines", "crlf\r\nlines", "",
    "ñandú · 1.234,5",
    "\"", ",", " leading and trailing ",
  ]

  func readBack(_ data: Data, delimiter: String) throws -> [[String]] {
    let file = NSTemporaryDirectory() + "csv-\(UUID().uuidString).csv"
    try data.write(to: URL(fileURLWithPath: file))
    defer { try? FileManager.default.removeItem(atPath: file) }
    let script = """
      import csv, json, sys
      with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
          print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2]))))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, file, delimiter]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let bytes = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return try JSONDecoder().decode([[String]].self, from: bytes)
  }

  @Test(arguments: [false, true])
  func everyFieldComesBackAsWritten(_ excel: Bool) throws {
    let table = ExportTable(
      name: "t", label: Localized(es: "t", en: "t"),
      columns: [
        ExportColumn("text", Localized(es: "Texto", en: "Text"), .text),
        ExportColumn("n", Localized(es: "N", en: "N"), .decimal),
      ],
      rows: Self.awkward.map { [.text($0), .decimal(1234.5)] })
    let data = CSVTableWriter.data(table, excel: excel, language: .es)
    let rows = try readBack(data, delimiter: excel ? ";" : ",")
    #expect(rows.first == ["text", "n"])
    #expect(rows.dropFirst().map { $0[0] } == Self.awkward)
    #expect(rows.dropFirst().allSatisfy { $0[1] == (excel ? "1234,5" : "1234.5") })
    #expect(Array(data.prefix(3)) == (excel ? [0xEF, 0xBB, 0xBF] : Array("tex".utf8)))
  }
}
