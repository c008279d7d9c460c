extension Alliance {
  /// Every fact about this alliance that cannot be accepted, checked against `reference` and `today`.
  public func validate(reference: ReferenceData, today: Day) -> [ValidationIssue] {
    var c = IssueCollector()
    if !Alliance.isValidCode(code) {
      c.add("code", .badFormat(expected: Localized(es: "ABC-2012-017", en: "ABC-2012-017")))
    }
    c.text("name", name, max: 300)
    c.text("oga", oga, required: false)
    if reference.department(code: departmentCode) == nil {
      c.add("departmentCode", .unknownCode(departmentCode))
    }
    if municipality.code.count != 5 || !municipality.code.allSatisfy(\.isASCII)
      || !municipality.code.allSatisfy(\.isNumber)
    {
      c.add(
        "municipality.code",
        .badFormat(expected: Localized(es: "5 dígitos DIVIPOLA", en: "5 DIVIPOLA digits")))
    } else if !municipality.code.hasPrefix(departmentCode) {
      c.add(
        "municipality.code",
        .mismatch(
          Localized(
            es: "no pertenece al departamento \(departmentCode)",
            en: "does not belong to department \(departmentCode)")))
    }
    c.text("municipality.name", municipality.name)
    if reference.product(id: product) == nil { c.add("product", .unknownCode(product)) }
    if !(2002...today.year).contains(callYear) {
      c.add("callYear", .outOfRange(min: 2002, max: Double(today.year)))
    }
    validateOrganization(&c)
    validateHistory(&c, today: today)
    validateAgreements(&c, today: today)
    validateMoney(&c, today: today)
    validateVisits(&c, today: today)
    return c.issues
  }

  static func isValidCode(_ code: String) -> Bool {
    let parts = code.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 3, parts[1].count == 4, parts[2].count == 3 else {
      return false
    }
    return parts[0].allSatisfy { $0.isASCII && $0.isUppercase }
      && parts[1].allSatisfy { $0.isASCII && $0.isNumber }
      && parts[2].allSatisfy { $0.isASCII && $0.isNumber }
  }

  private func validateOrganization(_ c: inout IssueCollector) {
    let op = organization
    c.text("organization.name", op.name, max: 300)
    if !op.nit.isEmpty && !op.nit.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) {
      c.add("organization.nit", .badFormat(expected: Localized(es: "900123456-7", en: "900123456-7")))
    }
    if op.members < 1 || op.members > 5000 {
      c.add("organization.members", .outOfRange(min: 1, max: 5000))
    }
    c.nonNegative("organization.initialMembers", op.initialMembers)
    c.nonNegative("organization.resignations", op.resignations)
    if op.resignations > op.initialMembers && op.initialMembers > 0 {
      c.add(
        "organization.resignations",
        .mismatch(Localized(es: "supera los miembros iniciales", en: "exceeds the initial members")))
    }
    for (field, value) in [
      ("displacedMembers", op.displacedMembers), ("afroColombianMembers", op.afroColombianMembers),
      ("indigenousMembers", op.indigenousMembers),
    ] {
      c.nonNegative("organization." + field, value)
      if value > op.members {
        c.add("organization." + field, .outOfRange(min: 0, max: Double(op.members)))
      }
    }
    if Set(op.managerialSkills).count != op.managerialSkills.count {
      c.add("organization.managerialSkills", .duplicate("habilidad"))
    }
  }

  private func validateHistory(_ c: inout IssueCollector, today: Day) {
    var previous: StageEvent?
    for (index, event) in stageHistory.enumerated() {
      let field = "stageHistory[\(index)]"
      c.notFuture(field + ".date", event.date, today: today)
      if let previous {
        if event.stage <= previous.stage {
          c.add(
            field + ".stage",
            .mismatch(Localized(es: "las etapas no pueden retroceder", en: "stages cannot go back")))
        }
        if event.date < previous.date {
          c.add(field + ".date", .notAfter(field: "stageHistory[\(index - 1)].date"))
        }
      }
      previous = event
    }
    if let last = stageHistory.last, last.stage != stage {
      c.add(
        "stage", .mismatch(Localized(es: "no coincide con el historial", en: "does not match the history")))
    }
    for (index, event) in statusHistory.enumerated() {
      c.notFuture("statusHistory[\(index)].date", event.date, today: today)
      if index > 0 && event.date < statusHistory[index - 1].date {
        c.add("statusHistory[\(index)].date", .notAfter(field: "statusHistory[\(index - 1)].date"))
      }
    }
  }

  private func validateAgreements(_ c: inout IssueCollector, today: Day) {
    var ids = Set<RecordID>()
    for (index, agreement) in agreements.enumerated() {
      let field = "agreements[\(index)]"
      if !ids.insert(agreement.id).inserted { c.add(field + ".id", .duplicate(agreement.id)) }
      c.text(field + ".buyer.name", agreement.buyer.name)
      c.notFuture(field + ".start", agreement.start, today: today)
      c.nonNegative(field + ".volumeKgPerMonth", agreement.volumeKgPerMonth)
      c.nonNegative(field + ".pricePerKg", agreement.pricePerKg)
      if let rupture = agreement.rupture {
        c.notFuture(field + ".rupture.date", rupture.date, today: today)
        if rupture.date < agreement.start {
          c.add(field + ".rupture.date", .notAfter(field: field + ".start"))
        }
        if rupture.cause == .other { c.text(field + ".rupture.causeDetail", rupture.causeDetail) }
      }
      if let replaced = agreement.replaces {
        if let old = agreements.first(where: { $0.id == replaced }) {
          if let end = old.rupture?.date {
            if agreement.start < end { c.add(field + ".start", .notAfter(field: "rupture.date")) }
          } else {
            c.add(
              field + ".replaces",
              .mismatch(
                Localized(
                  es: "el acuerdo reemplazado no tiene ruptura", en: "the replaced agreement has no rupture"))
            )
          }
        } else {
          c.add(field + ".replaces", .unknownCode(replaced))
        }
      }
    }
    let active = agreements.filter(\.isActive).count
    if active > 1 {
      c.add(
        "agreements",
        .mismatch(Localized(es: "hay más de un acuerdo vigente", en: "more than one agreement is active")))
    }
  }

  private func validateMoney(_ c: inout IssueCollector, today: Day) {
    let f = finance
    c.nonNegative("finance.totalValue", f.totalValue)
    c.nonNegative("finance.modularIncentive", f.modularIncentive)
    if f.modularIncentive > f.totalValue {
      c.add(
        "finance.modularIncentive",
        .mismatch(Localized(es: "supera el valor total", en: "exceeds the total value")))
    }
    c.nonNegative("finance.programmedToDate", f.programmedToDate)
    for (i, co) in f.cofinancing.enumerated() {
      c.text("finance.cofinancing[\(i)].source", co.source)
      c.nonNegative("finance.cofinancing[\(i)].amount", co.amount)
    }
    for (i, d) in f.disbursements.enumerated() {
      c.nonNegative("finance.disbursements[\(i)].amount", d.amount)
      c.notFuture("finance.disbursements[\(i)].date", d.date, today: today)
    }
    c.nonNegative("finance.fund.repaymentTarget", f.fund.repaymentTarget)
    if f.fund.repaymentMonths < 1 || f.fund.repaymentMonths > 240 {
      c.add("finance.fund.repaymentMonths", .outOfRange(min: 1, max: 240))
    }
    for (i, r) in f.fund.repayments.enumerated() {
      c.nonNegative("finance.fund.repayments[\(i)].amount", r.amount)
      c.notFuture("finance.fund.repayments[\(i)].date", r.date, today: today)
    }
    for (i, loan) in f.fund.loans.enumerated() {
      let field = "finance.fund.loans[\(i)]"
      c.nonNegative(field + ".amount", loan.amount)
      c.nonNegative(field + ".outstanding", loan.outstanding)
      c.nonNegative(field + ".overdue", loan.overdue)
      if loan.overdue > loan.outstanding {
        c.add(field + ".overdue", .mismatch(Localized(es: "supera el saldo", en: "exceeds the balance")))
      }
    }
    if let a = f.accounts {
      c.nonNegative("finance.accounts.revenue", a.revenue)
      c.nonNegative("finance.accounts.costs", a.costs)
    }
    let plan = businessPlan
    c.nonNegative("businessPlan.areaHa", plan.areaHa)
    c.nonNegative("businessPlan.projectedYieldKgPerHa", plan.projectedYieldKgPerHa)
    if let observed = plan.observedYieldKgPerHa {
      c.nonNegative("businessPlan.observedYieldKgPerHa", observed)
    }
    c.nonNegative("businessPlan.referencePricePerKg", plan.referencePricePerKg)
  }

  private func validateVisits(_ c: inout IssueCollector, today: Day) {
    var ids = Set<RecordID>()
    let poaIDs = Set(poa.map(\.id))
    for (i, indicator) in poa.enumerated() {
      c.text("poa[\(i)].name", indicator.name, max: 400)
      c.nonNegative("poa[\(i)].target", indicator.target)
      c.nonNegative("poa[\(i)].scheduled", indicator.scheduled)
      c.nonNegative("poa[\(i)].done", indicator.done)
    }
    for (i, visit) in visits.enumerated() {
      let field = "visits[\(i)]"
      if !ids.insert(visit.id).inserted { c.add(field + ".id", .duplicate(visit.id)) }
      c.notFuture(field + ".date", visit.date, today: today)
      c.text(field + ".officer", visit.officer)
      c.text(field + ".observations", visit.observations, required: false, max: 4000)
      if let members = visit.activeMembers { c.nonNegative(field + ".activeMembers", members) }
      for (j, delivery) in visit.deliveries.enumerated() {
        let d = field + ".deliveries[\(j)]"
        c.nonNegative(d + ".kg", delivery.kg)
        c.nonNegative(d + ".rejectedKg", delivery.rejectedKg)
        c.nonNegative(d + ".pricePerKg", delivery.pricePerKg)
        if delivery.rejectedKg > delivery.kg {
          c.add(
            d + ".rejectedKg",
            .mismatch(Localized(es: "supera los kg entregados", en: "exceeds the kg delivered")))
        }
      }
      for (j, progress) in visit.poaProgress.enumerated() where !poaIDs.contains(progress.indicatorID) {
        c.add(field + ".poaProgress[\(j)].indicatorID", .unknownCode(progress.indicatorID))
      }
      for (j, commitment) in visit.commitments.enumerated() {
        c.text(field + ".commitments[\(j)].text", commitment.text, max: 1000)
        if commitment.due < visit.date {
          c.add(field + ".commitments[\(j)].due", .notAfter(field: field + ".date"))
        }
      }
    }
  }
}
