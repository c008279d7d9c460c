import AlianzasDomain
import Foundation

/// The national report and the committee report of the alliance with the largest file, each
/// written whole in a fresh process, without caches and with them current.
func printReportFigures(folder: String, runs: Int) throws {
  let reference = try ReferenceData.embedded(), instruments = try Instruments.embedded()
  try Stores.ensure(folder + "/national", scale: 1, reference: reference, instruments: instruments)
  let n = runs
  let out = NSTemporaryDirectory() + "alianzas-bench-report-\(getpid()).html"
  defer { try? FileManager.default.removeItem(atPath: out) }
  func national() -> [Child.Result] {
    (0..<n).map { _ in
      Child.run(
        Stores.applicationBinary(),
        ["report", "national", "--store", folder + "/national", "--out", out, "--force"])
    }
  }
  // Without caches (a store copied in and never opened): every file parsed once.
  try? FileManager.default.removeItem(atPath: folder + "/national/.cache")
  let cold = national()
  // As after the demo or any session of the interface: the index and the sample cache current.
  try Stores.warmCaches(folder + "/national", reference: reference, instruments: instruments)
  let results = national()
  let ms = median(results.map(\.milliseconds))
  print(
    String(
      format: "national report: %.0f ms (median of %d; target ≤ 1000 ms) %@, %.0f MB; without caches %.0f ms",
      ms, n, ms <= 1000 ? "ok" : "OVER", Double(results.map(\.maxRSSKB).max() ?? 0) / 1024,
      median(cold.map(\.milliseconds))))
  // The committee report of the alliance with the largest file (most visits, agreements and
  // money movements): the heaviest page of its kind.
  let alliances = folder + "/national/alliances"
  let largest = ((try? FileManager.default.contentsOfDirectory(atPath: alliances)) ?? []).max {
    let size = { (f: String) in
      ((try? FileManager.default.attributesOfItem(atPath: alliances + "/" + f))?[.size] as? Int) ?? 0
    }
    return size($0) < size($1)
  }
  if let code = largest.map({ String($0.dropLast(5)) }) {
    let runs = (0..<n).map { _ in
      Child.run(
        Stores.applicationBinary(),
        ["report", "alliance", code, "--store", folder + "/national", "--out", out, "--force"])
    }
    let allianceMs = median(runs.map(\.milliseconds))
    print(
      String(
        format: "alliance report (%@): %.0f ms (median of %d; target ≤ 100 ms) %@", code, allianceMs, n,
        allianceMs <= 100 ? "ok" : "OVER"))
  }
}
