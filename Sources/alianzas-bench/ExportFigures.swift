import Foundation

/// `alianzas export` of every table, measured in a fresh process (`--export-only`).
enum ExportFigures {
  /// A full export of every table in `format`, in a fresh process: median time and peak memory.
  static func measure(_ store: String, _ format: String, runs: Int) -> (ms: Double, rssKB: Int) {
    let out = NSTemporaryDirectory() + "alianzas-bench-export-\(getpid())" + (format == "xlsx" ? ".xlsx" : "")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let results = (0..<runs).map { _ in
      Child.run(
        Stores.applicationBinary(), ["export", "--store", store, "--format", format, "--out", out, "--force"])
    }
    return (median(results.map(\.milliseconds)), results.map(\.maxRSSKB).max() ?? 0)
  }
}
