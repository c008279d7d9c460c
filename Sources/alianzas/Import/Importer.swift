import AlianzasDomain
import AlianzasExport

/// What one row did, or would do.
enum RowOutcome: Sendable {
  case created, updated, unchanged
}

/// One importable table: the export table whose codebook it reads, the columns that say which
/// record a row is, and how a row changes the records.
protocol TableImport {
  /// The export's table name (`households`, `agreements`…).
  static var table: String { get }
  /// Columns every row must have: they say which record it is.
  static var keys: [String] { get }
  /// The codebook's columns this table reads; the others are computed by the program.
  static var reads: Set<String> { get }
  /// A row's record, for telling a repeated row; nil when the keys themselves are bad.
  func key(_ row: ImportRow) -> String?
  /// Reads a row into the records; nil when the row has a problem (then nothing changed).
  mutating func apply(_ row: inout ImportRow, _ work: ImportWork) -> RowOutcome?
  /// Whether rows are read alliance by alliance (in file order within each): a table of rosters
  /// holds one roster at a time, so a file that jumps between alliances must not make it build
  /// one again at every jump.
  static var readsByAlliance: Bool { get }
}

extension TableImport {
  static var readsByAlliance: Bool { false }
}

/// The result of reading a whole file.
struct ImportResult {
  var created = 0, updated = 0, unchanged = 0
  /// What accepted rows did that is worth saying (a duplicate kept as a distinct household).
  var notes: [ImportProblem] = []
  /// Rows refused, with their problems, in file order.
  var rejected: [(row: Int, problems: [ImportProblem])] = []
  var problems: [ImportProblem] { rejected.flatMap(\.problems) }
}

/// Reads every row of a sheet through a table's import.
enum Importer {
  static func run<T: TableImport>(
    _ table: inout T, _ sheet: ImportSheet, _ work: ImportWork, progress: (Int, Int) -> Void
  ) -> ImportResult {
    var result = ImportResult()
    // Keys by their 64-bit hash: a file of 49,000 rows holds one entry per row.
    var firstRow: [Int: Int] = [:]
    let total = sheet.rowCount
    var order = Array(0..<total)
    if T.readsByAlliance, let column = sheet.position["alliance_code"] {
      // Each row's alliance as the rank of its code among the file's codes: four bytes a row
      // rather than a string.
      var ids: [String: Int32] = [:]
      let rowIDs = order.map { row -> Int32 in
        let code = sheet.input.text(row, column)
        if let id = ids[code] { return id }
        ids[code] = Int32(ids.count)
        return Int32(ids.count - 1)
      }
      var rank = [Int32](repeating: 0, count: ids.count)
      for (k, entry) in ids.sorted(by: { $0.key < $1.key }).enumerated() { rank[Int(entry.value)] = Int32(k) }
      order.sort { (rank[Int(rowIDs[$0])], $0) < (rank[Int(rowIDs[$1])], $1) }
    }
    for (done, index) in order.enumerated() {
      var row = sheet.row(index)
      var outcome: RowOutcome?
      let key = table.key(row).map(DuplicateIndex.hash)
      if let key, let first = firstRow[key] {
        row.problem(nil, .repeatedRow(first))
      } else {
        if let key { firstRow[key] = row.number }
        outcome = table.apply(&row, work)
      }
      if outcome != nil { result.notes += row.notes }
      switch outcome {
      case .created?: result.created += 1
      case .updated?: result.updated += 1
      case .unchanged?: result.unchanged += 1
      case nil:
        if row.problems.isEmpty { row.problem(nil, .needsValue) }
        result.rejected.append((row.index, row.problems))
      }
      if done % 1000 == 999 { progress(done + 1, total) }
    }
    progress(total, total)
    result.rejected.sort { $0.row < $1.row }
    result.notes.sort { $0.row < $1.row }
    return result
  }

  /// The issues validation found in a changed record, as problems of the row: on the column
  /// that holds the field when the table has one, else on the row with the field's name.
  static func report(_ issues: [ValidationIssue], _ row: inout ImportRow, columns: [String: String]) {
    for issue in issues {
      // `agreements[2].rupture.date` → `rupture.date`; `members` stays `members`.
      var field = Substring(issue.field)
      if let close = field.lastIndex(of: "]"), field.index(after: close) < field.endIndex,
        field[field.index(after: close)] == "."
      {
        field = field[field.index(close, offsetBy: 2)...]
      }
      if let column = columns[String(field)], row.has(column) {
        row.problem(column, Localized { issue.reason($0) })
      } else {
        row.problem(nil, Localized { issue.message($0) })
      }
    }
  }

  /// A row's change to its alliance: `body` changes a copy and names the element it touched
  /// (`agreements[2]`). The row is refused for the issues it brings to that element; rules that
  /// join records of other rows or tables wait until every file is read (`ImportWork.finish`).
  static func change(
    _ row: inout ImportRow, _ work: ImportWork, columns: [String: String],
    _ body: (inout Alliance, inout ImportRow) -> (outcome: RowOutcome, element: String)?
  ) -> RowOutcome? {
    guard let alliance = alliance(&row, work) else { return nil }
    var changed = alliance
    guard let (outcome, element) = body(&changed, &row), row.problems.isEmpty else { return nil }
    if changed == alliance { return .unchanged }
    // An empty element is the alliance itself: every issue the row brings is its own.
    let local = work.newIssues(changed).filter {
      (element.isEmpty || $0.field == element || $0.field.hasPrefix(element + ".")) && !joinsRecords($0)
    }
    report(local, &row, columns: columns)
    guard row.problems.isEmpty else { return nil }
    work.put(changed)
    work.touch(changed.code, file: row.sheet.fileIndex, row: row.index, number: row.number, outcome: outcome)
    return outcome
  }

  /// Issues about how a record stands to another one (the agreement it replaces and that
  /// agreement's rupture), which the rows of another table may settle.
  static func joinsRecords(_ issue: ValidationIssue) -> Bool {
    if issue.field.hasSuffix(".replaces") { return true }
    if case .notAfter(let other) = issue.problem, other == "rupture.date" { return true }
    return false
  }

  /// The alliances `ImportWork.finish` sent back: each row that changed one is refused with the
  /// rule the alliance as a whole broke.
  static func settle(
    _ refused: [(code: String, issues: [ValidationIssue], touches: [ImportWork.Touch])],
    into results: inout [ImportResult]
  ) {
    for (code, issues, touches) in refused {
      for touch in touches {
        switch touch.outcome {
        case .created: results[touch.file].created -= 1
        case .updated: results[touch.file].updated -= 1
        case .unchanged: results[touch.file].unchanged -= 1
        }
        let problems = issues.map { issue in
          ImportProblem(row: touch.number, column: nil, Localized { code + ": " + issue.message($0) })
        }
        results[touch.file].rejected.append((touch.row, problems))
      }
    }
    for k in results.indices { results[k].rejected.sort { $0.row < $1.row } }
  }

  /// The position in `a.visits` of the row's `visit_id`, or the problem on it.
  static func visit(_ id: String, in a: Alliance, _ row: inout ImportRow) -> Int? {
    guard let v = a.visits.firstIndex(where: { $0.id == id }) else {
      row.problem("visit_id", id.isEmpty ? ImportText.needsValue : .noSuchVisit(id, a.code))
      return nil
    }
    return v
  }

  /// A row's alliance, or the problem on its `alliance_code`.
  static func alliance(_ row: inout ImportRow, _ work: ImportWork) -> Alliance? {
    let code = row.text("alliance_code") ?? ""
    switch work.alliance(code) {
    case .success(let a): return a
    case .failure(let reason):
      unreachable(reason, code: code, &row)
      return nil
    }
  }

  /// The roster of the row's `alliance_code`, or the problem on it.
  static func roster(_ row: inout ImportRow, _ work: ImportWork) -> HouseholdRoster? {
    let code = row.text("alliance_code") ?? ""
    switch work.roster(code) {
    case .success(let r): return r
    case .failure(let reason):
      unreachable(reason, code: code, &row)
      return nil
    }
  }

  static func unreachable(_ reason: ImportProblemReason, code: String, _ row: inout ImportRow) {
    switch reason {
    case .missing:
      row.problem("alliance_code", code.isEmpty ? ImportText.needsValue : .noSuchAlliance(code))
    case .unreadable(let problem): row.problem("alliance_code", Localized { problem.message($0) })
    }
  }
}
