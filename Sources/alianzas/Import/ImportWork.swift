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

  private var alliances: [String: Alliance] = [:]
  private var allianceBases: [String: Alliance] = [:]
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
    if let a = alliances[code] { return .success(a) }
    if let problem = allianceProblems[code] { return .failure(.unreadable(problem)) }
    guard Alliance.isSafeFileCode(code), store.stamp(.alliances, code: code) != nil else {
      return .failure(.missing)
    }
    switch store.loadAlliance(code: code) {
    case .success(let a):
      alliances[code] = a
      allianceBases[code] = a
      return .success(a)
    case .failure(let problem):
      allianceProblems[code] = problem
      return .failure(.unreadable(problem))
    }
  }

  /// The issues `changed` has that the alliance did not have before this row.
  func newIssues(_ changed: Alliance) -> [ValidationIssue] {
    let before =
      allianceIssues[changed.code]
      ?? Set((alliances[changed.code] ?? changed).validate(reference: reference, today: today))
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
    guard alliances[alliance.code] != alliance else { return }
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

  /// A checked row that changed a roster, and how to apply it again.
  struct RosterEdit {
    var sheet: ImportSheet
    var row: Int
    /// The duplicate review's mark the row's household was given, if any.
    var distinctFrom: [RecordID]?
    var replay: (RosterEdit, inout HouseholdRoster, ImportWork) -> Void
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
      for edit in rosterEdits[code] ?? [] { edit.replay(edit, &roster, self) }
      resident = roster
      return .success(roster)
    }
  }

  /// The roster as the store has it: nil when the alliance has no household file yet.
  private func storedRoster(_ code: String) -> Result<HouseholdRoster?, StoreProblem> {
    guard store.stamp(.households, code: code) != nil else { return .success(nil) }
    return store.loadRoster(code: code).map { $0 }
  }

  /// Keeps a checked row's change to its roster.
  func edit(_ roster: HouseholdRoster, _ edit: RosterEdit) {
    resident = roster
    rosterEdits[roster.allianceCode, default: []].append(edit)
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

  /// Writes every changed record through the store's save path (history, sync), each file
  /// atomically: an import killed here leaves each record imported or untouched.
  func save(reason: String, progress: (Int, Int) -> Void) throws(StoreError) -> Int {
    store.changeReason = reason
    defer { store.changeReason = nil }
    let total = changedAlliances.count + changedRosters.count
    var done = 0
    for code in changedAlliances.sorted() {
      guard let a = alliances[code] else { continue }
      try store.save(a, base: allianceBases[code])
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
      case .failure(let problem): throw .unreadable(problem)
      }
      var roster = base ?? HouseholdRoster(allianceCode: code, households: [])
      for edit in rosterEdits[code] ?? [] { edit.replay(edit, &roster, self) }
      rosterEdits[code] = nil
      try store.save(roster, base: base)
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
