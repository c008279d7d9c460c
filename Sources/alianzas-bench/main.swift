import AlianzasDomain
import AlianzasRuntime
import AlianzasStore
import AlianzasTUI
import Foundation

// alianzas-bench [--json] [--store-dir DIR] [--runs N] [--skip-ten-x] [--save-only] [--export-only]
// [--report-only] [--supervision-only] [--encryption-only] [--import-only]
// Measures what users feel, at national and 10× national scale, and prints medians.
let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
  arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}

// The small process that starts the measured children, or else that process, started before this
// one grows (see `Child`).
Child.prepare(arguments)

// A child mode: open a store and parse every file, as a session that visits every screen does.
if let path = option("--child-load-all") {
  let reference = try ReferenceData.embedded(), instruments = try Instruments.embedded()
  let session = try StoreSession.open(
    path: path, reference: reference, instruments: instruments, officer: "bench", device: "bench",
    now: Timestamp(day: DemoGenerator.defaultAsOf, hour: 9))
  var state = AppState(data: session.data, language: .es, width: 120, height: 40)
  session.run(.show(.ruptures), on: &state)
  session.run(.show(.households), on: &state)
  session.run(.households(.view(1)), on: &state)
  exit(state.data.loadedAllRosters && state.data.loadedAllAlliances ? 0 : 1)
}

let json = arguments.contains("--json")
// Only the save figures, for quick work on the write path.
if arguments.contains("--save-only") {
  let folder = option("--store-dir") ?? (NSTemporaryDirectory() + "alianzas-bench")
  let reference = try ReferenceData.embedded(), instruments = try Instruments.embedded()
  try Stores.ensure(folder + "/national", scale: 1, reference: reference, instruments: instruments)
  let answer = try saveAnswerMs(folder + "/national")
  print(String(format: "save one confirmed field: %.3f ms", try saveMs(folder + "/national")))
  print(
    String(
      format: "save one ELCSA answer, largest roster (%d KB): %.3f ms (first after opening %.3f ms)",
      answer.kilobytes, answer.ms, answer.first))
  exit(0)
}
let runs = Int(option("--runs") ?? "") ?? 9

/// The sizes `analyze survival --csv` is measured at; 600,000 rows with `--full`.
let survivalSizes = [600, 6_000, 60_000] + (arguments.contains("--full") ? [600_000] : [])

// Only the survival figures, for `scripts/bench-survival` (which fits lifelines on the same files).
if arguments.contains("--survival-only") {
  let folder = (option("--store-dir") ?? (NSTemporaryDirectory() + "alianzas-bench")) + "/survival"
  let sizes = try SurvivalFigures.measure(sizes: survivalSizes, folder: folder, runs: runs)
  if json {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    print(String(decoding: try encoder.encode(sizes), as: UTF8.self))
  } else {
    print(
      "analyze survival --csv (KM by group, log-rank, Cox with 6 covariates; whole process, median of \(runs))"
    )
    for size in sizes {
      print(
        String(
          format: "  %7d rows: %8.1f ms, %.0f MB; in process: Cox fit %.1f ms, KM and log-rank %.1f ms",
          size.rows,
          size.ms, size.maxRSSMB, size.fitMs, size.curvesMs))
    }
  }
  exit(0)
}

// Only the import figures, on the national store.
if arguments.contains("--import-only") {
  let folder = option("--store-dir") ?? (NSTemporaryDirectory() + "alianzas-bench")
  let reference = try ReferenceData.embedded(), instruments = try Instruments.embedded()
  try Stores.ensure(folder + "/national", scale: 1, reference: reference, instruments: instruments)
  let n = Int(option("--runs") ?? "") ?? 3
  try ImportFigures.measure(national: folder + "/national", folder: folder + "/import", runs: n).print()
  exit(0)
}

// Only the cost of encryption at rest: the national store against its encrypted copy.
if arguments.contains("--encryption-only") {
  try printEncryptionFigures(
    folder: option("--store-dir") ?? (NSTemporaryDirectory() + "alianzas-bench"), runs: runs, json: json)
  exit(0)
}

// Only the export figures: every format at national and (unless --skip-ten-x) 10× scale.
if arguments.contains("--export-only") {
  let folder = option("--store-dir") ?? (NSTemporaryDirectory() + "alianzas-bench")
  let reference = try ReferenceData.embedded(), instruments = try Instruments.embedded()
  try Stores.ensure(folder + "/national", scale: 1, reference: reference, instruments: instruments)
  let ten = !arguments.contains("--skip-ten-x")
  if ten { try Stores.ensure(folder + "/tenx", scale: 10, reference: reference, instruments: instruments) }
  let n = Int(option("--runs") ?? "") ?? 3
  print("export, every table (median of \(n); peak memory of the process)")
  for format in ["csv", "xlsx", "dta", "sav"] {
    let national = ExportFigures.measure(folder + "/national", format, runs: n)
    var line = String(
      format: "  %@ national: %.0f ms, %.0f MB (target ≤ 3000 ms) %@", format, national.ms,
      Double(national.rssKB) / 1024, national.ms <= 3000 ? "ok" : "OVER")
    if ten {
      let tenX = ExportFigures.measure(folder + "/tenx", format, runs: 1)
      line += String(
        format: " · 10×: %.0f ms (%.1f× national, linear ≤ 12×), %.0f MB (target ≤ 300) %@", tenX.ms,
        tenX.ms / national.ms, Double(tenX.rssKB) / 1024,
        tenX.ms / national.ms <= 12 && tenX.rssKB / 1024 <= 300 ? "ok" : "OVER")
    }
    print(line)
  }
  exit(0)
}
// Only the supervision figures: the triage list and the review queue opened on the national
// store with their caches current (warm), in this process, as the review screen asks for them.
if arguments.contains("--supervision-only") {
  let folder = option("--store-dir") ?? (NSTemporaryDirectory() + "alianzas-bench")
  let reference = try ReferenceData.embedded(), instruments = try Instruments.embedded()
  let path = folder + "/national"
  try Stores.ensure(path, scale: 1, reference: reference, instruments: instruments)
  try Stores.warmCaches(path, reference: reference, instruments: instruments)
  let store = try FileStore.open(at: path, mode: .read, officer: "bench", now: Timestamp.wallClock)
  let today = store.manifest.asOf ?? DemoGenerator.defaultAsOf
  let n = Int(option("--runs") ?? "") ?? 5
  var alerts = 0, items = 0
  // A session holds the index it opened with; the triage brings it up to date (a stat of every
  // file) and computes the alerts, as the review screen does.
  var index = StoreIndex.refresh(store, reference: reference, instruments: instruments, today: today).index
  let triage = (0..<n).map { _ in
    time {
      index =
        StoreIndex.refresh(
          store, reference: reference, instruments: instruments, today: today, starting: index
        ).index
      alerts = index.triage(reference.monitoring, today: today).count
    }
  }
  var cache = SupervisionCache.current(store, reference: reference, instruments: instruments, today: today)
    .cache
  let queue = (0..<n).map { _ in
    time {
      let current = SupervisionCache.current(
        store, reference: reference, instruments: instruments, today: today, starting: cache)
      cache = current.cache
      items = current.items.count
    }
  }
  print(
    String(
      format: "triage: %.0f ms for %d alerts (median of %d; target ≤ 100 ms warm) %@", median(triage), alerts,
      n,
      median(triage) <= 100 ? "ok" : "OVER"))
  print(String(format: "review queue: %.0f ms for %d records (median of %d)", median(queue), items, n))
  exit(0)
}
// Only the report figures: the national report and an alliance's, each written whole in a fresh
// process.
if arguments.contains("--report-only") {
  try printReportFigures(
    folder: option("--store-dir") ?? (NSTemporaryDirectory() + "alianzas-bench"),
    runs: Int(option("--runs") ?? "") ?? 5)
  exit(0)
}
let folder = option("--store-dir") ?? (NSTemporaryDirectory() + "alianzas-bench")
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
let reference = try ReferenceData.embedded(), instruments = try Instruments.embedded()
let national = folder + "/national", tenX = folder + "/tenx"
try Stores.ensure(national, scale: 1, reference: reference, instruments: instruments)
let withTenX = !arguments.contains("--skip-ten-x")
if withTenX { try Stores.ensure(tenX, scale: 10, reference: reference, instruments: instruments) }
let app = Stores.applicationBinary()
let me = URL(fileURLWithPath: arguments[0]).resolvingSymlinksInPath().path

// Children whose peak memory is reported (they are started by the spawner, so this process's own
// size does not count in theirs; see `Child`).
let heavy = Child.run(me, ["--child-load-all", national])
let heavyTen =
  withTenX
  ? Child.run(me, ["--child-load-all", tenX]) : Child.Result(status: 0, milliseconds: 0, maxRSSKB: 0)
let survival = try SurvivalFigures.measure(sizes: survivalSizes, folder: folder + "/survival", runs: 3)
let imports = try ImportFigures.measure(national: national, folder: folder + "/import", runs: 3)

/// One edit → recomputed scores: an ELCSA answer, a delivery, a rupture, through AppData.update as
/// the reducer applies them, on 30 alliances spread over the store (alliances differ in size; the
/// cost must not depend on how many there are).
func editMs(_ store: String) throws -> Double {
  let session = try StoreSession.open(
    path: store, reference: reference, instruments: instruments, officer: "bench", device: "bench",
    now: Timestamp(day: DemoGenerator.defaultAsOf, hour: 9))
  defer { session.release() }
  var data = session.data
  let eligible = data.engine.figures.values.filter {
    $0.stage >= .comercializacion && $0.agreementState == .active
  }.map(\.code).sorted()
  let picked = stride(from: 0, to: eligible.count, by: max(1, eligible.count / 30)).map { eligible[$0] }
  let author = Author(device: "bench", officer: "bench", at: Timestamp(day: data.today, hour: 10))
  var samples: [Double] = []
  for code in picked {
    guard case .success(var alliance) = session.store.loadAlliance(code: code),
      case .success(let roster) = session.store.loadRoster(code: code),
      var household = roster.households.first(where: { !$0.surveys.isEmpty })
    else { continue }
    data.workspace.loaded(alliance)
    data.workspace.loaded(roster)
    for i in 0..<30 {
      switch i % 3 {
      case 0:
        household.surveys[0].elcsa[i % 8] = household.surveys[0].elcsa[i % 8] == .yes ? .no : .yes
        samples.append(time { data.workspace.edit(household, alliance: code) })
      case 1:
        alliance.visits[alliance.visits.count - 1].deliveries.append(
          Delivery(date: data.today, kg: Double(100 + i), pricePerKg: 900))
        samples.append(time { data.workspace.edit(alliance) })
      default:
        var broken = alliance
        try? broken.recordRupture(
          agreement: broken.currentAgreement!.id, Rupture(date: data.today, cause: .price, endedBy: .buyer),
          author: author, today: data.today)
        samples.append(time { data.workspace.edit(broken) })
      }
    }
    data.workspace.edit(alliance)
  }
  return median(samples)
}

func renderMs(_ store: String) throws -> (panel: Double, list: Double) {
  let session = try StoreSession.open(
    path: store, reference: reference, instruments: instruments, officer: "bench", device: "bench",
    now: Timestamp(day: DemoGenerator.defaultAsOf, hour: 9))
  defer { session.release() }
  var state = AppState(data: session.data, language: .es, width: 200, height: 60)
  var previous = RootView.render(state)
  let panel = median(
    (0..<200).map { i in
      state.language = i % 2 == 0 ? .en : .es
      return time {
        let frame = RootView.render(state)
        _ = frame.changes(since: previous)
        previous = frame
      }
    })
  _ = reduce(&state, .show(.alliances))
  let list = median(
    (0..<100).map { i in
      _ = reduce(&state, .alliances(.listMove(i == 0 ? 0 : 1)))
      return time {
        let frame = RootView.render(state)
        _ = frame.changes(since: previous)
        previous = frame
      }
    })
  return (panel, list)
}

func analysisMs(_ store: String) throws -> Double {
  let fileStore = try FileStore.open(
    at: store, mode: .read, officer: "bench", now: Timestamp(day: DemoGenerator.defaultAsOf, hour: 9))
  let alliances = fileStore.loadAlliances().alliances
  return median(
    try (0..<15).map { _ in
      try time {
        let durations = AgreementSurvival.durations(alliances, today: DemoGenerator.defaultAsOf)
        let groups = AgreementSurvival.groups(durations, by: .vulnerable, reference: reference, language: .es)
        for g in groups { _ = KaplanMeier.fit(g.observations) }
        _ = LogRank.test(groups.map(\.observations))
        let fit = try AgreementSurvival.cox(durations)
        _ = AgreementSurvival.riskRanking(durations, fit: fit)
      }
    })
}

let open1 = try openMs(national, app: app, runs: runs)
let openTen =
  withTenX
  ? try openMs(tenX, app: app, runs: runs)
  : OpenFigures(cold: .nan, warm: .nan, newDay: .nan, oneChanged: .nan, rss: 0)
// National and 10× edits are measured in alternating rounds, so both see the same machine state.
var editRounds: (national: [Double], tenX: [Double]) = ([], [])
for _ in 0..<5 {
  editRounds.national.append(try editMs(national))
  if withTenX { editRounds.tenX.append(try editMs(tenX)) }
}
let edit1 = median(editRounds.national)
let editTen = withTenX ? median(editRounds.tenX) : .nan
let save = try saveMs(national)
let saveTen = withTenX ? try saveMs(tenX) : .nan
let answer = try saveAnswerMs(national)
// The first save after opening: national against 10×, and a history of 10 lines against 10,000.
let firstSave = try firstSaveMs(national, runs: runs)
let firstSaveTen = withTenX ? try firstSaveMs(tenX, runs: runs) : .nan
let shortHistory = try storeWithHistory(folder, lines: 10, reference: reference, instruments: instruments)
let longHistory = try storeWithHistory(
  folder, lines: Int(option("--history-lines") ?? "") ?? 10_000, reference: reference,
  instruments: instruments)
var firstSaveShort: [Double] = [], firstSaveLong: [Double] = []
for _ in 0..<3 {
  firstSaveShort.append(try firstSaveMs(shortHistory, runs: runs))
  firstSaveLong.append(try firstSaveMs(longHistory, runs: runs))
}
let render = try renderMs(national)
let analysis = try analysisMs(national)
let python = pythonMs(national)

var figures: [String: Double] = [
  "openMs": open1.warm, "openColdMs": open1.cold, "openTenXMs": openTen.warm, "openTenXColdMs": openTen.cold,
  "openNewDayMs": open1.newDay, "openNewDayTenXMs": openTen.newDay, "openOneChangedMs": open1.oneChanged,
  "openOneChangedTenXMs": openTen.oneChanged, "openOneChangedToWarmRatio": open1.oneChanged / open1.warm,
  "peakRssTenXMB": withTenX ? Double(heavyTen.maxRSSKB) / 1024 : .nan,
  "editToScoreMs": edit1, "editToScoreTenXMs": editTen, "saveMs": save, "saveTenXMs": saveTen,
  "firstSaveMs": firstSave, "firstSaveTenXMs": firstSaveTen, "firstSaveHistory10Ms": median(firstSaveShort),
  "firstSaveHistory10000Ms": median(firstSaveLong),
  "saveAnswerMs": answer.ms, "saveAnswerFirstMs": answer.first, "saveAnswerFileKB": Double(answer.kilobytes),
  "renderMs": render.panel,
  "renderListMs": render.list, "analysisMs": analysis,
  "peakRssMB": Double(max(heavy.maxRSSKB, open1.rss)) / 1024,
  "openRssMB": Double(open1.rss) / 1024, "pythonLoadMs": python, "openToPythonRatio": open1.warm / python,
]

figures.merge(imports.json) { $1 }

for size in survival {
  figures["survivalCsv\(size.rows)Ms"] = size.ms
  figures["survivalFit\(size.rows)Ms"] = size.fitMs
}

if json {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
  encoder.nonConformingFloatEncodingStrategy = .convertToString(
    positiveInfinity: "inf", negativeInfinity: "-inf", nan: "null")
  print(String(decoding: try encoder.encode(figures), as: UTF8.self))
} else {
  func row(_ name: String, _ value: Double, _ unit: String, _ target: String, _ ok: Bool?) {
    let v = value.isNaN ? "—" : String(format: value < 10 ? "%.3f" : "%.1f", value)
    print(
      name.padding(toLength: 44, withPad: " ", startingAt: 0) + v.leftPad(10) + " "
        + unit.padding(toLength: 4, withPad: " ", startingAt: 0)
        + target.padding(toLength: 26, withPad: " ", startingAt: 0) + (ok.map { $0 ? "ok" : "OVER" } ?? ""))
  }
  print("Alianzas benchmark (medians; \(runs) opens per store; stores in \(folder))")
  row(
    "open national to first panel (index warm)", open1.warm, "ms", "≤ 50 and ≤ 0.1× Python",
    open1.warm <= 50 && open1.warm / python <= 0.1)
  row("open national, first of a new day", open1.newDay, "ms", "≤ 150", open1.newDay <= 150)
  row(
    "open national, one file changed outside", open1.oneChanged, "ms", "≤ 1.2× warm",
    open1.oneChanged <= 1.2 * open1.warm)
  row("open national, no index (never opened)", open1.cold, "ms", "", nil)
  row("open 10× national (index warm)", openTen.warm, "ms", "≤ 300", withTenX ? openTen.warm <= 300 : nil)
  row(
    "open 10× national, first of a new day", openTen.newDay, "ms", "≤ 1000",
    withTenX ? openTen.newDay <= 1000 : nil)
  row(
    "open 10× national, one file changed outside", openTen.oneChanged, "ms", "≤ 1.2× warm",
    withTenX ? openTen.oneChanged <= 1.2 * openTen.warm : nil)
  row("open 10× national, no index", openTen.cold, "ms", "", nil)
  row("edit → recomputed scores, national", edit1, "ms", "≤ 1", edit1 <= 1)
  row(
    "edit → recomputed scores, 10×", editTen, "ms", "≤ 1.5× national",
    withTenX ? editTen <= max(1.5 * edit1, 0.01) : nil)
  row("save one confirmed field (fsync), national", save, "ms", "≤ 10", save <= 10)
  row(
    "save one confirmed field (fsync), 10×", saveTen, "ms", "flat with scale", withTenX ? saveTen <= 10 : nil)
  row("first save after opening, national", firstSave, "ms", "≤ 5", firstSave <= 5)
  row("first save after opening, 10×", firstSaveTen, "ms", "≤ 5", withTenX ? firstSaveTen <= 5 : nil)
  row(
    "first save, history of 10 lines", median(firstSaveShort), "ms", "≤ 5", median(firstSaveShort) <= 5)
  row(
    "first save, history of 10,000 lines", median(firstSaveLong), "ms", "≤ 5", median(firstSaveLong) <= 5)
  row(
    "save one ELCSA answer, \(answer.kilobytes) KB roster", answer.ms, "ms", "≤ 10", answer.ms <= 10)
  row("  the first one after opening the file", answer.first, "ms", "", nil)
  row("render + diff 200×60, panel", render.panel, "ms", "≤ 2", render.panel <= 2)
  row("render + diff 200×60, alliance list", render.list, "ms", "", nil)
  row("KM + log-rank + Cox + ranking, national", analysis, "ms", "≤ 50", analysis <= 50)
  row(
    "peak memory, national, every file loaded", Double(heavy.maxRSSKB) / 1024, "MB", "≤ 400",
    heavy.maxRSSKB / 1024 <= 400)
  row(
    "peak memory, 10×, every file loaded", Double(heavyTen.maxRSSKB) / 1024, "MB", "≤ 400",
    withTenX ? heavyTen.maxRSSKB / 1024 <= 400 : nil)
  row("Python json.load of every file, national", python, "ms", "", nil)
  row("open ÷ Python load", open1.warm / python, "×", "≤ 0.1", open1.warm / python <= 0.1)
  imports.rows(row)
  for size in survival {
    row("analyze survival --csv, \(size.rows) rows (whole command)", size.ms, "ms", "", nil)
    row("  Cox fit in process, \(size.rows) rows", size.fitMs, "ms", "≥ 10× lifelines' fit", nil)
  }
}

extension String {
  func leftPad(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
