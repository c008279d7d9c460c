extension Alliance {
  static let idapIndicatorIDs = ["C1", "C2", "C3", "C4", "E1", "E2", "E3", "E4", "S1", "S2", "S3", "S4"]

  /// The twelve raw IDAP indicators computed from this alliance's own records on `today`
  /// (paap-domain.md §2.3). A nil value means the records do not allow it yet.
  public func idapRaw(today: Day, links: IDAPDefinition.CommercialLinkValues) -> [String: Double?] {
    let yearAgo = today.adding(days: -365)
    let recent = deliveries.filter { $0.date > yearAgo && $0.date <= today }
    let delivered = recent.reduce(0) { $0 + $1.kg }
    let rejected = recent.reduce(0) { $0 + $1.rejectedKg }
    let accepted = delivered - rejected

    let c1 = (currentAgreement ?? agreements.max(by: { $0.start < $1.start })).flatMap {
      compliance(of: $0, asOf: today)
    }
    let c2: Double? = delivered > 0 ? 1 - rejected / delivered : nil
    var c3: Double?
    if let observed = businessPlan.observedYieldKgPerHa, businessPlan.projectedYieldKgPerHa > 0 {
      c3 = observed / businessPlan.projectedYieldKgPerHa
    }
    var c4: Double?
    if accepted > 0, businessPlan.referencePricePerKg.amount > 0 {
      let paid = recent.reduce(0) { $0 + ($1.kg - $1.rejectedKg) * $1.pricePerKg.double }
      c4 = paid / accepted / businessPlan.referencePricePerKg.double
    }

    let scheduled = poa.filter { $0.scheduled > 0 }
    let e1: Double? =
      scheduled.isEmpty
      ? nil : scheduled.reduce(0) { $0 + min($1.done / $1.scheduled, 1) } / Double(scheduled.count)
    let e2: Double? =
      finance.programmedToDate.amount > 0
      ? finance.disbursed.double / finance.programmedToDate.double : nil
    var e3: Double?
    if let accounts = finance.accounts, accounts.revenue.amount > 0 {
      e3 = (accounts.revenue - accounts.costs).double / accounts.revenue.double
    }
    var e4: Double?
    if let visit = visits.filter({ !$0.checklist.isEmpty && $0.date <= today }).max(by: { $0.date < $1.date })
    {
      let answered = visit.checklist.answers.compactMap { $0 }
      e4 = Double(answered.filter { $0 }.count) / Double(answered.count)
    }

    let due = finance.fund.dueBy(today)
    let s1: Double? = due.amount > 0 ? finance.fund.repaid.double / due.double : nil
    let portfolio = finance.fund.portfolio
    let s2: Double? = portfolio.amount > 0 ? 1 - finance.fund.arrears.double / portfolio.double : nil
    let s3 = commercialLink(links: links)
    let s4: Double? =
      organization.initialMembers > 0
      ? 1 - Double(organization.resignations) / Double(organization.initialMembers) : nil

    return [
      "C1": c1, "C2": c2, "C3": c3, "C4": c4, "E1": e1, "E2": e2, "E3": e3, "E4": e4,
      "S1": s1, "S2": s2, "S3": s3, "S4": s4,
    ]
  }

  /// IDAP S3: 1 while the first buyer stays, less the longer a re-link took, 0 without a buyer.
  func commercialLink(links: IDAPDefinition.CommercialLinkValues) -> Double? {
    guard let first = firstAgreement else { return nil }
    guard let end = first.rupture?.date else { return links.originalActive }
    guard let next = relink(of: first) else { return links.none }
    return end.days(until: next.start) <= 182 ? links.relinkedWithinSemester : links.relinkedLater
  }

  public func idap(_ definition: IDAPDefinition, today: Day) -> IDAPResult {
    definition.score(raw: idapRaw(today: today, links: definition.commercialLinkValues))
  }
}
