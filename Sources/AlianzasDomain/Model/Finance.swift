/// The money of an alliance, in whole pesos.
public struct Finance: Hashable, Sendable, Codable {
  public var totalValue: Pesos
  /// The public Incentivo Modular (IM).
  public var modularIncentive: Pesos
  public var cofinancing: [Cofinancing]
  /// What the plan says should have been spent (IM and counterparts) by today: IDAP E2's denominator.
  public var programmedToDate: Pesos
  public var disbursements: [Disbursement]
  public var fund: RevolvingFund
  /// The OP's latest yearly accounts, for the business margin (IDAP E3).
  public var accounts: Accounts?

  public init(
    totalValue: Pesos, modularIncentive: Pesos, cofinancing: [Cofinancing] = [],
    programmedToDate: Pesos = .zero, disbursements: [Disbursement] = [],
    fund: RevolvingFund = RevolvingFund(), accounts: Accounts? = nil
  ) {
    self.totalValue = totalValue
    self.modularIncentive = modularIncentive
    self.cofinancing = cofinancing
    self.programmedToDate = programmedToDate
    self.disbursements = disbursements
    self.fund = fund
    self.accounts = accounts
  }

  public var cofinancingTotal: Pesos { cofinancing.sum(\.amount) }
  public var disbursed: Pesos { disbursements.sum(\.amount) }

  /// Pesos of local co-financing per peso of IM (0.72 nationally in the seed).
  public var leverage: Double? {
    modularIncentive.amount > 0 ? cofinancingTotal.double / modularIncentive.double : nil
  }
}

extension Double {
  /// Within Int64's range, so a conversion cannot trap.
  var clamped: Double { isNaN ? 0 : Swift.min(Swift.max(self, -9.2e18), 9.2e18) }
}

public struct Cofinancing: Hashable, Sendable, Codable {
  public var source: String
  public var amount: Pesos

  public init(source: String, amount: Pesos) {
    self.source = source
    self.amount = amount
  }
}

public struct Disbursement: Hashable, Sendable, Codable, Identifiable {
  public var id: RecordID
  public var date: Day
  public var amount: Pesos
  public var source: String

  public init(id: RecordID, date: Day, amount: Pesos, source: String) {
    self.id = id
    self.date = date
    self.amount = amount
    self.source = source
  }
}

/// The OP-owned revolving fund that producers repay the IM into.
public struct RevolvingFund: Hashable, Sendable, Codable {
  /// The repayment agreed by the fund's rules, in total.
  public var repaymentTarget: Pesos
  public var repaymentStart: Day?
  public var repaymentMonths: Int
  public var repayments: [Repayment]
  public var loans: [Loan]

  public init(
    repaymentTarget: Pesos = .zero, repaymentStart: Day? = nil, repaymentMonths: Int = 36,
    repayments: [Repayment] = [], loans: [Loan] = []
  ) {
    self.repaymentTarget = repaymentTarget
    self.repaymentStart = repaymentStart
    self.repaymentMonths = repaymentMonths
    self.repayments = repayments
    self.loans = loans
  }

  public var repaid: Pesos { repayments.sum(\.amount) }
  public var portfolio: Pesos { loans.sum(\.outstanding) }
  public var arrears: Pesos { loans.sum(\.overdue) }

  /// The repayment due by `today`, spread evenly over the agreed months.
  public func dueBy(_ today: Day) -> Pesos {
    guard let start = repaymentStart, repaymentMonths > 0, today >= start else { return .zero }
    let months = min(repaymentMonths, max(0, start.days(until: today) / 30))
    return Pesos(
      Int64((repaymentTarget.double * Double(months) / Double(repaymentMonths)).rounded(.down).clamped))
  }

  /// Share of the whole target repaid so far.
  public var capitalization: Double? {
    repaymentTarget.amount > 0 ? repaid.double / repaymentTarget.double : nil
  }
}

public struct Repayment: Hashable, Sendable, Codable, Identifiable {
  public var id: RecordID
  public var date: Day
  public var amount: Pesos

  public init(id: RecordID, date: Day, amount: Pesos) {
    self.id = id
    self.date = date
    self.amount = amount
  }
}

public struct Loan: Hashable, Sendable, Codable, Identifiable {
  public var id: RecordID
  public var date: Day
  public var amount: Pesos
  public var outstanding: Pesos
  public var overdue: Pesos

  public init(id: RecordID, date: Day, amount: Pesos, outstanding: Pesos, overdue: Pesos = .zero) {
    self.id = id
    self.date = date
    self.amount = amount
    self.outstanding = outstanding
    self.overdue = overdue
  }
}

public struct Accounts: Hashable, Sendable, Codable {
  public var year: Int
  public var revenue: Pesos
  public var costs: Pesos

  public init(year: Int, revenue: Pesos, costs: Pesos) {
    self.year = year
    self.revenue = revenue
    self.costs = costs
  }
}

/// The business plan figures from the pre-investment study that performance is compared against.
public struct BusinessPlan: Hashable, Sendable, Codable {
  public var areaHa: Double
  public var projectedYieldKgPerHa: Double
  public var observedYieldKgPerHa: Double?
  /// Local reference price, to judge the buyer's price (IDAP C4).
  public var referencePricePerKg: Pesos

  public init(
    areaHa: Double, projectedYieldKgPerHa: Double, observedYieldKgPerHa: Double? = nil,
    referencePricePerKg: Pesos
  ) {
    self.areaHa = areaHa
    self.projectedYieldKgPerHa = projectedYieldKgPerHa
    self.observedYieldKgPerHa = observedYieldKgPerHa
    self.referencePricePerKg = referencePricePerKg
  }
}
