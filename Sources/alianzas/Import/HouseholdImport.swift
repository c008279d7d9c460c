import AlianzasDomain
import AlianzasExport

/// The `households` table: one row per household of an alliance's roster, by its code. A new
/// household that shares a document number with one already kept, or its head's name and village
/// within the same municipality when one of the two has no document to tell them apart, is a
/// possible duplicate: it is refused with the one it resembles named, never merged on its own
/// (the rule `DuplicateCandidate` applies to rosters that meet in a sync).
struct HouseholdImport: TableImport {
  static let table = "households"
  static let readsByAlliance = true
  static let keys = ["alliance_code", "household_code"]
  static let reads: Set<String> = [
    "alliance_code", "household_code", "group", "head_name", "document_number", "village", "members",
    "minors", "displaced", "afro_colombian", "indigenous", "trained", "joined", "authorization_date",
    "authorization_means", "authorization_officer", "authorizes_surveys", "authorizes_sensitive",
    "authorizes_research",
  ]
  /// Columns a new household cannot be made without.
  static let neededToCreate = ["group", "head_name", "members"]
  static let fieldColumns = [
    "code": "household_code", "headName": "head_name", "documentNumber": "document_number",
    "village": "village", "members": "members", "minors": "minors", "joined": "joined",
    "vulnerability": "displaced", "authorization.date": "authorization_date",
    "authorization.officer": "authorization_officer", "authorization.scope": "authorizes_surveys",
  ]
  static let sensitive: [(column: String, group: VulnerableGroup)] = [
    ("displaced", .displaced), ("afro_colombian", .afroColombian), ("indigenous", .indigenous),
  ]

  /// `--distinct-duplicates`: a person looked at the possible duplicates of the trial run and
  /// says they are different households. They are imported, each with the one it resembled in
  /// `distinctFrom`, the mark the duplicate review leaves, so no one is asked about them again.
  var distinct = false
  /// The store's households and those this file's rows create, for the duplicate search;
  /// built at the first row.
  private var index: DuplicateIndex?

  func key(_ row: ImportRow) -> String? {
    guard let household = row.text("household_code"), !household.isEmpty else { return nil }
    return household
  }

  private mutating func buildIndex(_ row: ImportRow, _ work: ImportWork) {
    var index = DuplicateIndex(sheet: row.sheet)
    work.forEachStoredRoster { roster in
      let municipality = work.municipality(of: roster.allianceCode)
      for h in roster.households { index.add(h, alliance: roster.allianceCode, municipality: municipality) }
    }
    self.index = index
  }

  /// The titular's authorization as the row records it. An import records or widens one; it
  /// never takes one away (a titular's revocation or erasure goes through `alianzas privacy`).
  private static func readAuthorization(_ h: inout Household, _ row: inout ImportRow, _ work: ImportWork) {
    guard row.filled("authorization_date") else { return }
    var a = h.authorization ?? Authorization(date: work.today, officer: work.author.officer, scope: [])
    row.day(&a.date, "authorization_date")
    if row.filled("authorization_means") {
      row.code(&a.means, "authorization_means", ExportCodeLists.authorizationMeans)
    }
    if row.filled("authorization_officer") { row.text(&a.officer, "authorization_officer") }
    var scope = Set(a.scope)
    for (column, covered) in [
      ("authorizes_surveys", Authorization.Scope.surveys), ("authorizes_sensitive", .sensitiveData),
      ("authorizes_research", .research),
    ] where row.filled(column) {
      var yes = scope.contains(covered)
      row.yesNo(&yes, column)
      if yes { scope.insert(covered) } else { scope.remove(covered) }
    }
    a.scope = scope.sorted()
    h.authorization = a
  }

  /// The household a row makes of `original` (nil: a new one), with every cell it has read in;
  /// the problems of its cells are the row's. The same row read again gives the same household,
  /// which is how a roster is built again when it is saved (`replay`).
  static func build(
    _ original: Household?, allianceCode: String, code: String, _ row: inout ImportRow, _ work: ImportWork
  ) -> Household {
    var h =
      original
      ?? Household(
        id: ImportWork.id("household", allianceCode, code), stamp: work.author.stamp, code: code,
        group: .beneficiary, headName: "", documentNumber: "", village: "", members: 1, minors: 0,
        trained: false, joined: nil)
    var group = h.group
    row.code(&group, "group", ExportCodeLists.group)
    h.changeGroup(to: group)
    row.text(&h.headName, "head_name")
    row.text(&h.documentNumber, "document_number")
    row.text(&h.village, "village")
    row.whole(&h.members, "members")
    row.whole(&h.minors, "minors")
    row.yesNo(&h.trained, "trained")
    row.day(&h.joined, "joined")
    readAuthorization(&h, &row, work)
    // Sensitive facts (Ley 1581, art. 6): kept only for a household whose titular authorized
    // them. An empty cell says nothing (an export leaves them empty unless asked for them).
    for (column, vulnerable) in sensitive where row.filled(column) {
      var value: Bool? = h.vulnerability.contains(vulnerable)
      row.yesNo(&value, column)
      guard h.authorizesSensitive else {
        row.problem(column, .sensitiveNotAuthorized)
        continue
      }
      h.vulnerability.removeAll { $0 == vulnerable }
      if value == true { h.vulnerability.append(vulnerable) }
      h.vulnerability.sort()
    }
    return h
  }

  /// Puts `h` in its roster: in place of the household it updates (a new revision), or at the end.
  static func place(_ h: Household, at index: Int?, in roster: inout HouseholdRoster, _ work: ImportWork) {
    var h = h
    if let index {
      h.stamp = h.stamp.bumped(by: work.author)
      roster.households[index] = h
    } else {
      roster.households.append(h)
    }
  }

  /// A checked row applied again to its roster, as it was the first time.
  static func replay(
    _ row: ImportRow, distinctFrom: [RecordID]?, _ roster: inout HouseholdRoster, _ work: ImportWork
  ) {
    var row = row
    let allianceCode = row.text("alliance_code") ?? "", code = row.text("household_code") ?? ""
    let index = roster.households.firstIndex { $0.code == code }
    var h = build(index.map { roster.households[$0] }, allianceCode: allianceCode, code: code, &row, work)
    if let distinctFrom { h.distinctFrom = distinctFrom }
    place(h, at: index, in: &roster, work)
  }

  mutating func apply(_ row: inout ImportRow, _ work: ImportWork) -> RowOutcome? {
    if index == nil { buildIndex(row, work) }
    let allianceCode = row.text("alliance_code") ?? ""
    let code = row.text("household_code") ?? ""
    guard !code.isEmpty else {
      row.problem("household_code", .needsValue)
      return nil
    }
    if let elsewhere = index?.byCode(code), elsewhere.alliance != allianceCode {
      row.problem("household_code", .householdElsewhere(code, elsewhere.alliance))
      return nil
    }
    guard Importer.alliance(&row, work) != nil else { return nil }
    guard var roster = Importer.roster(&row, work) else { return nil }
    let at = roster.households.firstIndex { $0.code == code }
    let original = at.map { roster.households[$0] }
    if original == nil, !row.canCreate(needing: Self.neededToCreate) { return nil }
    var h = Self.build(original, allianceCode: allianceCode, code: code, &row, work)
    let distinctBefore = h.distinctFrom
    // Only a document the row brings is checked: two households the store already had with one
    // document are a matter for the interface, and must not stop a re-import.
    if h.documentNumber != original?.documentNumber, !h.documentNumber.isEmpty,
      let same = index?.byDocument(h.documentNumber), same.code != code
    {
      if distinct {
        h.distinctFrom = Array(Set((h.distinctFrom ?? []) + [same.id])).sorted()
        row.note("document_number", .keptDistinct(same.code, same.alliance))
      } else {
        row.problem("document_number", .duplicateByDocument(h.documentNumber, same.code, same.alliance))
      }
    }
    let municipality = work.municipality(of: allianceCode)
    let nameKey = DuplicateIndex.nameKey(name: h.headName, village: h.village, municipality: municipality)
    if original == nil, let same = index?.byName(nameKey), same.code != code,
      same.document.isEmpty || h.documentNumber.isEmpty
    {
      if distinct {
        h.distinctFrom = Array(Set((h.distinctFrom ?? []) + [same.id])).sorted()
        row.note("head_name", .keptDistinct(same.code, same.alliance))
      } else {
        row.problem("head_name", .duplicateByName(h.headName, same.code, same.alliance))
      }
    }
    guard row.problems.isEmpty else { return nil }
    let before = Set(original?.validate(instruments: work.instruments, today: work.today) ?? [])
    let issues = h.validate(instruments: work.instruments, today: work.today).filter { !before.contains($0) }
    Importer.report(issues, &row, columns: Self.fieldColumns)
    guard row.problems.isEmpty else { return nil }
    if let original, original == h { return .unchanged }
    Self.place(h, at: at, in: &roster, work)
    work.edit(
      roster, table: .households, row: row,
      distinctFrom: h.distinctFrom != distinctBefore ? h.distinctFrom : nil)
    if original == nil {
      index?.add(row: row.index, h, municipality: municipality)
    } else {
      index?.add(h, alliance: allianceCode, municipality: municipality)
    }
    return original == nil ? .created : .updated
  }
}
