import AlianzasDomain
import AlianzasStore
import Crypto

/// The records an import reads and changes, held in memory until every row is read: each record
/// is loaded from the store the first time a row names it, changed row by row, and saved at the
/// end only if a row changed it. A row that has a problem changes nothing.
final class ImportWork {
  let store: FileStore
  let reference: ReferenceData
  let instruments: Instruments
  let today: Day
  /// Who the created and changed records are stamped with.
  let author: Author

  /// Alliances rows have changed or created, and what the store had of each one changed.
  private var alliances: [String: Alliance] = [:]
  private var allianceBases: [String: Alliance] = [:]
  /// The last alliance read that no row has changed. An alliance is read from the store when a
  /// row first needs it and kept only while rows go on naming it: an import of rosters across
  /// 775 alliances then holds one of them, not all (they were most of its memory).
  private var recent: Alliance?
  private var allianceProblems: [String: StoreProblem] = [:]
  /// The validation issues each alliance had after its last accepted row: a row is refused for
  /// the issues it adds, not for ones the record had before.
  private var allianceIssues: [String: Set<ValidationIssue>] = [:]
  /// The one roster rows are working on. Rosters are not all held: each checked row that changed
  /// one is kept as where to read it again (`RosterEdit`), and a roster is built again from the
  /// store and those rows when a later row comes back to it and when it is saved. Memory then
  /// holds one roster and the rows' places, not every household of the file.
  private var resident: HouseholdRoster?
  private var rosterEdits: [String: [RosterEdit]] = [:]
  /// Each alliance's municipality, for the duplicate search.
  private var municipalities: [String: String] = [:]
  private(set) var changedAlliances: Set<String> = []
  private(set) var changedRosters: Set<String> = []

  init(store: FileStore, reference: ReferenceData, instruments: Instruments, today: Day, author: Author) {
    self.store = store
    self.reference = reference
    self.instruments = instruments
    self.today = today
    self.author = author
  }

  /// The alliance as the import has it so far, or the reason there is none to change.
  func alliance(_ code: String) -> Result<Alliance, ImportProblemReason> {
    if let a = current(code) { return .success(a) }
    if let problem = allianceProblems[code] { return .failure(.unreadable(problem)) }
    guard Alliance.isSafeFileCode(code), store.stamp(.alliances, code: code) != nil else {
      return .failure(.missing)
    }
    switch store.loadAlliance(code: code) {
    case .success(let a):
      recent = a
      municipalities[code] = a.municipality.code
      return .success(a)
    case .failure(let problem):
      allianceProblems[code] = problem
      return .failure(.unreadable(problem))
    }
  }

  /// The alliance as rows have left it, if a row changed it or it is the one last read.
  private func current(_ code: String) -> Alliance? {
    if let changed = alliances[code] { return changed }
    if let recent, recent.code == code { return recent }
    return nil
  }

  /// The issues `changed` has that the alliance did not have before this row.
  func newIssues(_ changed: Alliance) -> [ValidationIssue] {
    let before =
      allianceIssues[changed.code]
      ?? Set((current(changed.code) ?? changed).validate(reference: reference, today: today))
    allianceIssues[changed.code] = before
    return changed.validate(reference: reference, today: today).filter { !before.contains($0) }
  }

  /// A row that changed an alliance: `file` is its place among the files of this import.
  struct Touch {
    var file: Int
    /// The data row's index, and its number as the spreadsheet shows it.
    var row: Int
    var number: Int
    var outcome: RowOutcome
  }
  private(set) var touches: [String: [Touch]] = [:]

  func touch(_ code: String, file: Int, row: Int, number: Int, outcome: RowOutcome) {
    touches[code, default: []].append(Touch(file: file, row: row, number: number, outcome: outcome))
  }

  /// Checks each changed alliance whole once every file is read: rules that join records of
  /// different tables (a new buyer replaces one whose rupture another file brings; one agreement
  /// in force) are judged on the result, not row by row. An alliance that breaks one goes back
  /// to what the store had, and the rows that changed it are returned with the issues.
  func finish() -> [(code: String, issues: [ValidationIssue], touches: [Touch])] {
    var refused: [(String, [ValidationIssue], [Touch])] = []
    for code in changedAlliances.sorted() {
      guard let changed = alliances[code] else { continue }
      let base = allianceBases[code]
      let before = Set(base?.validate(reference: reference, today: today) ?? [])
      let issues = changed.validate(reference: reference, today: today).filter { !before.contains($0) }
      guard !issues.isEmpty else { continue }
      alliances[code] = base
      changedAlliances.remove(code)
      refused.append((code, issues, touches[code] ?? []))
    }
    return refused
  }

  /// Keeps a row's change to an alliance; unchanged records are not marked for saving.
  func put(_ alliance: Alliance) {
    guard current(alliance.code) != alliance else { return }
    if alliances[alliance.code] == nil {
      // Its first change: what the store has is the alliance the row started from.
      allianceBases[alliance.code] =
        recent?.code == alliance.code ? recent : try? store.loadAlliance(code: alliance.code).get()
    }
    alliances[alliance.code] = alliance
    allianceIssues[alliance.code] = nil
    changedAlliances.insert(alliance.code)
  }

  /// Alliances this import creates: their stage and status history may come from the
  /// `lifecycle` table, which for an alliance the store had is the interface's to change.
  private(set) var created: Set<String> = []
  /// Created alliances whose history the `lifecycle` rows have started to replace.
  var lifecycleRead: Set<String> = []

  /// Adds an alliance the store does not have; saved at the end as a new file.
  func create(_ alliance: Alliance, file: Int, row: Int, number: Int) {
    created.insert(alliance.code)
    alliances[alliance.code] = alliance
    allianceProblems[alliance.code] = nil
    changedAlliances.insert(alliance.code)
    touch(alliance.code, file: file, row: row, number: number, outcome: .created)
  }

  /// A checked row that changed a roster, kept as which rule to apply it again with and where to
  /// read it: a few bytes for each of a roster file's 49,000 rows.
  struct RosterEdit {
    enum Table: UInt8 {
      case households, surveys
    }
    var table: Table
    var file: Int32
    var row: Int32
  }
  /// The files edits point into, by their place among the files of this import.
  private var sheets: [Int: ImportSheet] = [:]
  /// The duplicate review's mark a row gave its household, for the few rows that gave one (by
  /// file and row).
  private var distinctMarks: [Int: [RecordID]] = [:]

  /// Applies a kept row again to its roster, as it was applied the first time.
  private func replay(_ edit: RosterEdit, _ roster: inout HouseholdRoster) {
    guard let sheet = sheets[Int(edit.file)] else { return }
    let row = Int(edit.row)
    switch edit.table {
    case .households:
      HouseholdImport.replay(
        sheet.row(row), distinctFrom: distinctMarks[Int(edit.file) << 32 | row], &roster, self)
    case .surveys: SurveyImport.replay(sheet.row(row), &roster, self)
    }
  }

  /// The alliance's roster so far (empty when it has no household file yet).
  func roster(_ code: String) -> Result<HouseholdRoster, ImportProblemReason> {
    if let resident, resident.allianceCode == code { return .success(resident) }
    switch alliance(code) {
    case .failure(let reason): return .failure(reason)
    case .success: break
    }
    switch storedRoster(code) {
    case .failure(let problem): return .failure(.unreadable(problem))
    case .success(let stored):
      var roster = stored ?? HouseholdRoster(allianceCode: code, households: [])
      for edit in rosterEdits[code] ?? [] { replay(edit, &roster) }
      resident = roster
      return .success(roster)
    }
  }

  /// The roster as the store has it: nil when the alliance has no household file yet.
  private func storedRoster(_ code: String) -> Result<HouseholdRoster?, StoreProblem> {
    guard store.stamp(.households, code: code) != nil else { return .success(nil) }
    return store.loadRoster(code: code).map { $0 }
  }

  /// Keeps a checked row's change to its roster: `row` is read again when the roster is built
  /// again, with `distinctFrom` (the duplicate review's mark the row gave its household) if any.
  func edit(
    _ roster: HouseholdRoster, table: RosterEdit.Table, row: ImportRow, distinctFrom: [RecordID]? = nil
  ) {
    let file = row.sheet.fileIndex
    sheets[file] = row.sheet
    if let distinctFrom { distinctMarks[file << 32 | row.index] = distinctFrom }
    resident = roster
    rosterEdits[roster.allianceCode, default: []].append(
      RosterEdit(table: table, file: Int32(file), row: Int32(row.index)))
    changedRosters.insert(roster.allianceCode)
  }

  /// Every roster the store has, one at a time, as the store has it.
  func forEachStoredRoster(_ body: (HouseholdRoster) -> Void) {
    for code in store.codes(in: .households) {
      if case .success(let r?) = storedRoster(code) { body(r) }
    }
  }

  /// The municipality of an alliance the import knows ("" when it knows none).
  func municipality(of code: String) -> String {
    if let known = municipalities[code] { return known }
    let found = (try? alliance(code).get())?.municipality.code ?? ""
    municipalities[code] = found
    return found
  }

  /// Why saving stopped: the store refused, or a file whose rows are read again at save time
  /// changed meanwhile (the rosters saved before it stay whole, as after a kill).
  enum SaveFailure: Error {
    case store(StoreError)
    case changed(file: String)
  }

  /// Writes every changed record through the store's save path (history, sync), each file
  /// atomically: an import killed here leaves each record imported or untouched.
  func save(reason: String, progress: (Int, Int) -> Void) throws(SaveFailure) -> Int {
    store.changeReason = reason
    defer { store.changeReason = nil }
    let total = changedAlliances.count + changedRosters.count
    var done = 0
    for code in changedAlliances.sorted() {
      guard let a = alliances[code] else { continue }
      do { try store.save(a, base: allianceBases[code]) } catch { throw .store(error) }
      store.condense(store.relativePath(.alliances, code: code))
      done += 1
      progress(done, total)
    }
    resident = nil
    for code in changedRosters.sorted() {
      // The roster as the store has it, and the checked rows applied to it again.
      let base: HouseholdRoster?
      switch storedRoster(code) {
      case .success(let r): base = r
      case .failure(let problem): throw .store(.unreadable(problem))
      }
      var roster = base ?? HouseholdRoster(allianceCode: code, households: [])
      let edits = rosterEdits[code] ?? []
      for edit in edits { replay(edit, &roster) }
      // Rows read again from a file that has changed since it was checked are not saved.
      if let changed = Set(edits.map(\.file)).compactMap({ sheets[Int($0)] }).first(where: {
        $0.input.changedWhileRead
      }) {
        throw .changed(file: changed.file)
      }
      rosterEdits[code] = nil
      do { try store.save(roster, base: base) } catch { throw .store(error) }
      store.condense(store.relativePath(.households, code: code))
      done += 1
      progress(done, total)
    }
    return total
  }

  /// An id for a record the import creates, the same whichever store and however many times the
  /// same row is imported: two laptops importing one spreadsheet make one record, not two.
  static func id(_ parts: String...) -> RecordID {
    let digest = SHA256.hash(data: Array(parts.joined(separator: "\u{1F}").utf8))
    let hex = Array("0123456789abcdef")
    return "imp-" + String(digest.prefix(8).flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 15)]] })
  }
}

/// Why a row's record cannot be reached.
enum ImportProblemReason: Error {
  case missing
  case unreadable(StoreProblem)
}
