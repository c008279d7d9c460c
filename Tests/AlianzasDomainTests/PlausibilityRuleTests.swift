import Testing

@testable import AlianzasDomain

/// The finance rules the demo once broke, each against a record that trips it and one that does not.
@Suite("Plausibility of the accounts and the tranches")
struct PlausibilityRuleTests {
  let rules = reference.plausibility

  func fired(_ a: Alliance) -> [PlausibilityRule.Check] { a.plausibilityWarnings(rules).map(\.rule) }

  @Test func aMarginForAYearBeforeExecutionIsQuestioned() {
    // Execution began in 2013 (the fixture's stage dates): the 2012 accounts cannot be its own.
    var a = alliance(at: .comercializacion)
    a.finance.accounts = Accounts(year: 2012, revenue: 100_000_000, costs: 80_000_000)
    let warning = a.plausibilityWarnings(rules).first { $0.rule == .marginYearBeforeExecution }
    #expect(
      warning?.message.es == "Hay ingresos y costos del año 2012, pero la ejecución empezó el 2013-04-19.")
    a.finance.accounts?.year = 2013
    #expect(!fired(a).contains(.marginYearBeforeExecution))
    // Before execution the other rule speaks, not this one.
    var early = alliance(at: .fiducia)
    early.finance.accounts = Accounts(year: 2012, revenue: 100_000_000, costs: 80_000_000)
    #expect(
      fired(early).contains(.marginBeforeExecution) && !fired(early).contains(.marginYearBeforeExecution))
  }

  @Test func tranchesAboveTheIncentiveAreQuestioned() {
    var a = alliance(at: .ejecucion)
    a.finance.modularIncentive = 100_000_000
    a.finance.disbursements = [
      Disbursement(id: "d1", date: day("2013-05-01"), amount: 60_000_000, source: "Incentivo Modular"),
      Disbursement(id: "d2", date: day("2013-06-01"), amount: 50_000_000, source: "Cofinanciación"),
    ]
    #expect(!fired(a).contains(.tranchesAboveIncentive), "cofinancing is not the incentive")
    a.finance.disbursements[1].source = "IM"
    #expect(fired(a).contains(.tranchesAboveIncentive))
  }
}
