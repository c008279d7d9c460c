import AlianzasDomain
import Foundation
import Testing
import ZIPFoundation

@testable import alianzas

/// Researchers' tables as they come: Excel workbooks written by programs that are not ours
/// (openpyxl; a workbook with shared and rich-text strings built part by part as Excel writes
/// them; our own export through libxlsxwriter) and CSVs saved by Spanish Excel in Windows-1252.
/// Each is read to the same analysis as the same table in UTF-8 CSV, or refused in one line.
@Suite("Workbooks and Windows-1252 tables read for analysis")
struct WorkbookInputTests {
  static let csv = """
    dias,ruptura,grupo,experiencia,socios
    120,1,Café,1,3.5
    400,0,Caribe «norte»,0,1.25
    75,1,Café,1,0.5
    300,1,Pacífico,0,2
    510,0,Caribe «norte»,1,4.75
    33,1,Pacífico,0,1
    210,1,Café,0,2.5
    640,0,Pacífico,1,3

    """

  static func analysis(_ file: String, _ extra: [String] = []) throws -> CLIRun {
    try alianzas(
      [
        "analyze", "survival", "--json", "--csv", file, "--time", "dias", "--event", "ruptura", "--group",
        "grupo", "--covariates", "experiencia,socios",
      ] + extra)
  }

  /// A new empty folder for one test's files (the test removes it).
  static func scratchFolder(_ name: String = #function) throws -> String {
    let folder = temporaryFolder(name)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  func python(_ script: String, _ arguments: [String]) throws {
    let result = try run(readerPython, ["-c", script] + arguments)
    #expect(result.status == 0, "\(result.err)")
  }

  @Test func anOpenpyxlWorkbookAnalysesAsItsCSV() throws {
    let folder = try Self.scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Self.csv.write(toFile: folder + "/t.csv", atomically: true, encoding: .utf8)
    try python(
      """
      import csv, sys, openpyxl
      wb = openpyxl.Workbook(); first = wb.active; first.title = "Notas"; first["A1"] = "léame"
      ws = wb.create_sheet("Datos")
      for row in csv.reader(open(sys.argv[1], encoding="utf-8")):
          ws.append([float(c) if c.replace(".", "").isdigit() else c for c in row])
      wb.save(sys.argv[2])
      """, [folder + "/t.csv", folder + "/t.xlsx"])
    let expected = try Self.analysis(folder + "/t.csv")
    #expect(expected.status == 0, "\(expected.err)")
    let read = try Self.analysis(folder + "/t.xlsx", ["--sheet", "Datos"])
    #expect(read.status == 0, "\(read.err)")
    #expect(read.out == expected.out)
    #expect(read.out.contains("Caribe «norte»"))
    // The first sheet is the default, and a missing one is named with the ones there are.
    let first = try Self.analysis(folder + "/t.xlsx")
    #expect(first.status != 0 && first.err.contains("t.xlsx") && first.err.contains("dias"), "\(first.err)")
    let missing = try Self.analysis(folder + "/t.xlsx", ["--sheet", "Hoja1", "--lang", "en"])
    #expect(missing.err.contains("there is no sheet «Hoja1»; the sheets are: Notas, Datos"), "\(missing.err)")
  }

  /// openpyxl's write-only mode puts a whole sheet on one line: 60,000 rows are 20 MB, past the
  /// 10 MB that libxml2 looks ahead when given the data at once (it called the sheet damaged).
  @Test func aLargeSheetOnOneLineAnalysesAsItsCSV() throws {
    let folder = try Self.scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try python(
      """
      import random, sys, openpyxl
      random.seed(7)
      rows = [["dias", "ruptura", "grupo", "experiencia", "socios"]]
      for _ in range(60000):
          rows.append([random.randint(1, 2000), random.randint(0, 1), random.choice(["Café", "Cacao", "Leche"]),
                       random.randint(0, 1), round(random.random() * 9, 2)])
      with open(sys.argv[1], "w", encoding="utf-8") as f:
          f.write("\\n".join(",".join(str(c) for c in row) for row in rows) + "\\n")
      wb = openpyxl.Workbook(write_only=True); ws = wb.create_sheet("datos")
      for row in rows:
          ws.append(row)
      wb.save(sys.argv[2])
      """, [folder + "/big.csv", folder + "/big.xlsx"])
    let expected = try Self.analysis(folder + "/big.csv")
    #expect(expected.status == 0, "\(expected.err)")
    let read = try Self.analysis(folder + "/big.xlsx")
    #expect(read.status == 0, "\(read.err)")
    #expect(read.out == expected.out)
  }

  /// Shared strings (one with rich-text runs and a phonetic run), a row the sheet skips, cells
  /// without references and a bad number, as Excel writes them.
  @Test func sharedAndRichStringsAndExcelsRowNumbers() throws {
    let folder = try Self.scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try python(
      """
      import sys, zipfile
      parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "xl/workbook.xml": '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Hoja1" sheetId="1" r:id="rId7"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="worksheet" Target="worksheets/hoja.xml"/></Relationships>',
        "xl/sharedStrings.xml": '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>dias</t></si><si><t>ruptura</t></si><si><t>grupo</t></si><si><r><rPr><b/></rPr><t>Caf</t></r><r><t>é</t></r><rPh><t>X</t></rPh></si><si><t xml:space="preserve"> Otro &amp; más</t></si><si><t>cinco</t></si></sst>',
        "xl/worksheets/hoja.xml": '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          + '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
          + '<row r="2"><c r="A2"><v>120</v></c><c r="B2"><v>1</v></c><c r="C2" t="s"><v>3</v></c></row>'
          + '<row r="4"><c><v>400</v></c><c><v>0</v></c><c t="s"><v>4</v></c></row>'
          + '<row r="5"><c r="A5"><v>75</v></c><c r="B5" t="b"><v>1</v></c><c r="C5" t="inlineStr"><is><t>Café</t></is></c></row>'
          + '<row r="6"><c r="A6" t="s"><v>5</v></c><c r="B6"><v>1</v></c><c r="C6" t="s"><v>4</v></c></row>'
          + '</sheetData></worksheet>',
      }
      with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
          for name, text in parts.items():
              z.writestr(name, text)
      """, [folder + "/excel.xlsx"])
    let sheet = try XLSXSheet(path: folder + "/excel.xlsx", sheet: nil)
    #expect(sheet.name == "Hoja1")
    #expect(sheet.rows.map(\.number) == [1, 2, 4, 5, 6])
    #expect(sheet.rows[1].cells == ["120", "1", "Café"])
    #expect(sheet.rows[2].cells == ["400", "0", " Otro & más"])
    #expect(sheet.rows[3].cells == ["75", "1", "Café"])
    // Row 6 holds a word where a number goes: named by the row Excel shows.
    let bad = try alianzas([
      "analyze", "survival", "--lang", "en", "--csv", folder + "/excel.xlsx", "--time", "dias", "--event",
      "ruptura",
    ])
    #expect(bad.status != 0 && bad.err.contains("excel.xlsx: row 6, column «dias»"), "\(bad.err)")
  }

  /// Our own export, written by libxlsxwriter, reads back: the same header and rows as its CSV.
  @Test func ourExportedWorkbookReadsAsItsCSV() throws {
    let store = temporaryFolder("wb-store")
    defer { try? FileManager.default.removeItem(atPath: store) }
    _ = try alianzas(["demo", "--store", store, "--scale", "0.02", "--no-open"])
    let workbook = store + "-out.xlsx", csvFolder = store + "-csv"
    defer {
      try? FileManager.default.removeItem(atPath: workbook)
      try? FileManager.default.removeItem(atPath: csvFolder)
    }
    #expect(
      try alianzas([
        "export", "--store", store, "--format", "xlsx", "--table", "alliances", "--out", workbook,
      ])
      .status == 0)
    #expect(
      try alianzas([
        "export", "--store", store, "--format", "csv", "--table", "alliances", "--out", csvFolder,
      ])
      .status == 0)
    let sheet = try XLSXSheet(path: workbook, sheet: nil)
    let csvFile = try #require(
      try FileManager.default.contentsOfDirectory(atPath: csvFolder).first { $0.hasPrefix("alliances") })
    let table = try CSVInput(path: csvFolder + "/" + csvFile)
    #expect(sheet.rows.first?.cells == table.header)
    #expect(sheet.rows.count == table.rowCount + 1)
    #expect(sheet.rows.count > 5)
  }

  @Test func windows1252ReadsAsUTF8AndDamageIsRefused() throws {
    let folder = try Self.scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Self.csv.write(toFile: folder + "/utf8.csv", atomically: true, encoding: .utf8)
    let windows = try #require(Self.csv.data(using: .windowsCP1252))
    try windows.write(to: URL(fileURLWithPath: folder + "/excel.csv"))
    let expected = try Self.analysis(folder + "/utf8.csv")
    let read = try Self.analysis(folder + "/excel.csv")
    #expect(read.status == 0 && read.out == expected.out, "\(read.err)")
    // A byte Windows-1252 leaves undefined, and a UTF-8 file damaged in one place, are refused.
    var undefined = Array(Self.csv.utf8)
    undefined[undefined.firstIndex(of: UInt8(ascii: "C"))!] = 0x81
    try Data(undefined).write(to: URL(fileURLWithPath: folder + "/undefined.csv"))
    var damaged = Array(Self.csv.utf8)
    damaged.insert(0xE9, at: damaged.lastIndex(of: UInt8(ascii: "P"))!)
    try Data(damaged).write(to: URL(fileURLWithPath: folder + "/damaged.csv"))
    for (file, line) in [("undefined.csv", 2), ("damaged.csv", 9)] {
      let refused = try Self.analysis(folder + "/" + file, ["--lang", "en"])
      #expect(
        refused.status != 0 && refused.err.contains("\(file): line \(line): neither UTF-8 nor Windows-1252"),
        "\(refused.err)")
    }
  }

  /// Damaged workbooks (bytes flipped, cut short, parts rewritten): each is read or refused with a
  /// message naming the file, never a crash. Bounded here; ALIANZAS_FUZZ_CASES raises it.
  @Test func damagedWorkbooksAreReadOrNamed() throws {
    let folder = try Self.scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Self.csv.write(toFile: folder + "/t.csv", atomically: true, encoding: .utf8)
    try python(
      """
      import csv, sys, openpyxl
      wb = openpyxl.Workbook(); ws = wb.active
      for row in csv.reader(open(sys.argv[1], encoding="utf-8")):
          ws.append(row)
      wb.save(sys.argv[2])
      """, [folder + "/t.csv", folder + "/base.xlsx"])
    let base = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/base.xlsx")))
    let cases = max(200, (Int(ProcessInfo.processInfo.environment["ALIANZAS_FUZZ_CASES"] ?? "") ?? 0) / 20)
    var rng = SeededGenerator(seed: 2026)
    for n in 0..<cases {
      var bytes = base
      switch rng.int(0...2) {
      case 0: bytes = Array(bytes.prefix(rng.int(0...bytes.count - 1)))
      case 1:
        for _ in 0...rng.int(0...8) { bytes[rng.int(0...bytes.count - 1)] ^= UInt8(1 << rng.int(0...7)) }
      default:
        let at = rng.int(0...bytes.count - 1)
        bytes.replaceSubrange(
          at..<min(bytes.count, at + rng.int(1...64)),
          with: (0..<rng.int(0...64)).map { _ in UInt8(rng.int(0...255)) })
      }
      let path = folder + "/case\(n).xlsx"
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      do {
        _ = try CSVInput(path: path)
      } catch {
        #expect(error.message(.es).hasPrefix("case\(n).xlsx: "), "\(error.message(.es))")
      }
      try? FileManager.default.removeItem(atPath: path)
    }
  }

  /// Workbooks whose parts are intact as ZIP entries (right checksums) but whose XML is hostile:
  /// tags cut, names with colons and odd characters, attributes repeated, entities, huge indexes.
  @Test func hostileXMLIsReadOrNamed() throws {
    let folder = try Self.scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let workbook = """
      <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
      xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
      <sheet name="Hoja1" sheetId="1" r:id="rId1"/></sheets></workbook>
      """
    let relations = """
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>
      """
    let sheet = """
      <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
      <row r="1"><c r="A1" t="inlineStr"><is><t>dias</t></is></c><c r="B1" t="s"><v>0</v></c></row>\
      <row r="2"><c r="A2"><v>120</v></c><c r="B2" t="b"><v>1</v></c></row></sheetData></worksheet>
      """
    let shared =
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>ruptura</t></si></sst>"
    let pieces = [
      "<", ">", "</c>", "<c>", "x:", ":", "r=\"ZZZZ9\"", "r=\"A1\" r=\"B1\"", "t=\"s\"", "<v>99999999999</v>",
      "&amp;", "&bogus;", "<!DOCTYPE x [<!ENTITY e \"eeeeeeeeee\">]>", "&e;", "\u{0}", "ñ", "🌽",
      "<row r=\"0\">",
      "<row r=\"-3\">", "xmlns:a=\"\"", "<a:b/>", "<?pi?>", "<![CDATA[<v>]]>", "\"", "=",
    ]
    var rng = SeededGenerator(seed: 77)
    let cases = max(300, (Int(ProcessInfo.processInfo.environment["ALIANZAS_FUZZ_CASES"] ?? "") ?? 0) / 10)
    for n in 0..<cases {
      var parts = [
        "xl/workbook.xml": workbook, "xl/_rels/workbook.xml.rels": relations,
        "xl/worksheets/sheet1.xml": sheet,
        "xl/sharedStrings.xml": shared,
      ]
      let target = rng.pick(Array(parts.keys).sorted())
      var text = Array(parts[target]!)
      for _ in 0...rng.int(0...3) {
        let at = rng.int(0...text.count)
        switch rng.int(0...2) {
        case 0: text.insert(contentsOf: Array(rng.pick(pieces)), at: at)
        case 1: text.removeSubrange(at..<min(text.count, at + rng.int(1...12)))
        default: text = Array(text.prefix(at))
        }
      }
      parts[target] = String(text)
      let path = folder + "/case\(n).xlsx"
      let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
      for (name, content) in parts.sorted(by: { $0.key < $1.key }) {
        let data = Data(content.utf8)
        try archive.addEntry(
          with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
          provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
      }
      do {
        _ = try CSVInput(path: path)
      } catch {
        #expect(error.message(.es).hasPrefix("case\(n).xlsx: "), "\(error.message(.es))")
      }
      try? FileManager.default.removeItem(atPath: path)
    }
  }

  @Test func whatIsNotAWorkbookIsSaidInOneLine() throws {
    let folder = try Self.scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Self.csv.write(toFile: folder + "/tabla.xlsx", atomically: true, encoding: .utf8)
    try python(
      "import sys, zipfile; zipfile.ZipFile(sys.argv[1], 'w').writestr('hola.txt', 'hola')",
      [folder + "/zip.xlsx"])
    try Self.csv.write(toFile: folder + "/t.csv", atomically: true, encoding: .utf8)
    for (file, extra, message) in [
      ("tabla.xlsx", [String](), "tabla.xlsx: not an Excel .xlsx workbook (it is not a ZIP file)"),
      ("zip.xlsx", [], "zip.xlsx: the Excel workbook is damaged (part xl/workbook.xml)"),
      ("t.csv", ["--sheet", "Datos"], "t.csv: --sheet is for Excel workbooks (.xlsx), and this is not one"),
    ] {
      let refused = try Self.analysis(folder + "/" + file, extra + ["--lang", "en"])
      #expect(refused.status != 0, "\(file)")
      #expect(
        refused.err.split(separator: "\n").count == 1 && refused.err.contains(message), "\(refused.err)")
    }
  }
}
