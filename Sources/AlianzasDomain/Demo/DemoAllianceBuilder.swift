/// Builds one alliance of the demo: its OP, timeline, agreements (with ruptures drawn from a
/// hazard that depends on the OP's traits, as the study found), money, plan and visits.
struct DemoAllianceBuilder {
  let slot: DemoPlan.Slot
  let reference: ReferenceData
  let asOf: Day
  let buyers: [Buyer]
  var rng: SeededGenerator

  /// 0…1: how well the alliance performs; rises with the age of the business (CIAT's finding).
  private(set) var performance = 0.5
  private(set) var executionStart: Day?
  /// The planned date of every stage, reached or not: a figure is never dated before the stage
  /// that produces it (deliveries before Comercialización, repayments before Fondo rotatorio).
  private(set) var stageDates: [Stage: Day] = [:]

  mutating func build() -> Alliance {
    let names = reference.names
    let id = "demo-a\(threeDigits(slot.index + 1))"
    let officer = rng.pick(names.officers)
    let stamp = RecordStamp(device: "demo", officer: officer, at: Timestamp(day: asOf, hour: 12))
    let municipality = rng.pick(slot.department.municipalities)
    let timeline = DemoTimeline(callYear: slot.callYear, rng: &rng)
    let reached = timeline.reached(by: asOf)
    stageDates = timeline.dates
    // About 63 families per alliance (49,000 / 775); the ten study alliances hold the 718 surveyed
    // beneficiary households of [S0].
    let families =
      slot.studyFamilies ?? min(90, max(30, Int(rng.normal(mean: 63.3, sd: 13).rounded())))
    // Consolidation zones hold vulnerable population more often (Cuadro 1 of [S0]: 6 of the 19
    // ruptured alliances in consolidation zones also had vulnerable population).
    let consolidation = rng.chance(0.2)
    let vulnerable = rng.chance(consolidation ? 0.32 : 0.27)
    let priorExperience = rng.chance(0.55)
    let skills = ManagerialSkill.allCases.filter { _ in rng.chance(0.5) }
    let resignations = rng.int(0...max(1, families / 10))
    var organization = ProducerOrganization(
      name:
        "\(rng.pick(names.organizationPrefixes)) de \(slot.product.name.es.split(separator: " ").first!) de \(municipality.name)",
      nit: "\(900_000_000 + rng.int(0...99_999_999))-\(rng.int(0...9))",
      members: families, initialMembers: families + resignations, resignations: resignations,
      priorExperience: priorExperience, managerialSkills: skills)
    // Gráfico 2 of [S0]: 8.8 % of participants displaced, 8.5 % Afro-Colombian, 9.9 % indigenous.
    // Alliances with vulnerable population (a fifth of members or more) hold most of them; the
    // others have a few, below that fifth.
    let groups: [Double]
    if vulnerable {
      let share = rng.double(0.56, 0.95)
      let split = [rng.double(0.1, 0.6), rng.double(0.2, 0.8), rng.double(0.25, 0.95)]
      let total = split.reduce(0, +)
      groups = split.map { share * $0 / total }
    } else {
      groups = [rng.double(0, 0.11), rng.double(0, 0.044), rng.double(0, 0.044)]
    }
    // Rounded down outside vulnerable alliances, so their sum stays below the fifth.
    func count(_ share: Double) -> Int {
      let exact = Double(families) * share
      return Int(vulnerable ? exact.rounded() : exact)
    }
    organization.displacedMembers = count(groups[0])
    organization.afroColombianMembers = count(groups[1])
    organization.indigenousMembers = count(groups[2])

    var alliance = Alliance(
      id: id, stamp: stamp, code: slot.code,
      name: "Alianza \(slot.product.name.es.lowercased()) en \(municipality.name), \(slot.department.name)",
      departmentCode: slot.department.code, municipality: municipality, product: slot.product.id,
      callYear: slot.callYear, consolidationZone: consolidation, oga: rng.pick(names.ogas),
      organization: organization,
      finance: Finance(totalValue: .zero, modularIncentive: .zero),
      businessPlan: BusinessPlan(
        areaHa: (Double(families) * slot.product.hectaresPerFamily * 10).rounded() / 10,
        projectedYieldKgPerHa: slot.product.yieldKgPerHa,
        referencePricePerKg: Pesos(
          Int64(rng.double(slot.product.priceRangePerKg[0], slot.product.priceRangePerKg[1])))))
    for (stage, date) in reached {
      applyMilestones(&alliance, stage: stage, date: date)
      alliance.stageHistory.append(
        StageEvent(
          stage: stage, date: date, officer: officer, note: "", recordedAt: Timestamp(day: date, hour: 15)))
      alliance.stage = stage
    }
    executionStart = reached.first { $0.0 == .ejecucion }?.1
    let years = executionStart.map { Double($0.days(until: asOf)) / 365.25 } ?? 0
    performance = min(0.97, max(0.15, 0.42 + 0.06 * years + rng.normal(sd: 0.12)))
    buildFinance(&alliance, families: families)
    buildAgreements(&alliance)
    buildPlanAndVisits(&alliance, officer: officer)
    closeSome(&alliance, officer: officer)
    return alliance
  }

  private mutating func applyMilestones(_ a: inout Alliance, stage: Stage, date: Day) {
    switch stage {
    case .convocatoria: a.milestones.profileRegistered = date
    case .perfil: a.milestones.profileSelected = date.adding(days: rng.int(20...60))
    case .preinversion: a.milestones.preinvestmentApproved = date.adding(days: rng.int(30...90))
    case .aprobacion: a.milestones.approvalAct = date
    case .convenio:
      a.milestones.convenioSigned = date
      a.milestones.convenioNumber = "\(rng.int(100...999))\(rng.int(1000...9999))/\(date.year)"
      a.milestones.policyExpiry = date.adding(months: rng.int(13...16))
    case .fiducia:
      a.milestones.fiduciaryName = "Fideicomiso Alianza \(a.code)"
      a.milestones.opContributionDeposited = date.adding(days: rng.int(5...30))
    case .instalacionCDA:
      a.milestones.giroAuthorized = date.adding(days: rng.int(-10...20))
      a.milestones.cdaInstalled = date
      a.milestones.poaApproved = date
    case .ejecucion: break
    case .comercializacion: a.milestones.fundRulesApproved = date.adding(days: rng.int(30...120))
    case .fondoRotatorio: break
    case .cierre: a.milestones.finalReport = date
    case .post: a.milestones.liquidationAct = date
    }
    // A milestone is never later than the demo's as-of date.
    if let d = a.milestones.fundRulesApproved, d > asOf { a.milestones.fundRulesApproved = asOf }
    if let d = a.milestones.giroAuthorized, d > asOf { a.milestones.giroAuthorized = asOf }
    if let d = a.milestones.profileSelected, d > asOf { a.milestones.profileSelected = asOf }
    if let d = a.milestones.preinvestmentApproved, d > asOf { a.milestones.preinvestmentApproved = asOf }
    if let d = a.milestones.opContributionDeposited, d > asOf { a.milestones.opContributionDeposited = asOf }
  }

  private mutating func buildFinance(_ a: inout Alliance, families: Int) {
    // IM per family ≈ COP 4 M in 2008, growing ~4 % a year (paap-domain.md §3.3).
    let perFamily = 4_000_000 * (1 + 0.04 * Double(slot.callYear - 2008)) * rng.double(0.85, 1.3)
    let im = Int64(Double(families) * perFamily / 1000) * 1000
    let total = Int64(Double(im) / rng.double(0.22, 0.27) / 1000) * 1000
    let cof = Double(im) * max(0.2, rng.normal(mean: 0.72, sd: 0.2))
    a.finance.modularIncentive = Pesos(im)
    a.finance.totalValue = Pesos(total)
    a.finance.cofinancing = [
      Cofinancing(
        source: "Gobernación de \(slot.department.name)", amount: Pesos(Int64(cof * 0.5 / 1000) * 1000)),
      Cofinancing(
        source: "Alcaldía de \(a.municipality.name)", amount: Pesos(Int64(cof * 0.3 / 1000) * 1000)),
      Cofinancing(source: "Aliado comercial", amount: Pesos(Int64(cof * 0.2 / 1000) * 1000)),
    ]
    guard let start = executionStart else { return }
    let months = Double(start.days(until: asOf)) / 30.4
    let planned = Double(im) + cof
    let programmed = planned * min(1, months / 14)
    a.finance.programmedToDate = Pesos(Int64(programmed / 1000) * 1000)
    // Never negative, never above what was programmed.
    let executed = programmed * min(1, max(0, performance + rng.normal(sd: 0.08)))
    let tranches = rng.int(3...6)
    // The executed money splits between the sources as the plan does, so the Incentivo Modular's
    // tranches never add up to more than the Incentivo Modular.
    let sources = (0..<tranches).map { $0 % 2 == 0 ? "Incentivo Modular" : "Cofinanciación" }
    let share = [
      "Incentivo Modular": planned > 0 ? Double(im) / planned : 1,
      "Cofinanciación": planned > 0 ? cof / planned : 0,
    ]
    for t in 0..<tranches {
      let date = min(asOf, start.adding(days: Int(Double(t) * min(months, 14) * 30.4 / Double(tranches))))
      let count = Double(sources.filter { $0 == sources[t] }.count)
      a.finance.disbursements.append(
        Disbursement(
          id: "\(a.id)-d\(t + 1)", date: date,
          amount: Pesos(Int64(executed * share[sources[t]]! / count / 1000) * 1000), source: sources[t]))
    }
    // Revolving fund: repayment of 40–70 % of the IM over 3–5 years, starting a year into
    // execution or when the fund begins, whichever is later.
    let fundStart = max(start.adding(months: 12), stageDates[.fondoRotatorio] ?? start)
    a.finance.fund.repaymentTarget = Pesos(Int64(Double(im) * rng.double(0.4, 0.7) / 1000) * 1000)
    a.finance.fund.repaymentMonths = rng.pick([36, 48, 60])
    a.finance.fund.repaymentStart = fundStart
    guard fundStart < asOf else { return }
    let due = a.finance.fund.dueBy(asOf)
    let paid = Double(due.amount) * min(1.1, max(0, performance + rng.normal(mean: 0.05, sd: 0.15)))
    let quarters = max(1, fundStart.days(until: asOf) / 91)
    let shown = min(quarters, 12)
    for q in 0..<shown {
      a.finance.fund.repayments.append(
        Repayment(
          id: "\(a.id)-r\(q + 1)", date: min(asOf, fundStart.adding(months: 3 * (quarters - shown + q) + 1)),
          amount: Pesos(Int64(paid / Double(shown) / 1000) * 1000)))
    }
    // Loans from the fund: drawn, then each cut to what the fund holds on its date (repaid into
    // it so far, less what it lent before), so the fund never lends money it has not received.
    var drawn: [(date: Day, amount: Int64, outstanding: Double, overdue: Double)] = []
    for _ in 0..<rng.int(2...8) {
      let amount = Int64(rng.double(800_000, 4_000_000) / 1000) * 1000
      let outstanding = rng.double(0.2, 1.0)
      let overdueShare = max(0, min(1, (1 - performance) * rng.double(0, 0.9)))
      drawn.append((min(asOf, fundStart.adding(days: rng.int(30...700))), amount, outstanding, overdueShare))
    }
    var lent: Int64 = 0
    for loan in drawn.sorted(by: { $0.date < $1.date }) {
      let held = a.finance.fund.repayments.filter { $0.date <= loan.date }.reduce(0) { $0 + $1.amount.amount }
      let amount = min(loan.amount, held - lent) / 1000 * 1000
      guard amount >= 300_000 else { continue }
      lent += amount
      let outstanding = Int64(Double(amount) * loan.outstanding / 1000) * 1000
      a.finance.fund.loans.append(
        Loan(
          id: "\(a.id)-l\(a.finance.fund.loans.count + 1)", date: loan.date, amount: Pesos(amount),
          outstanding: Pesos(outstanding),
          overdue: Pesos(Int64(Double(outstanding) * loan.overdue / 1000) * 1000)))
    }
  }

  private mutating func buildAgreements(_ a: inout Alliance) {
    guard let signed = a.milestones.convenioSigned else { return }
    let product = slot.product
    let kgPerMonth = Int(a.businessPlan.areaHa * product.yieldKgPerHa / 12 * rng.double(0.5, 0.8))
    let price = Pesos(Int64(a.businessPlan.referencePricePerKg.double * rng.double(0.97, 1.12)))
    let op = a.organization
    let stamp = RecordStamp(device: "demo", officer: a.stamp.officer, at: Timestamp(day: signed, hour: 10))
    let first = Agreement(
      id: "\(a.id)-g1", stamp: stamp, buyer: slot.buyer, start: signed, volumeKgPerMonth: kgPerMonth,
      pricePerKg: price, quality: "Según ficha técnica del aliado")
    a.agreements = [first]
    // Hazard per year of the first agreement breaking: lower with prior experience, managerial
    // skills, more members (-0.24 per ten), a capitalised fund and (slightly) vulnerable population; consolidation
    // zone has no effect — the directions CIAT reports.
    let capitalization = min(1, a.finance.fund.capitalization ?? 0)
    let lp =
      -0.7 * (op.priorExperience ? 1 : 0) - 0.32 * (Double(op.managerialScore) - 2.5)
      - 0.24 * (Double(op.members) - 63) / 10 - 0.9 * capitalization - 0.25 * (op.isVulnerable ? 1 : 0)
    let hazard = 0.076 * _exp(lp)
    let years = -_log(max(rng.unit(), 1e-12)) / hazard
    let ruptureDay = signed.adding(days: Int(years * 365.25))
    guard ruptureDay <= asOf else { return }
    let causes: [(RuptureCause, Double)] = [
      (.price, 0.3), (.quality, 0.2), (.volume, 0.15), (.buyerClosed, 0.1), (.opDecision, 0.1),
      (.paymentDelays, 0.1), (.other, 0.05),
    ]
    let cause = causes[rng.weightedIndex(causes.map(\.1))].0
    let author = Author(device: "demo", officer: a.stamp.officer, at: Timestamp(day: ruptureDay, hour: 11))
    let rupture = Rupture(
      date: ruptureDay, cause: cause,
      causeDetail: cause == .other ? "Cambio de política de compras del aliado" : "",
      endedBy: [Party.buyer, .organization, .mutual][rng.weightedIndex([0.55, 0.3, 0.15])])
    try? a.recordRupture(agreement: first.id, rupture, author: author, today: asOf)
    // Re-link delays as in Cuadro 1: 85 % within a semester, 13 % within a year, the rest later.
    let bucket = rng.weightedIndex([0.8536, 0.1341, 0.0123, 0.03])
    let delay: Int
    switch bucket {
    case 0: delay = rng.int(15...182)
    case 1: delay = rng.int(183...365)
    case 2: delay = rng.int(366...730)
    default: return  // still searching
    }
    let relinkDay = ruptureDay.adding(days: delay)
    guard relinkDay <= asOf else { return }
    let newBuyer = buyers[rng.int(0...buyers.count - 1)]
    let second = Agreement(
      id: "\(a.id)-g2",
      stamp: RecordStamp(device: "demo", officer: a.stamp.officer, at: Timestamp(day: relinkDay, hour: 9)),
      buyer: newBuyer, start: relinkDay, volumeKgPerMonth: Int(Double(kgPerMonth) * rng.double(0.7, 1.1)),
      pricePerKg: Pesos(Int64(price.double * rng.double(0.9, 1.05))), quality: first.quality)
    let relinkAuthor = Author(
      device: "demo", officer: a.stamp.officer, at: Timestamp(day: relinkDay, hour: 9))
    try? a.recordRelink(replacing: first.id, with: second, author: relinkAuthor, today: asOf)
  }

  private mutating func buildPlanAndVisits(_ a: inout Alliance, officer: String) {
    guard let start = executionStart else { return }
    let families = Double(a.organization.members)
    let rows: [(String, String, String, Double)] = [
      ("Técnico-productivo", "Validación de áreas de cultivo y diagnóstico de cada UPA", "Número", families),
      ("Técnico-productivo", "Productores con análisis de suelo y plan de fertilización", "Número", families),
      ("Técnico-productivo", "Registros de predios ante el ICA", "Número", families),
      ("Técnico-productivo", "Visitas técnicas (una por productor por mes)", "Número", families * 12),
      ("Socio-empresarial", "Beneficiarios con carpeta completa", "Número", families),
      ("Socio-empresarial", "La OP conoce su estructura de costos", "Calificación", 8),
    ]
    let elapsed = min(1, Double(start.days(until: asOf)) / 420)
    // Progress never below zero: a poor alliance's draw can fall under it (seed 2 at 10× did).
    for (i, row) in rows.enumerated() {
      let scheduled = (row.3 * elapsed).rounded()
      a.poa.append(
        POAIndicator(
          id: "\(a.id)-p\(i + 1)", component: row.0, name: row.1, unit: row.2, target: row.3,
          scheduled: scheduled,
          done: (scheduled * max(0, min(1.05, performance + rng.normal(mean: 0.1, sd: 0.1)))).rounded()))
    }
    a.businessPlan.observedYieldKgPerHa =
      (a.businessPlan.projectedYieldKgPerHa
      * min(1.15, max(0.2, performance + rng.normal(mean: 0.05, sd: 0.1)))).rounded()
    let revenue =
      Int64(
        a.businessPlan.areaHa * a.businessPlan.projectedYieldKgPerHa * performance
          * a.businessPlan.referencePricePerKg.double / 1000) * 1000
    a.finance.accounts = Accounts(
      year: asOf.year - 1, revenue: Pesos(revenue),
      costs: Pesos(
        Int64(Double(revenue) * rng.double(0.98 - 0.4 * performance, 1.05 - 0.3 * performance) / 1000) * 1000)
    )
    // Last year's accounts exist only if the business was running last year (the draw above is
    // kept so every later figure of the demo stays as it was).
    if let start = executionStart, start.year > asOf.year - 1 { a.finance.accounts = nil }

    // Visits: monthly for the last year (or since execution began), the latest usually recent.
    let lastGap = rng.chance(0.12) ? rng.int(61...200) : rng.int(3...55)
    var date = asOf.adding(days: -lastGap)
    var dates: [Day] = []
    while date >= start && dates.count < 12 {
      dates.append(date)
      date = date.adding(days: -rng.int(25...35))
    }
    // Members counted on each visit drift down slowly, faster where the alliance does badly, and
    // in about one alliance in thirty a group leaves at once. Drawn from a generator of its own
    // so the rest of the demo stayed as it was when the count was added.
    var peek = rng
    var roll = SeededGenerator(seed: peek.next() ^ 0x50C1_05AC_7100_0001)
    let drift = roll.double(0, 0.12) * (1.3 - performance)
    let exodus = roll.chance(1.0 / 30) ? roll.int(1...max(1, dates.count - 1)) : nil
    var counted = Double(a.organization.members)
    for (n, day) in dates.reversed().enumerated() {
      var visit = Visit(
        id: "\(a.id)-v\(threeDigits(n + 1))",
        stamp: RecordStamp(device: "demo", officer: officer, at: Timestamp(day: day, hour: 17)), date: day,
        officer: officer, kind: [.tecnica, .comercial, .socioEmpresarial, .fondoRotatorio][n % 4])
      // Each delivery goes to the buyer of the agreement in force that day, as the compliance reads.
      if let agreement = a.agreement(inForceOn: day), let selling = stageDates[.comercializacion],
        selling <= day
      {
        let kg =
          (Double(agreement.volumeKgPerMonth)
          * min(1.1, max(0.1, performance + rng.normal(mean: 0.08, sd: 0.12)))).rounded()
        let rejected = (kg * max(0, (1 - performance) * rng.double(0, 0.35))).rounded()
        let price = agreement.pricePerKg.double * rng.double(0.95, 1.03)
        visit.deliveries = [
          Delivery(date: day, kg: kg, pricePerKg: Pesos(Int64(price)), rejectedKg: rejected)
        ]
      }
      if n % 4 == 2 {
        visit.checklist = ManagementChecklist(
          costsKnown: rng.chance(performance), booksUpToDate: rng.chance(performance),
          assemblyHeldLastYear: rng.chance(0.4 + performance / 2),
          cdaSessionsAsPlanned: rng.chance(performance))
      }
      if n == dates.count - 1 {
        visit.observations = "Seguimiento de entregas y del plan de fertilización."
        visit.commitments = [Commitment(text: "Actualizar registros de cosecha", due: day.adding(days: 30))]
        visit.poaProgress = a.poa.prefix(2).map { POAProgress(indicatorID: $0.id, done: $0.done) }
      }
      counted *= 1 - drift / 12
      if n == exodus { counted *= roll.double(0.6, 0.8) }
      visit.activeMembers = Int(counted.rounded())
      a.visits.append(visit)
    }
  }

  /// About 8 % of alliances stopped operating (92 % still operate [S0]); older ones more often.
  private mutating func closeSome(_ a: inout Alliance, officer: String) {
    let age = asOf.year - slot.callYear
    guard age >= 3, rng.chance(0.02 + 0.012 * Double(age)) else {
      if a.status == .activa, a.stage >= .ejecucion, rng.chance(0.01) {
        let date = max(
          a.stageDate ?? asOf, a.statusHistory.last?.date ?? asOf.adding(days: -400),
          asOf.adding(days: -rng.int(10...90)))
        Lifecycle.applyStatus(
          &a, .suspendida, date: date, officer: officer, note: "Suspensión por problemas de orden público",
          author: Author(device: "demo", officer: officer, at: Timestamp(day: date, hour: 16)))
      }
      return
    }
    let last = [a.stageDate, a.statusHistory.last?.date, a.lastVisit?.date].compactMap { $0 }.max() ?? asOf
    let date = min(asOf, last.adding(days: rng.int(10...120)))
    Lifecycle.applyStatus(
      &a, .cerrada, date: date, officer: officer, note: "La OP dejó de operar el agronegocio",
      author: Author(device: "demo", officer: officer, at: Timestamp(day: date, hour: 16)))
  }
}
