import AlianzasDomain
import AlianzasExport

/// The `alliances` table: one row per alliance, by its code. A new alliance needs what the
/// interface asks when it creates one (name, department, municipality, product, producer
/// organization, member families); it enters at the stage and status the row gives, on the row's
/// stage date. An alliance the store already has changes its description and its figures here,
/// never its stage or status: those move through the lifecycle in the interface, where each
/// step's requirements are checked.
struct AllianceImport: TableImport {
  static let table = "alliances"
  static let keys = ["alliance_code"]
  static let reads = Set([
    "alliance_code", "name", "department_code", "municipality_code", "municipality", "product", "call_year",
    "consolidation_zone", "oga", "organization", "organization_nit", "stage", "stage_date", "status",
    "members", "initial_members", "prior_experience", "total_value", "modular_incentive", "resignations",
    "displaced_members", "afro_colombian_members", "indigenous_members", "programmed_to_date",
    "repayment_target", "repayment_start", "repayment_months", "accounts_year", "accounts_revenue",
    "accounts_costs", "area_ha", "projected_yield", "observed_yield", "reference_price",
  ]).union(skillColumns.map(\.column)).union(MilestoneColumn.allCases.map(\.name))
  static let skillColumns = ManagerialSkill.allCases.map {
    (column: ExportTables.skillColumn($0), skill: $0)
  }

  static let neededToCreate = [
    "name", "department_code", "municipality_code", "municipality", "product", "organization", "members",
  ]
  static let fieldColumns = [
    "code": "alliance_code", "name": "name", "departmentCode": "department_code",
    "municipality.code": "municipality_code", "municipality.name": "municipality", "product": "product",
    "callYear": "call_year", "oga": "oga", "organization.name": "organization",
    "organization.nit": "organization_nit", "organization.members": "members",
    "organization.initialMembers": "initial_members", "finance.totalValue": "total_value",
    "finance.modularIncentive": "modular_incentive", "stage": "stage",
    "organization.resignations": "resignations", "organization.displacedMembers": "displaced_members",
    "organization.afroColombianMembers": "afro_colombian_members",
    "organization.indigenousMembers": "indigenous_members", "finance.programmedToDate": "programmed_to_date",
    "finance.fund.repaymentTarget": "repayment_target", "finance.fund.repaymentMonths": "repayment_months",
    "finance.accounts.revenue": "accounts_revenue", "finance.accounts.costs": "accounts_costs",
    "businessPlan.areaHa": "area_ha", "businessPlan.projectedYieldKgPerHa": "projected_yield",
    "businessPlan.observedYieldKgPerHa": "observed_yield",
    "businessPlan.referencePricePerKg": "reference_price",
    "stageHistory[0].date": "stage_date",
  ]

  func key(_ row: ImportRow) -> String? { row.text("alliance_code").flatMap { $0.isEmpty ? nil : $0 } }

  mutating func apply(_ row: inout ImportRow, _ work: ImportWork) -> RowOutcome? {
    let code = row.text("alliance_code") ?? ""
    guard !code.isEmpty else {
      row.problem("alliance_code", .needsValue)
      return nil
    }
    switch work.alliance(code) {
    case .success:
      return Importer.change(&row, work, columns: Self.fieldColumns) { a, row in
        Self.describe(&a, &row, work)
        Self.keepLifecycle(a, &row)
        return (.updated, "")
      }
    case .failure(.unreadable(let problem)):
      row.problem("alliance_code", Localized { problem.message($0) })
      return nil
    case .failure(.missing):
      return create(code, &row, work)
    }
  }

  private func create(_ code: String, _ row: inout ImportRow, _ work: ImportWork) -> RowOutcome? {
    guard row.canCreate(needing: Self.neededToCreate) else { return nil }
    let author = work.author
    var a = Alliance(
      id: ImportWork.id("alliance", code), stamp: author.stamp, code: code, name: "", departmentCode: "",
      municipality: Place(code: "", name: ""), product: "", callYear: work.today.year,
      consolidationZone: false,
      oga: "",
      organization: ProducerOrganization(
        name: "", nit: "", members: 1, initialMembers: 0, priorExperience: false),
      finance: Finance(totalValue: .zero, modularIncentive: .zero),
      businessPlan: BusinessPlan(areaHa: 0, projectedYieldKgPerHa: 0, referencePricePerKg: .zero))
    Self.describe(&a, &row, work)
    if !row.has("initial_members") { a.organization.initialMembers = a.organization.members }
    var stage = Stage.convocatoria, status = AllianceStatus.activa
    var date: Day? = nil
    // Empty cells leave a new alliance where the interface starts one: active, at the call.
    if row.filled("stage") { row.code(&stage, "stage", ExportCodeLists.stage) }
    if row.filled("status") { row.code(&status, "status", ExportCodeLists.status) }
    row.day(&date, "stage_date")
    let note = ImportText.reason(row.sheet.file)(.es)
    let day = date ?? work.today
    a.stage = stage
    a.status = status
    a.stageHistory = [
      StageEvent(stage: stage, date: day, officer: author.officer, note: note, recordedAt: author.at)
    ]
    if status != .activa {
      a.statusHistory = [
        StatusEvent(status: status, date: day, officer: author.officer, note: note, recordedAt: author.at)
      ]
    }
    guard row.problems.isEmpty else { return nil }
    let issues = a.validate(reference: work.reference, today: work.today).filter {
      !Importer.joinsRecords($0)
    }
    Importer.report(issues, &row, columns: Self.fieldColumns)
    guard row.problems.isEmpty else { return nil }
    work.create(a, file: row.sheet.fileIndex, row: row.index, number: row.number)
    return .created
  }

  /// The columns that describe an alliance and its money, read into `a`.
  static func describe(_ a: inout Alliance, _ row: inout ImportRow, _ work: ImportWork) {
    row.text(&a.name, "name")
    // A spreadsheet that took the codes for numbers dropped their leading zeros: 5 → 05.
    if var department = row.text("department_code") {
      if department.count == 1, department.allSatisfy(\.isNumber) { department = "0" + department }
      a.departmentCode = department
    }
    if var municipality = row.text("municipality_code") {
      if municipality.count == 4, municipality.allSatisfy(\.isNumber) { municipality = "0" + municipality }
      a.municipality.code = municipality
    }
    row.text(&a.municipality.name, "municipality")
    if let product = row.text("product"), !product.isEmpty {
      let wanted = ImportCell.folded(product)
      if let known = work.reference.products.first(where: {
        $0.id == product || ImportCell.folded($0.name.es) == wanted || ImportCell.folded($0.name.en) == wanted
      }) {
        a.product = known.id
      } else {
        row.problem("product", Localized { ValidationIssue("product", .unknownCode(product)).reason($0) })
      }
    }
    row.whole(&a.callYear, "call_year")
    row.yesNo(&a.consolidationZone, "consolidation_zone")
    row.text(&a.oga, "oga")
    row.text(&a.organization.name, "organization")
    row.text(&a.organization.nit, "organization_nit")
    row.whole(&a.organization.members, "members")
    row.whole(&a.organization.initialMembers, "initial_members")
    row.yesNo(&a.organization.priorExperience, "prior_experience")
    row.pesos(&a.finance.totalValue, "total_value")
    row.pesos(&a.finance.modularIncentive, "modular_incentive")
    row.whole(&a.organization.resignations, "resignations")
    row.whole(&a.organization.displacedMembers, "displaced_members")
    row.whole(&a.organization.afroColombianMembers, "afro_colombian_members")
    row.whole(&a.organization.indigenousMembers, "indigenous_members")
    var skills = Set(a.organization.managerialSkills)
    for (column, skill) in skillColumns where row.filled(column) {
      var has = skills.contains(skill)
      row.yesNo(&has, column)
      if has { skills.insert(skill) } else { skills.remove(skill) }
    }
    a.organization.managerialSkills = skills.sorted()
    row.pesos(&a.finance.programmedToDate, "programmed_to_date")
    row.pesos(&a.finance.fund.repaymentTarget, "repayment_target")
    row.day(&a.finance.fund.repaymentStart, "repayment_start")
    row.whole(&a.finance.fund.repaymentMonths, "repayment_months")
    // The year's accounts: all three columns, or none (no accounts yet).
    if row.has("accounts_year") {
      if row.filled("accounts_year") {
        var accounts = a.finance.accounts ?? Accounts(year: work.today.year, revenue: .zero, costs: .zero)
        row.whole(&accounts.year, "accounts_year")
        row.pesos(&accounts.revenue, "accounts_revenue")
        row.pesos(&accounts.costs, "accounts_costs")
        a.finance.accounts = accounts
      } else {
        a.finance.accounts = nil
      }
    }
    row.decimal(&a.businessPlan.areaHa, "area_ha")
    row.decimal(&a.businessPlan.projectedYieldKgPerHa, "projected_yield")
    row.decimal(&a.businessPlan.observedYieldKgPerHa, "observed_yield")
    row.pesos(&a.businessPlan.referencePricePerKg, "reference_price")
    for milestone in MilestoneColumn.allCases where row.has(milestone.name) {
      if milestone.isText {
        var text: String? = nil
        row.optionalText(&text, milestone.name)
        milestone.set(&a.milestones, text: text)
      } else {
        var day = milestone.day(a.milestones)
        row.day(&day, milestone.name)
        milestone.set(&a.milestones, day: day)
      }
    }
  }

  /// A row that would move an alliance the store has to another stage or status is refused on
  /// that column: the interface moves it, checking the step's requirements.
  static func keepLifecycle(_ a: Alliance, _ row: inout ImportRow) {
    var stage = a.stage, status = a.status
    var date = a.stageDate
    if row.filled("stage") { row.code(&stage, "stage", ExportCodeLists.stage) }
    if row.filled("status") { row.code(&status, "status", ExportCodeLists.status) }
    if row.filled("stage_date") { row.day(&date, "stage_date") }
    if stage != a.stage { row.problem("stage", .lifecycleInInterface) }
    if status != a.status { row.problem("status", .lifecycleInInterface) }
    if stage == a.stage, date != a.stageDate, row.filled("stage_date") {
      row.problem("stage_date", .lifecycleInInterface)
    }
  }
}
