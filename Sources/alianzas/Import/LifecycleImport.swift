import AlianzasDomain
import AlianzasExport

/// The `lifecycle` table: each stage an alliance reached and each status it took, dated, with who
/// recorded it. For an alliance this import creates, its rows are the alliance's history (in
/// place of the single step the `alliances` row gives it). For an alliance the store had, a row
/// it already holds is unchanged and any other is refused: the interface moves an alliance
/// through its lifecycle, checking each step's requirements.
struct LifecycleImport: TableImport {
  static let table = "lifecycle"
  static let keys = ["alliance_code", "date"]
  static let reads: Set<String> = ["alliance_code", "date", "stage", "status", "officer", "note"]
  static let fieldColumns = ["date": "date", "stage": "stage", "status": "status"]

  func key(_ row: ImportRow) -> String? { nil }

  mutating func apply(_ row: inout ImportRow, _ work: ImportWork) -> RowOutcome? {
    let code = row.text("alliance_code") ?? ""
    var date = Day(ordinal: 0)
    var stage: Stage?, status: AllianceStatus?
    var officer = "", note = ""
    row.day(&date, "date")
    row.code(&stage, "stage", ExportCodeLists.stage)
    row.code(&status, "status", ExportCodeLists.status)
    row.text(&officer, "officer")
    row.text(&note, "note")
    guard row.problems.isEmpty else { return nil }
    guard (stage == nil) != (status == nil) else {
      row.problem(stage == nil ? "stage" : "status", .stageOrStatus)
      return nil
    }
    let creating = work.created.contains(code)
    let first = creating && !work.lifecycleRead.contains(code)
    let recordedAt = work.author.at
    let outcome = Importer.change(&row, work, columns: Self.fieldColumns) { a, row in
      if first {
        a.stageHistory = []
        a.statusHistory = []
      }
      if let stage {
        let event = StageEvent(stage: stage, date: date, officer: officer, note: note, recordedAt: recordedAt)
        if let known = a.stageHistory.firstIndex(where: { Self.same($0, event) }) {
          return (.unchanged, "stageHistory[\(known)]")
        }
        guard creating else {
          row.problem("stage", .lifecycleInInterface)
          return nil
        }
        a.stageHistory.append(event)
        a.stage = stage
        return (.created, "stageHistory[\(a.stageHistory.count - 1)]")
      }
      let event = StatusEvent(
        status: status!, date: date, officer: officer, note: note, recordedAt: recordedAt)
      if let known = a.statusHistory.firstIndex(where: { Self.same($0, event) }) {
        return (.unchanged, "statusHistory[\(known)]")
      }
      guard creating else {
        row.problem("status", .lifecycleInInterface)
        return nil
      }
      a.statusHistory.append(event)
      a.status = status!
      return (.created, "statusHistory[\(a.statusHistory.count - 1)]")
    }
    if outcome != nil, creating { work.lifecycleRead.insert(code) }
    return outcome
  }

  /// The same event, whenever it was typed in.
  static func same(_ a: StageEvent, _ b: StageEvent) -> Bool {
    (a.stage, a.date, a.officer, a.note) == (b.stage, b.date, b.officer, b.note)
  }

  static func same(_ a: StatusEvent, _ b: StatusEvent) -> Bool {
    (a.status, a.date, a.officer, a.note) == (b.status, b.date, b.officer, b.note)
  }
}
