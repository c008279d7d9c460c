import AlianzasDomain
import AlianzasExport

/// The `survey_answers_wide` table: one row per survey of a household, by `survey_id`, every
/// ELCSA item and PPI indicator a column. A complete survey is locked: an import may create one,
/// or find it unchanged, but answers of a complete survey change only when a person reopens it in
/// the interface and says why.
struct SurveyImport: TableImport {
  static let table = "survey_answers_wide"
  static let readsByAlliance = true
  static let keys = ["alliance_code", "household_code", "survey_id"]
  static let reads: Set<String> = Set(
    [
      "alliance_code", "household_code", "survey_id", "survey_date", "survey_status", "survey_sample",
      "enumerator",
      "has_minors",
      "income_total", "income_product",
    ]
      + (1...Survey.elcsaItemCount).map { "elcsa_\($0)" } + (1...Survey.ppiIndicatorCount).map { "ppi_\($0)" }
  )
  static let neededToCreate = ["survey_date"]
  static let fieldColumns: [String: String] = {
    var columns = [
      "date": "survey_date", "status": "survey_status", "incomeTotal": "income_total",
      "incomeFromProduct": "income_product", "id": "survey_id", "enumerator": "enumerator",
    ]
    for i in 0..<Survey.ppiIndicatorCount { columns["ppi[\(i)]"] = "ppi_\(i + 1)" }
    return columns
  }()

  func key(_ row: ImportRow) -> String? {
    guard let id = row.text("survey_id"), !id.isEmpty else { return nil }
    return [row.text("alliance_code") ?? "", row.text("household_code") ?? "", id].joined(separator: "\u{1F}")
  }

  mutating func apply(_ row: inout ImportRow, _ work: ImportWork) -> RowOutcome? {
    let allianceCode = row.text("alliance_code") ?? ""
    let householdCode = row.text("household_code") ?? ""
    let id = row.text("survey_id") ?? ""
    guard !id.isEmpty else {
      row.problem("survey_id", .needsValue)
      return nil
    }
    guard var roster = Importer.roster(&row, work) else { return nil }
    guard let h = roster.households.firstIndex(where: { $0.code == householdCode }) else {
      row.problem("household_code", .noSuchHousehold(householdCode, allianceCode))
      return nil
    }
    let index = roster.households[h].surveys.firstIndex { $0.id == id }
    let original = index.map { roster.households[h].surveys[$0] }
    if original == nil {
      guard row.canCreate(needing: Self.neededToCreate) else { return nil }
    }
    let s = Self.build(original, id: id, &row, work)
    guard row.problems.isEmpty else { return nil }
    if let original {
      if original == s { return .unchanged }
      if original.status == .complete {
        row.problem(nil, .surveyLocked(id))
        return nil
      }
    }
    // A complete survey needs the titular's authorization first (Ley 1581), as in the interface.
    if s.status == .complete, let issue = roster.households[h].consentIssue(completing: s) {
      row.problem("survey_status", issue.reason)
      return nil
    }
    let field = "surveys[\(index ?? roster.households[h].surveys.count)]"
    let before = Set(original.map { $0.validate(instruments: work.instruments, today: work.today) } ?? [])
    let issues = s.validate(instruments: work.instruments, today: work.today).filter { !before.contains($0) }
    Importer.report(
      issues.map { ValidationIssue(field + "." + $0.field, $0.problem) }, &row, columns: Self.fieldColumns)
    guard row.problems.isEmpty else { return nil }
    Self.place(s, at: index, household: h, in: &roster, work)
    work.edit(roster, table: .surveys, row: row)
    return original == nil ? .created : .updated
  }

  /// The survey a row makes of `original` (nil: a new one), every cell it has read in; the same
  /// row read again gives the same survey (`replay`).
  static func build(_ original: Survey?, id: String, _ row: inout ImportRow, _ work: ImportWork) -> Survey {
    let author = work.author
    var s =
      original
      ?? Survey(
        id: id, stamp: author.stamp, date: work.today, enumerator: author.officer,
        ppi: Array(repeating: nil, count: work.instruments.ppi.indicators.count))
    row.day(&s.date, "survey_date")
    row.code(&s.status, "survey_status", ExportCodeLists.surveyStatus)
    // A survey without a sample is drawn for monitoring: the store keeps it so when the row
    // agrees.
    var sample = s.drawnFor
    if row.filled("survey_sample") { row.code(&sample, "survey_sample", ExportCodeLists.surveySample) }
    if sample != s.drawnFor { s.sample = sample }
    if row.filled("enumerator") { row.text(&s.enumerator, "enumerator") }
    row.yesNo(&s.hasMinors, "has_minors")
    for i in 0..<min(s.elcsa.count, Survey.elcsaItemCount) {
      row.code(&s.elcsa[i], "elcsa_\(i + 1)", ExportCodeLists.elcsaAnswer)
    }
    for i in 0..<min(s.ppi.count, Survey.ppiIndicatorCount) { row.code(&s.ppi[i], "ppi_\(i + 1)") }
    row.pesos(&s.incomeTotal, "income_total")
    row.pesos(&s.incomeFromProduct, "income_product")
    return s
  }

  /// Puts `s` in household `h`'s surveys: in place of the one it updates (a new revision), or at
  /// the end.
  static func place(
    _ s: Survey, at index: Int?, household h: Int, in roster: inout HouseholdRoster, _ work: ImportWork
  ) {
    var s = s
    if let index {
      s.stamp = s.stamp.bumped(by: work.author)
      roster.households[h].surveys[index] = s
    } else {
      roster.households[h].surveys.append(s)
    }
  }

  /// A checked row applied again to its roster, as it was the first time.
  static func replay(_ row: ImportRow, _ roster: inout HouseholdRoster, _ work: ImportWork) {
    var row = row
    let householdCode = row.text("household_code") ?? "", id = row.text("survey_id") ?? ""
    guard let h = roster.households.firstIndex(where: { $0.code == householdCode }) else { return }
    let index = roster.households[h].surveys.firstIndex { $0.id == id }
    let s = build(index.map { roster.households[h].surveys[$0] }, id: id, &row, work)
    place(s, at: index, household: h, in: &roster, work)
  }
}
