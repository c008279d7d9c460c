import AlianzasDomain
import Foundation

/// What opening a store costs, as a person starting the program sees it.
struct OpenFigures {
  /// No index at all (a store copied in and never opened).
  var cold: Double
  /// The index current: every open after the first of the day.
  var warm: Double
  /// The first open of a new day: the index of an earlier day, the files unchanged.
  var newDay: Double
  /// One household file changed outside the program since the index was written.
  var oneChanged: Double
  var rss: Int
}

/// Open to first panel in a fresh process: without an index, with it current, on a new day, and
/// after one file changed outside the program. The four are measured in alternating rounds, so
/// their ratios compare the same machine state.
func openMs(_ store: String, app: String, runs: Int) throws -> OpenFigures {
  let snapshot = ["snapshot", "--store", store, "--size", "120x40"]
  try? FileManager.default.removeItem(atPath: store + "/.cache")
  let cold = Child.run(app, snapshot)
  // `snapshot` only reads (it writes no cache); a writer keeps the index, as the interface does
  // at every open: one writing open first, then the reads find the index current.
  _ = Child.run(app, ["validate", "--quarantine", "--store", store])
  // A new day: the store is a demo seen from its as-of day, so that day moves one day on.
  let manifest = store + "/store.json"
  let original = try String(contentsOfFile: manifest, encoding: .utf8)
  let day = DemoGenerator.defaultAsOf
  let nextDay = original.replacingOccurrences(
    of: "\"asOf\" : \"\(day)\"", with: "\"asOf\" : \"\(day.adding(days: 1))\"")
  precondition(nextDay != original, "the bench store's as-of day is \(day)")
  // One household file rewritten with a trailing newline: a new size and stamp, same records.
  let households = store + "/households"
  let changed =
    households + "/" + (try FileManager.default.contentsOfDirectory(atPath: households).sorted()[0])
  let householdBytes = try Data(contentsOf: URL(fileURLWithPath: changed))
  var warm: [Child.Result] = [], newDay: [Double] = [], oneChanged: [Double] = []
  for _ in 0..<runs {
    warm.append(Child.run(app, snapshot))
    try nextDay.write(toFile: manifest, atomically: true, encoding: .utf8)
    newDay.append(Child.run(app, snapshot).milliseconds)
    try original.write(toFile: manifest, atomically: true, encoding: .utf8)
    try (householdBytes + Data("\n".utf8)).write(to: URL(fileURLWithPath: changed))
    oneChanged.append(Child.run(app, snapshot).milliseconds)
    try householdBytes.write(to: URL(fileURLWithPath: changed))
    // The file is back but its stamp is new: a writer brings the index up to date again.
    _ = Child.run(app, ["validate", "--quarantine", "--store", store])
  }
  return OpenFigures(
    cold: cold.milliseconds, warm: median(warm.map(\.milliseconds)), newDay: median(newDay),
    oneChanged: median(oneChanged), rss: warm.map(\.maxRSSKB).max() ?? 0)
}
