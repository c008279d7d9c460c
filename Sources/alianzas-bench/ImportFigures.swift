import Foundation

/// `alianzas import households` of the national roster (49,000 rows) into a store that has the
/// alliances and no households, in a fresh process each time: the time and the peak memory, for
/// a quarter, half and all of the rows (memory should not grow faster than the rosters it
/// holds), and a re-import of the same file (every row unchanged, nothing written).
enum ImportFigures {
  struct Size {
    var rows: Int
    var ms: Double
    var maxRSSMB: Double
  }

  struct Figures {
    var sizes: [Size]
    var reimportMs: Double

    /// Under `--import-only`.
    func print() {
      Swift.print("import households into a store without them (median; peak memory of the process)")
      for size in sizes {
        let all = size.rows == sizes.last?.rows
        Swift.print(
          String(
            format: "  %6d rows: %7.0f ms, %.0f MB%@", size.rows, size.ms, size.maxRSSMB,
            all ? (size.ms <= 10_000 ? " (target ≤ 10 s) ok" : " OVER") : ""))
      }
      Swift.print(String(format: "  the same file again (nothing to change): %.0f ms", reimportMs))
    }

    /// For `--json`.
    var json: [String: Double] {
      var out = ["reimportHouseholdsMs": reimportMs]
      for size in sizes {
        out["importHouseholds\(size.rows)Ms"] = size.ms
        out["importHouseholds\(size.rows)RssMB"] = size.maxRSSMB
      }
      return out
    }

    /// The rows of the benchmark's table, through its row printer.
    func rows(_ row: (String, Double, String, String, Bool?) -> Void) {
      for size in sizes {
        let all = size.rows == sizes.last?.rows
        row(
          "import households, \(size.rows) rows", size.ms, "ms", all ? "≤ 10000" : "",
          all ? size.ms <= 10_000 : nil)
        row("  peak memory", size.maxRSSMB, "MB", "", nil)
      }
      row("re-import of the same households", reimportMs, "ms", "", nil)
    }
  }

  static func measure(national: String, folder: String, runs: Int) throws -> Figures {
    let app = Stores.applicationBinary()
    let fm = FileManager.default
    try? fm.removeItem(atPath: folder)
    try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let export = Child.run(
      app, ["export", "--store", national, "--table", "households", "--out", folder + "/x"])
    guard export.status == 0 else { throw CocoaError(.fileReadUnknown) }
    let lines = try String(contentsOfFile: folder + "/x/households.csv", encoding: .utf8)
      .split(separator: "\r\n", omittingEmptySubsequences: false)
    let header = lines[0]
    let body = lines.dropFirst().filter { !$0.isEmpty }
    var sizes: [Size] = []
    var reimport: [Double] = []
    for fraction in [4, 2, 1] {
      let rows = body.count / fraction
      let file = folder + "/households-\(rows).csv"
      try ([header] + body.prefix(rows)).joined(separator: "\r\n").appending("\r\n")
        .write(toFile: file, atomically: true, encoding: .utf8)
      var results: [Child.Result] = []
      for _ in 0..<runs {
        let target = try emptyCopy(of: national, at: folder + "/store")
        // --skip-bad: the demo draws one document number twice, a duplicate the import refuses.
        results.append(Child.run(app, ["import", "--store", target, "--skip-bad", "households", file]))
        if fraction == 1 && reimport.count < runs {
          reimport.append(
            Child.run(app, ["import", "--store", target, "--skip-bad", "households", file]).milliseconds)
        }
      }
      sizes.append(
        Size(
          rows: rows, ms: median(results.map(\.milliseconds)),
          maxRSSMB: Double(results.map(\.maxRSSKB).max() ?? 0) / 1024))
    }
    return Figures(sizes: sizes, reimportMs: median(reimport))
  }

  /// The national store's alliances and manifest, without households or history.
  static func emptyCopy(of national: String, at path: String) throws -> String {
    let fm = FileManager.default
    try? fm.removeItem(atPath: path)
    try fm.createDirectory(atPath: path + "/households", withIntermediateDirectories: true)
    try fm.copyItem(atPath: national + "/alliances", toPath: path + "/alliances")
    try fm.copyItem(atPath: national + "/store.json", toPath: path + "/store.json")
    return path
  }
}
