/// What an alliance's figures that move with the calendar are computed from, and nothing else:
/// the IDAP indicators that do not depend on the day, the deliveries, checklists and fund terms
/// that the others are windows over, and the dates of the visit alert and of the first agreement's
/// observation. The store's index keeps these instead of the figures of one day, so a new day
/// derives its figures without parsing a file; the domain computes the same figures through this
/// same type, so the two can never disagree.
///
/// Valid only for days on or after `since` (the day it was taken): records dated later than that
/// day are not accepted, and deliveries that had left every window by then are not kept.
public struct AllianceDatedInputs: Hashable, Sendable, Codable {
  /// One delivery, as the twelve-month windows need it.
  public struct Delivery: Hashable, Sendable, Codable {
    public var date: Day
    public var kg: Double
    public var rejectedKg: Double
    public var pricePerKg: Double
    /// Delivered under the agreement whose compliance is IDAP C1.
    public var underMeasured: Bool

    public init(date: Day, kg: Double, rejectedKg: Double, pricePerKg: Double, underMeasured: Bool) {
      self.date = date
      self.kg = kg
      self.rejectedKg = rejectedKg
      self.pricePerKg = pricePerKg
      self.underMeasured = underMeasured
    }
  }

  /// The agreement IDAP C1 measures (the one in force, else the latest begun).
  public struct Measured: Hashable, Sendable, Codable {
    public var start: Day
    public var rupture: Day?
    public var volumeKgPerMonth: Int
  }

  /// A visit's management checklist: its day, how many questions were answered, how many yes.
  public struct Checklist: Hashable, Sendable, Codable {
    public var date: Day
    public var answered: Int
    public var yes: Int
  }

  public var since: Day
  /// The twelve raw IDAP indicators in `Alliance.idapIndicatorIDs` order; those that depend on the
  /// day (C1, C2, C4, E4, S1) are nil here and derived by `idapRaw(today:)`.
  public var fixedIndicators: [Double?]
  public var deliveries: [Delivery]
  public var measured: Measured?
  /// The business plan's reference price per kg (IDAP C4's denominator).
  public var referencePricePerKg: Double
  public var checklists: [Checklist]
  public var repaymentTarget: Pesos
  public var repaymentStart: Day?
  public var repaymentMonths: Int
  public var repaid: Pesos
  /// In execution or later and not closed: what the visit and repayment alerts apply to.
  public var operating: Bool
  public var lastVisit: Day?
  /// The first agreement's start and rupture, and the day the alliance closed: the duration.
  public var firstStart: Day?
  public var firstRupture: Day?
  public var closedOn: Day?

  static let datedIndicators: Set<String> = ["C1", "C2", "C4", "E4", "S1"]

  public init(_ alliance: Alliance, links: IDAPDefinition.CommercialLinkValues, since: Day) {
    self.since = since
    let a = alliance
    let measuredAgreement = a.currentAgreement ?? a.agreements.max(by: { $0.start < $1.start })
    measured = measuredAgreement.map {
      Measured(start: $0.start, rupture: $0.rupture?.date, volumeKgPerMonth: $0.volumeKgPerMonth)
    }
    // No window that ends on or after `since` reaches back further than a year before it, except
    // C1's for an agreement already broken, which ends on its rupture.
    let oldest = since.adding(days: -365)
    let measuredFrom = measuredAgreement?.rupture.map { $0.date.adding(days: -365) }
    deliveries = a.deliveries.compactMap { d in
      let under = measuredAgreement.map { a.agreement(inForceOn: d.date)?.id == $0.id } ?? false
      guard d.date > oldest || (under && measuredFrom.map { d.date > $0 } ?? false) else { return nil }
      return Delivery(
        date: d.date, kg: d.kg, rejectedKg: d.rejectedKg, pricePerKg: d.pricePerKg.double,
        underMeasured: under)
    }
    // IDAP E4 reads the latest checklist on or before the day: of those up to `since` only the
    // latest can ever be it (the first of them, on a tie, as `max(by:)` keeps).
    let filled = a.visits.filter { !$0.checklist.isEmpty }
    let latest = filled.filter { $0.date <= since }.max(by: { $0.date < $1.date })
    checklists = filled.filter { $0.date > since || $0.id == latest?.id }.map { v in
      let answered = v.checklist.answers.compactMap { $0 }
      return Checklist(date: v.date, answered: answered.count, yes: answered.filter { $0 }.count)
    }
    let fund = a.finance.fund
    repaymentTarget = fund.repaymentTarget
    repaymentStart = fund.repaymentStart
    repaymentMonths = fund.repaymentMonths
    repaid = fund.repaid
    operating = a.status != .cerrada && a.stage >= .ejecucion
    lastVisit = a.lastVisit?.date
    let first = a.firstAgreement
    firstStart = first?.start
    firstRupture = first?.rupture?.date
    closedOn = a.status == .cerrada ? a.statusHistory.last { $0.status == .cerrada }?.date : nil

    var fixed: [Double?] = Array(repeating: nil, count: Alliance.idapIndicatorIDs.count)
    func set(_ id: String, _ value: Double?) { fixed[Alliance.idapIndicatorIDs.firstIndex(of: id)!] = value }
    let plan = a.businessPlan
    referencePricePerKg = plan.referencePricePerKg.double
    if let observed = plan.observedYieldKgPerHa, plan.projectedYieldKgPerHa > 0 {
      set("C3", observed / plan.projectedYieldKgPerHa)
    }
    let scheduled = a.poa.filter { $0.scheduled > 0 }
    if !scheduled.isEmpty {
      set("E1", scheduled.reduce(0) { $0 + min($1.done / $1.scheduled, 1) } / Double(scheduled.count))
    }
    if a.finance.programmedToDate.amount > 0 {
      set("E2", a.finance.disbursed.double / a.finance.programmedToDate.double)
    }
    if let accounts = a.finance.accounts, accounts.revenue.amount > 0 {
      set("E3", (accounts.revenue - accounts.costs).double / accounts.revenue.double)
    }
    if fund.portfolio.amount > 0 { set("S2", 1 - fund.arrears.double / fund.portfolio.double) }
    set("S3", a.commercialLink(links: links))
    if a.organization.initialMembers > 0 {
      set("S4", 1 - Double(a.organization.resignations) / Double(a.organization.initialMembers))
    }
    fixedIndicators = fixed
  }

  /// The twelve raw IDAP indicators on `today` (paap-domain.md §2.3); nil where the records do not
  /// allow one yet.
  public func idapRaw(today: Day) -> [String: Double?] {
    var raw: [String: Double?] = [:]
    for (id, value) in zip(Alliance.idapIndicatorIDs, fixedIndicators) { raw[id] = value }
    let yearAgo = today.adding(days: -365)
    let recent = deliveries.filter { $0.date > yearAgo && $0.date <= today }
    let delivered = recent.reduce(0) { $0 + $1.kg }
    let rejected = recent.reduce(0) { $0 + $1.rejectedKg }
    let accepted = delivered - rejected
    raw["C1"] = .some(measuredCompliance(asOf: today))
    raw["C2"] = .some(delivered > 0 ? 1 - rejected / delivered : nil)
    var c4: Double?
    if accepted > 0, referencePricePerKg > 0 {
      let paid = recent.reduce(0) { $0 + ($1.kg - $1.rejectedKg) * $1.pricePerKg }
      c4 = paid / accepted / referencePricePerKg
    }
    raw["C4"] = .some(c4)
    let latest = checklists.filter { $0.date <= today }.max(by: { $0.date < $1.date })
    raw["E4"] = .some(latest.map { Double($0.yes) / Double($0.answered) })
    let due = dueBy(today)
    raw["S1"] = .some(due.amount > 0 ? repaid.double / due.double : nil)
    return raw
  }

  /// IDAP C1: the measured agreement's compliance on `day`, counting what was delivered under it.
  func measuredCompliance(asOf day: Day) -> Double? {
    guard let m = measured, m.volumeKgPerMonth > 0, m.start <= day else { return nil }
    let end = min(m.rupture ?? day, day)
    let yearBefore = end.adding(days: -365)
    let from = max(m.start, yearBefore)
    let months = max(1, Double(from.days(until: end)) / 30.4375)
    let kg = deliveries.filter {
      $0.underMeasured && $0.date > yearBefore && $0.date >= m.start && $0.date <= end
    }.reduce(0) { $0 + $1.kg }
    return kg / (Double(m.volumeKgPerMonth) * months)
  }

  /// The repayment due by `today`, spread evenly over the agreed months.
  public func dueBy(_ today: Day) -> Pesos {
    RevolvingFund(
      repaymentTarget: repaymentTarget, repaymentStart: repaymentStart, repaymentMonths: repaymentMonths
    )
    .dueBy(today)
  }

  /// The alerts of `today` for an alliance whose agreements are in `state`.
  public func alerts(today: Day, state: AllianceFigures.AgreementState, closed: Bool)
    -> [AllianceFigures.Alert]
  {
    var alerts: [AllianceFigures.Alert] = []
    if operating, lastVisit.map({ $0.days(until: today) > 60 }) ?? true { alerts.append(.noRecentVisit) }
    let due = dueBy(today)
    if operating, due.amount > 0, repaid.double < 0.8 * due.double { alerts.append(.repaymentsBehind) }
    if !closed, state == .searching { alerts.append(.rupturedWithoutBuyer) }
    return alerts
  }

  /// `figures` as of `today`: the IDAP and the alerts derived again, everything else kept.
  public func figures(_ figures: AllianceFigures, idap definition: IDAPDefinition, today: Day)
    -> AllianceFigures
  {
    var f = figures
    let result = definition.score(raw: idapRaw(today: today))
    f.idap = result.score
    f.idapBand = result.band
    f.idapPartial = result.partial
    f.alerts = alerts(today: today, state: f.agreementState, closed: f.status == .cerrada)
    return f
  }

  /// Where the first agreement's observation ends on `today`: its rupture, else the day the
  /// alliance closed, else today.
  public func firstObservationEnd(today: Day) -> Day? {
    guard firstStart != nil else { return nil }
    return firstRupture ?? min(closedOn ?? today, today)
  }

  /// The first agreement's duration in days on `today`, when it had begun.
  public func firstAgreementDays(today: Day) -> Int? {
    guard let start = firstStart, start <= today, let end = firstObservationEnd(today: today) else {
      return nil
    }
    return max(0, start.days(until: max(end, start)))
  }
}
