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
  private var rosters: [String: HouseholdRoster] = [:]
  private var rosterBases: [String: HouseholdRoster?] = [:]
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

  /// The alliance's roster so far (empty when it has no household file yet).
  func roster(_ code: String) -> Result<HouseholdRoster, ImportProblemReason> {
    if let r = rosters[code] { return .success(r) }
    switch alliance(code) {
    case .failure(let reason): return .failure(reason)
    case .success: break
    }
    guard store.stamp(.households, code: code) != nil else {
      let empty = HouseholdRoster(allianceCode: code, households: [])
      rosters[code] = empty
      rosterBases[code] = .some(nil)
      return .success(empty)
    }
    switch store.loadRoster(code: code) {
    case .success(let r):
      rosters[code] = r
      rosterBases[code] = r
      return .success(r)
    case .failure(let problem):
      return .failure(.unreadable(problem))
    }
  }

  /// Keeps a row's change to a roster (the caller changed it: comparing whole rosters on every
  /// row would cost as much as the rows).
  func put(_ roster: HouseholdRoster) {
    rosters[roster.allianceCode] = roster
    changedRosters.insert(roster.allianceCode)
  }

  /// Every roster the store has, for finding duplicates across alliances; those the import
  /// already changed as it has them.
  func allRosters() -> [HouseholdRoster] {
    var out: [HouseholdRoster] = []
    for code in store.codes(in: .households) {
      if case .success(let r) = roster(code) { out.append(r) }
    }
    return out
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
    for code in changedRosters.sorted() {
      guard let r = rosters[code] else { continue }
      try store.save(r, base: rosterBases[code] ?? nil)
      store.condense(store.relativePath(.households, code: code))
      // What is saved is not needed again: memory stays at what the rows themselves hold.
      rosters[code] = nil
      rosterBases[code] = nil
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
