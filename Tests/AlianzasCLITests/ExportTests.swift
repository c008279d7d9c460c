import Foundation
import Testing

/// The Python with the independent readers (`scripts/setup --tests` makes `.venv`).
let readerPython: String = {
  if let chosen = ProcessInfo.processInfo.environment["ALIANZAS_PYTHON"] { return chosen }
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  return root.appendingPathComponent(".venv/bin/python3").path
}()

/// Exports read back by programs that are not ours: Python's csv, openpyxl for Excel and
/// pyreadstat for Stata and SPSS, each checked against the store's own JSON files.
@Suite("Exports read by independent readers")
struct ExportTests {
  static let store: String = {
    let store = temporaryFolder("export-store")
    _ = try? alianzas(["demo", "--store", store, "--scale", "0.05", "--no-open"])
    return store
  }()

  func check(_ format: String, _ extra: [String] = [], sensitive: String = "") throws -> [String: Any] {
    let out = temporaryFolder("export-\(format)") + (format == "xlsx" ? ".xlsx" : "")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let export = try alianzas(["export", "--store", Self.store, "--format", format, "--out", out] + extra)
    #expect(export.status == 0, "\(export.err)")
    #expect(export.out.contains("alliances: ") || export.out.contains("alliances:"), "\(export.out)")
    let reading = try run(
      readerPython, [fixturesFolder + "/check_export.py", format, out, Self.store, sensitive])
    #expect(reading.status == 0, "the reader: \(reading.err)")
    let report = try JSONSerialization.jsonObject(with: Data(reading.out.utf8)) as? [String: Any] ?? [:]
    let problems = report["problems"] as? [String] ?? ["no report: \(reading.out)"]
    #expect(problems.isEmpty, "\(format): \(problems.joined(separator: "\n"))")
    return report["counts"] as? [String: Any] ?? [:]
  }

  /// Ethnic origin and displacement leave only when named, and never in a research export.
  @Test func sensitiveColumnsOnlyWhenNamed() throws {
    _ = try check("csv")
    _ = try check("sav", ["--include-sensitive", "displaced,indigenous"], sensitive: "displaced,indigenous")
    let unknown = try alianzas(
      [
        "export", "--store", Self.store, "--include-sensitive", "head_name", "--out", "/tmp/x", "--lang",
        "en",
      ])
    #expect(unknown.status != 0 && unknown.err.contains("is not a sensitive column"), "\(unknown.err)")
    let anonymized = try alianzas(
      ["export", "--store", Self.store, "--anonymize", "--include-sensitive", "displaced", "--out", "/tmp/x"])
    #expect(anonymized.status != 0 && anonymized.err.contains("--anonymize"), "\(anonymized.err)")
  }

  @Test(arguments: ["csv", "xlsx", "dta", "sav"])
  func everyFormatReadsBackAsTheStore(_ format: String) throws {
    let counts = try check(format)
    #expect((counts["alliances"] as? Int ?? 0) > 10)
    #expect((counts["households"] as? Int ?? 0) > 100)
    #expect((counts["survey_answers"] as? Int ?? 0) > 1000)
  }

  @Test func csvForSpanishExcelHasItsMarkSemicolonsAndLabels() throws {
    _ = try check("csv", ["--excel"])
    let out = temporaryFolder("excel-csv") + ".csv"
    defer { try? FileManager.default.removeItem(atPath: out) }
    let export = try alianzas([
      "export", "--store", Self.store, "--format", "csv", "--excel", "--table", "alliances", "--out", out,
    ])
    #expect(export.status == 0, "\(export.err)")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "a byte-order mark")
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    #expect(text.hasPrefix("alliance_code;name;"))
    #expect(text.contains("\r\n"), "RFC 4180 line ends")
    #expect(text.contains(";Operación autónoma;") || text.contains(";Fiducia;"), "stages by their label")
  }

  /// A real full disk: a 64 KB tmpfs (mounting needs root, as CI runs; elsewhere the test says
  /// it could not mount and checks nothing more).
  @Test func aFullDiskSaysSoAndLeavesNothing() throws {
    let mountPoint = temporaryFolder("export-full-disk")
    try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: mountPoint) }
    let mounted = try run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint])
    guard mounted.status == 0 else {
      #expect(getuid() != 0, "root can mount a tmpfs: \(mounted.err)")
      return
    }
    defer { _ = try? run("/bin/umount", [mountPoint]) }
    for format in ["csv", "xlsx", "dta", "sav"] {
      for language in ["es", "en"] {
        let out = mountPoint + "/out" + (format == "xlsx" ? ".xlsx" : "")
        let result = try alianzas([
          "export", "--store", Self.store, "--format", format, "--out", out, "--lang", language,
        ])
        #expect(result.status == 2, "\(format)")
        #expect(
          result.err.contains(language == "es" ? "el disco está lleno" : "the disk is full"),
          "\(format) \(language): \(result.err)")
        #expect(result.err.split(separator: "\n").count == 1, "one line: \(result.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: mountPoint).isEmpty, "nothing left")
      }
    }
  }

  @Test func theDocumentationListsEveryColumn() throws {
    let out = temporaryFolder("export-doc")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let export = try alianzas(["export", "--store", Self.store, "--table", "codebook-all", "--out", out])
    #expect(export.status != 0, "codebook-all is no table")
    let all = try alianzas(["export", "--store", Self.store, "--out", out])
    #expect(all.status == 0, "\(all.err)")
    let doc = try String(contentsOfFile: fixturesFolder + "/../../docs/exports.md", encoding: .utf8)
    let codebook = try String(contentsOfFile: out + "/codebook.csv", encoding: .utf8)
    for line in codebook.split(separator: "\r\n").dropFirst() {
      let fields = line.split(separator: ",", maxSplits: 2)
      guard fields.count >= 2 else { continue }
      #expect(doc.contains("### `\(fields[0])`"), "docs/exports.md names the table \(fields[0])")
      #expect(doc.contains("| `\(fields[1])` |"), "docs/exports.md lists \(fields[0]).\(fields[1])")
    }
  }

  @Test func badRequestsSayWhatAndLeaveNothing() throws {
    let folder = temporaryFolder("export-bad")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let unknown = try alianzas(["export", "--store", Self.store, "--format", "ods", "--out", folder + "/x"])
    #expect(unknown.status != 0)
    #expect(unknown.err.contains("«ods» no es un formato de exportación"))
    let table = try alianzas(["export", "--store", Self.store, "--table", "farms", "--out", folder + "/x"])
    #expect(table.err.contains("«farms» no es una tabla"))
    let missing = try alianzas(["export", "--store", Self.store, "--out", folder + "/no/such/place.csv"])
    #expect(missing.status == 2)
    #expect(missing.err.contains("no existe"))
    let target = folder + "/out.xlsx"
    try Data("keep".utf8).write(to: URL(fileURLWithPath: target))
    let exists = try alianzas(["export", "--store", Self.store, "--format", "xlsx", "--out", target])
    #expect(exists.status == 2)
    #expect(exists.err.contains("ya existe; use --force"))
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep", "nothing already there is touched")
    let replaced = try alianzas([
      "export", "--store", Self.store, "--format", "xlsx", "--out", target, "--force",
    ])
    #expect(replaced.status == 0, "\(replaced.err)")
    // A folder that refuses writing: one line, nothing half-written left in it.
    let locked = folder + "/locked"
    try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
    chmod(locked, 0o500)
    defer { chmod(locked, 0o700) }
    if getuid() != 0 {
      let refused = try alianzas(["export", "--store", Self.store, "--format", "dta", "--out", locked + "/x"])
      #expect(refused.status == 2)
      #expect(refused.err.contains("No quedó ningún archivo a medias"))
      #expect(try FileManager.default.contentsOfDirectory(atPath: locked).isEmpty)
    }
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".part-") }
    #expect(files.isEmpty, "no temporary file left: \(files)")
  }
}
