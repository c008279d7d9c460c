import Foundation
import Testing

/// The national report as its readers meet it: a strict HTML parser, the summary's figures, and a
/// real browser that must draw it without an error and without fetching anything.
@Suite("HTML reports")
struct ReportTests {
  static let store: String = {
    let store = temporaryFolder("report-store")
    _ = try? alianzas(["demo", "--store", store, "--scale", "0.1", "--no-open"])
    return store
  }()

  func report(_ language: String) throws -> String {
    let out = temporaryFolder("report-\(language)") + ".html"
    // The English page's map shows the alliances by department, whose sum the reader checks.
    let map = language == "en" ? ["--map", "alliances"] : []
    let made = try alianzas(
      ["report", "national", "--store", Self.store, "--lang", language, "--out", out] + map)
    #expect(made.status == 0, "\(made.err)")
    return out
  }

  @Test(arguments: ["es", "en"])
  func theFiguresAreTheSummarysAndThePageIsStrictHTML(_ language: String) throws {
    let page = try report(language)
    defer { try? FileManager.default.removeItem(atPath: page) }
    // What the commands say, in one file: the summary and the three analyses the page shows.
    var figures: [String: Any] = [:]
    for (key, command) in [
      ("summary", ["summary"]), ("relink", ["analyze", "relink"]),
      ("survival", ["analyze", "survival", "--by", "vulnerable"]),
    ] {
      let said = try alianzas(command + ["--store", Self.store, "--json"])
      #expect(said.status == 0, "\(command): \(said.err)")
      figures[key] = try JSONSerialization.jsonObject(with: Data(said.out.utf8))
    }
    var compare: [String: Any] = [:]
    for grouping in ["beneficiary", "tenure", "training"] {
      let said = try alianzas(["analyze", "compare", "--by", grouping, "--store", Self.store, "--json"])
      #expect(said.status == 0, "\(grouping): \(said.err)")
      compare[grouping] = try JSONSerialization.jsonObject(with: Data(said.out.utf8))
    }
    figures["compare"] = compare
    let summaryFile = page + ".figures.json"
    try JSONSerialization.data(withJSONObject: figures).write(to: URL(fileURLWithPath: summaryFile))
    defer { try? FileManager.default.removeItem(atPath: summaryFile) }
    let reading = try run(readerPython, [fixturesFolder + "/check_report.py", page, summaryFile, language])
    #expect(reading.status == 0, "\(reading.err)")
    let result = try JSONSerialization.jsonObject(with: Data(reading.out.utf8)) as? [String: Any] ?? [:]
    let problems = result["problems"] as? [String] ?? ["no result: \(reading.out)"]
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    // Key figures, every stage and status, the IDAP bands, the ELCSA categories, the relink
    // counts, the log-rank test and the comparison's two groups.
    // (and the Cox model's ratios and p-values when the store's model can be estimated).
    #expect((result["checked"] as? Int ?? 0) >= 8 + 12 + 4 + 3 + 5 + 3 + 3 + 2)
    let html = try String(contentsOfFile: page, encoding: .utf8)
    #expect(
      html.contains(
        language == "es" ? "Duración de los acuerdos comerciales" : "How long buyer agreements last"))
    #expect(!html.contains(language == "es" ? "How long buyer agreements last" : "Duración de los acuerdos"))
  }

  /// One department: its alliances only (counted here from the store's own files), found by a
  /// name written without accents; an unknown department is named and nothing is written.
  @Test func aDepartmentsReportHoldsItsAlliancesOnly() throws {
    let folder = Self.store + "/alliances"
    var byDepartment: [String: Int] = [:]
    for file in try FileManager.default.contentsOfDirectory(atPath: folder) {
      let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))
      let code =
        (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["departmentCode"] as? String
      byDepartment[code ?? "?", default: 0] += 1
    }
    // The department with most alliances, asked for by its name folded ("narino" for Nariño).
    let (code, count) = try #require(byDepartment.max { $0.value < $1.value })
    let names = ["19": "cauca", "52": "narino", "05": "antioquia", "68": "santander", "15": "boyaca"]
    let name = try #require(names[code], "add \(code) to the test's names")
    let out = temporaryFolder("report-department") + ".html"
    defer { try? FileManager.default.removeItem(atPath: out) }
    let made = try alianzas(["report", "national", "--store", Self.store, "--department", name, "--out", out])
    #expect(made.status == 0, "\(made.err)")
    let html = try String(contentsOfFile: out, encoding: .utf8)
    #expect(html.contains("data-figure=\"alliances\">\(count)<"), "\(count) alliances in \(code)")
    let unknown = try alianzas([
      "report", "national", "--store", Self.store, "--department", "Atlántida", "--out", out + "2",
    ])
    #expect(unknown.status == 2 && unknown.err.contains("Atlántida"), "\(unknown.err)")
    #expect(!FileManager.default.fileExists(atPath: out + "2"))
  }

  /// The alliance with the most buyers (a rupture and a new buyer, when the demo has one) and
  /// households: its committee report, each named figure recomputed by a Python reader from the
  /// CSV export of the same store.
  static let committee: String = {
    let folder = store + "/alliances"
    var best = ("", -1)
    for file in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
      let code = String(file.dropLast(5))
      guard FileManager.default.fileExists(atPath: store + "/households/" + file),
        let data = try? Data(contentsOf: URL(fileURLWithPath: folder + "/" + file)),
        let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
      else { continue }
      let agreements = (json["agreements"] as? [Any])?.count ?? 0
      if agreements > best.1 || (agreements == best.1 && code < best.0) { best = (code, agreements) }
    }
    return best.0
  }()

  static let exported: String = {
    let out = temporaryFolder("report-export")
    _ = try? alianzas(["export", "--store", store, "--format", "csv", "--out", out])
    return out
  }()

  func allianceReport(_ language: String, code: String = committee) throws -> String {
    let out = temporaryFolder("committee-\(language)") + ".html"
    let made = try alianzas([
      "report", "alliance", code, "--store", Self.store, "--lang", language, "--out", out,
    ])
    #expect(made.status == 0, "\(made.err)")
    return out
  }

  func check(_ page: String, _ language: String) throws -> [String: Any] {
    let reading = try run(
      readerPython,
      [fixturesFolder + "/check_alliance_report.py", page, Self.exported, Self.committee, language])
    #expect(reading.status == 0, "\(reading.err)")
    return try JSONSerialization.jsonObject(with: Data(reading.out.utf8)) as? [String: Any] ?? [:]
  }

  @Test(arguments: ["es", "en"])
  func theCommitteeReportsFiguresAreTheExportsAndThePageIsStrictHTML(_ language: String) throws {
    #expect(!Self.committee.isEmpty)
    // Asked for in lower case, as a person might type it.
    let page = try allianceReport(language, code: Self.committee.lowercased())
    defer { try? FileManager.default.removeItem(atPath: page) }
    let result = try check(page, language)
    let problems = result["problems"] as? [String] ?? ["no result"]
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    // Key figures, money, every agreement's terms, every month's deliveries, the households.
    #expect((result["checked"] as? Int ?? 0) >= 30, "\(result)")
    // What the export does not carry (the fund's schedule, the warnings) is all that goes unchecked.
    let unchecked = Set(result["unchecked"] as? [String] ?? ["?"])
    #expect(
      unchecked.isSubset(of: [
        "alliance.open_warnings", "finance.due", "finance.repayment_target", "finance.capitalization",
      ]), "\(unchecked)")
    let html = try String(contentsOfFile: page, encoding: .utf8)
    #expect(
      html.contains(
        language == "es" ? "Incentivo Modular y fondo rotatorio" : "Incentivo Modular and revolving fund"))
    #expect(!html.contains(language == "es" ? "Deliveries to the buyer" : "Entregas al aliado comercial"))
    // The reader is not a rubber stamp: one figure changed on the page is caught.
    let bad = page + ".bad.html"
    defer { try? FileManager.default.removeItem(atPath: bad) }
    let changed = try #require(
      html.range(of: #"data-figure="deliveries.count">[0-9.,]+<"#, options: .regularExpression))
    try html.replacingCharacters(in: changed, with: #"data-figure="deliveries.count">9999<"#)
      .write(toFile: bad, atomically: true, encoding: .utf8)
    #expect(
      !((try check(bad, language))["problems"] as? [String] ?? []).isEmpty, "a wrong figure went unnoticed")
  }

  @Test func anUnknownAllianceIsNamedAndNothingIsWritten() throws {
    let out = temporaryFolder("committee-none") + ".html"
    let made = try alianzas(["report", "alliance", "XYZ-1999-001", "--store", Self.store, "--out", out])
    #expect(made.status == 2 && made.err.contains("XYZ-1999-001"), "\(made.err)")
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test func aRealBrowserDrawsTheCommitteeReport() throws {
    let page = try allianceReport("es")
    defer { try? FileManager.default.removeItem(atPath: page) }
    let shot = try Browser.screenshot(page)
    #expect(shot.problems.isEmpty, "\(shot.problems.joined(separator: "\n"))")
    #expect(shot.png.count > 20_000, "an empty page")
    if let keep = ProcessInfo.processInfo.environment["ALLIANCE_REPORT_SCREENSHOT"] {
      try shot.png.write(to: URL(fileURLWithPath: keep))
    }
  }

  /// The demo leaves the index and the sample cache current, so the report reads them; without
  /// them it parses every file once. Both pages must be the same, byte for byte.
  @Test func thePageIsTheSameFromTheCachesAndFromTheFiles() throws {
    let warm = try report("es")
    defer { try? FileManager.default.removeItem(atPath: warm) }
    let copy = temporaryFolder("report-nocache")
    try? FileManager.default.removeItem(atPath: copy)
    try FileManager.default.copyItem(atPath: Self.store, toPath: copy)
    try FileManager.default.removeItem(atPath: copy + "/.cache")
    let cold = copy + ".html"
    defer { try? FileManager.default.removeItem(atPath: cold) }
    let made = try alianzas(["report", "national", "--store", copy, "--out", cold])
    #expect(made.status == 0, "\(made.err)")
    let fromFiles = try String(contentsOfFile: cold, encoding: .utf8)
    #expect(try fromFiles == String(contentsOfFile: warm, encoding: .utf8))
    #expect(!FileManager.default.fileExists(atPath: copy + "/.cache/index.bin"), "a read wrote the cache")
  }

  @Test func anExistingFileIsKeptAndAMissingFolderNamed() throws {
    let page = try report("es")
    defer { try? FileManager.default.removeItem(atPath: page) }
    let before = try Data(contentsOf: URL(fileURLWithPath: page))
    let again = try alianzas(["report", "national", "--store", Self.store, "--out", page])
    #expect(again.status == 2 && again.err.contains("ya existe"), "\(again.err)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: page)) == before)
    let nowhere = try alianzas(["report", "national", "--store", Self.store, "--out", "/nonexistent/x.html"])
    #expect(nowhere.status == 2 && nowhere.err.contains("/nonexistent"), "\(nowhere.err)")
  }

  /// Chromium, headless: its log must show no console message (a refused resource is one) and it
  /// must draw the page; the screenshot is kept for docs/reports.md when asked.
  @Test func aRealBrowserDrawsItWithoutAnErrorOrARequest() throws {
    let page = try report("es")
    defer { try? FileManager.default.removeItem(atPath: page) }
    let shot = try Browser.screenshot(page)
    #expect(shot.problems.isEmpty, "\(shot.problems.joined(separator: "\n"))")
    #expect(shot.png.count > 20_000, "an empty page")
    // The check itself: a page that asks for an outside image is caught.
    let bad = temporaryFolder("report-bad") + ".html"
    defer { try? FileManager.default.removeItem(atPath: bad) }
    var html = try String(contentsOfFile: page, encoding: .utf8)
    html = html.replacingOccurrences(of: "<h1>", with: "<img src=\"http://192.0.2.1/x.png\"/><h1>")
    try html.write(toFile: bad, atomically: true, encoding: .utf8)
    #expect(!(try Browser.screenshot(bad).problems.isEmpty), "an outside request went unnoticed")
    if let keep = ProcessInfo.processInfo.environment["REPORT_SCREENSHOT"] {
      try shot.png.write(to: URL(fileURLWithPath: keep))
    }
  }
}

/// Debian's Chromium, headless, with its log on the standard error.
enum Browser {
  static func screenshot(_ page: String) throws -> (png: Data, problems: [String]) {
    let png = page + ".png"
    defer { try? FileManager.default.removeItem(atPath: png) }
    let result = try run(
      "/usr/bin/env",
      [
        "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
        "--enable-logging=stderr", "--v=0", "--window-size=900,3000", "--screenshot=\(png)",
        "file://\(page)",
      ])
    // Chromium's own chatter about the machine (no D-Bus, no GPU) is not the page's.
    let problems = result.err.split(separator: "\n").map(String.init).filter {
      $0.contains("CONSOLE") || $0.contains("Refused to") || $0.contains("net::ERR")
    }
    let data = (try? Data(contentsOf: URL(fileURLWithPath: png))) ?? Data()
    return (data, result.status == 0 ? problems : problems + ["chromium exited \(result.status)"])
  }
}
