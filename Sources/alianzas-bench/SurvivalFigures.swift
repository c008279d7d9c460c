import AlianzasDomain
import Foundation

/// `analyze survival --csv` on researchers' tables of growing size: the whole command in a fresh
/// process (read, Kaplan–Meier per group, log-rank, Cox with six covariates, concordance), so what
/// a user waits for. The tables are made once, deterministically, and kept beside the stores, so
/// `scripts/bench-survival` can fit lifelines on the very same files.
enum SurvivalFigures {
  static let covariates = [
    "experiencia", "gerencia", "socios10", "capitalizacion", "vulnerable", "consolidacion",
  ]

  struct Size: Encodable {
    var rows: Int
    var file: String
    /// The whole command in a fresh process.
    var ms: Double
    var maxRSSMB: Double
    /// In process, on columns already read (what lifelines' `CoxPHFitter.fit` is timed on): the
    /// Cox fit with its standard errors and concordance.
    var fitMs: Double
    /// In process: Kaplan–Meier per group and the log-rank test.
    var curvesMs: Double
  }

  /// The table of `rows` rows in `folder`, written if it is not there yet.
  static func table(rows: Int, in folder: String) throws -> String {
    let path = folder + "/survival-\(rows).csv"
    if FileManager.default.fileExists(atPath: path) { return path }
    // SplitMix64 as the domain's generator draws it, seeded as the tables always were, so tables
    // written before stay the same.
    var generator = SeededGenerator(seed: UInt64(rows) &+ 0x9E37_79B9_7F4A_7C15)
    var text = "dias,ruptura,grupo," + covariates.joined(separator: ",") + "\n"
    text.reserveCapacity(rows * 48)
    for _ in 0..<rows {
      let experience = generator.unit() < 0.4 ? 1 : 0
      let skills = Int(generator.unit() * 6)
      let members = 1.5 + generator.unit() * 8
      let fund = (generator.unit() * 150).rounded() / 100
      let vulnerable = generator.unit() < 0.3 ? 1 : 0
      let zone = generator.unit() < 0.2 ? 1 : 0
      // Exponential durations whose hazard follows the covariates, censored at six years: a
      // table with the shape of the study's, large enough to measure.
      let eta =
        -0.5 * Double(experience) - 0.15 * Double(skills) + 0.4 * Double(vulnerable) + 0.3 * Double(zone)
      let rate = 0.0006 * exp(eta)
      let days = min(2190, Int((-log(1 - generator.unit()) / rate).rounded()))
      let ruptured = days < 2190 && generator.unit() < 0.85 ? 1 : 0
      let group = ["Cacao", "Café", "Leche", "Plátano", "Aguacate"][Int(generator.unit() * 5)]
      text += "\(days),\(ruptured),\(group),\(experience),\(skills),"
      text += String(format: "%.1f,%.2f,", members, fund) + "\(vulnerable),\(zone)\n"
    }
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  static func arguments(_ file: String) -> [String] {
    [
      "analyze", "survival", "--csv", file, "--time", "dias", "--event", "ruptura", "--group", "grupo",
      "--covariates", covariates.joined(separator: ","),
    ]
  }

  /// Median wall time of the whole command at each size.
  static func measure(sizes: [Int], folder: String, runs: Int) throws -> [Size] {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return try sizes.map { rows in
      let file = try table(rows: rows, in: folder)
      let results = (0..<runs).map { _ in Child.run(Stores.applicationBinary(), arguments(file)) }
      if let failed = results.first(where: { $0.status != 0 }) {
        FileHandle.standardError.write(
          Data("alianzas-bench: analyze survival failed (\(failed.status))\n".utf8))
      }
      let columns = try Columns(file: file)
      var fits: [Double] = [], curves: [Double] = []
      for _ in 0..<runs {
        fits.append(
          try time {
            _ = try CoxModel.fit(
              times: columns.times, events: columns.events, flat: columns.covariates, names: covariates)
          })
        curves.append(
          time {
            let groups = columns.groups.map(\.value)
            for g in groups { _ = KaplanMeier.fit(g) }
            _ = LogRank.test(groups)
          })
      }
      return Size(
        rows: rows, file: file, ms: median(results.map(\.milliseconds)),
        maxRSSMB: Double(results.map(\.maxRSSKB).max() ?? 0) / 1024, fitMs: median(fits),
        curvesMs: median(curves))
    }
  }

  /// A table this benchmark wrote, read back into columns: its cells are plain numbers and
  /// group names, so a split on commas is enough (the command's own reader is what `ms` times).
  struct Columns {
    /// Row i's covariates at `covariates[i * 6 ..< (i + 1) * 6]`.
    var times: [Double] = [], events: [Bool] = [], covariates: [Double] = []
    var groups: [String: [SurvivalObservation]] = [:]

    init(file: String) throws {
      let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").dropFirst()
      for line in lines {
        let cells = line.split(separator: ",")
        let time = Double(cells[0])!, event = cells[1] == "1"
        times.append(time)
        events.append(event)
        covariates += cells[3...].map { Double($0)! }
        groups[String(cells[2]), default: []].append(SurvivalObservation(time: time, event: event))
      }
    }
  }
}
