import AlianzasDomain
import Plot

/// The money: the Incentivo Modular and the other sources disbursed, against what the producers
/// repaid into their revolving fund and what its rules say was due by each month, and the fund's
/// loans in arrears.
extension AllianceReport {
  func money() -> Page.Body {
    let finance = a.finance, fund = finance.fund
    let disbursements = finance.disbursements.sorted { $0.date < $1.date }
    let repayments = fund.repayments.sorted { $0.date < $1.date }
    func running<T>(_ items: [T], _ day: (T) -> Day, _ amount: (T) -> Pesos) -> [(day: Day, value: Double)] {
      var total = 0.0
      return items.map {
        total += amount($0).double
        return (day($0), total)
      }
    }
    var series: [LineChart.Series] = [
      .init(
        name: t("Desembolsado", "Disbursed"), points: running(disbursements, \.date, \.amount), steps: true),
      .init(
        name: t("Reintegrado al fondo", "Repaid to the fund"), points: running(repayments, \.date, \.amount),
        steps: true),
    ]
    // What the fund's rules had due, month by month from the start of repayments.
    if let start = fund.repaymentStart, start <= today, fund.repaymentTarget.amount > 0 {
      var due: [(day: Day, value: Double)] = []
      var day = start
      while day <= today {
        due.append((day, fund.dueBy(day).double))
        day = day.adding(days: 30)
      }
      series.append(
        .init(name: t("Debido según el reglamento", "Due under the fund's rules"), points: due, steps: true))
    }
    let chart = LineChart(
      title: t("Incentivo y fondo rotatorio", "Incentive and revolving fund"), series: series, today: today,
      format: { Format.pesosShort(Pesos(Int64($0.rounded())), self.l) })
    var movements: [(day: Day, what: String, amount: Pesos, note: String)] = []
    for d in disbursements { movements.append((d.date, t("Desembolso", "Disbursement"), d.amount, d.source)) }
    for r in repayments {
      movements.append((r.date, t("Reintegro al fondo", "Repayment to the fund"), r.amount, ""))
    }
    for loan in fund.loans {
      movements.append(
        (
          loan.date, t("Crédito del fondo", "Loan from the fund"), loan.amount,
          t("saldo ", "outstanding ") + pesos(loan.outstanding) + t(", vencido ", ", overdue ")
            + pesos(loan.overdue)
        ))
    }
    movements.sort { $0.day < $1.day }
    let due = fund.dueBy(today)
    let figures: [String: String] = [
      "finance.modular_incentive": pesos(finance.modularIncentive),
      "finance.cofinancing": pesos(finance.cofinancingTotal),
      "finance.disbursed": pesos(finance.disbursed), "finance.repayment_target": pesos(fund.repaymentTarget),
      "finance.due": pesos(due), "finance.repaid": pesos(fund.repaid),
      "finance.capitalization": fund.capitalization.map { Format.percent($0 * 100, l) } ?? "—",
      "finance.portfolio": pesos(fund.portfolio), "finance.overdue": pesos(fund.arrears),
    ]
    return Page.section(
      t("Incentivo Modular y fondo rotatorio", "Incentivo Modular and revolving fund"),
      [
        Page.paragraph(
          t(
            "Incentivo Modular: {finance.modular_incentive}; cofinanciación local: {finance.cofinancing}; desembolsado en total: {finance.disbursed}.",
            "Incentivo Modular: {finance.modular_incentive}; local co-financing: {finance.cofinancing}; disbursed in all: {finance.disbursed}."
          ), figures: figures),
        Page.paragraph(
          t(
            "Fondo rotatorio: meta de reintegro {finance.repayment_target}, debido a la fecha {finance.due}, reintegrado {finance.repaid} ({finance.capitalization} de la meta). Cartera en créditos {finance.portfolio}, de la cual vencida {finance.overdue}.",
            "Revolving fund: repayment target {finance.repayment_target}, due by now {finance.due}, repaid {finance.repaid} ({finance.capitalization} of the target). Loans outstanding {finance.portfolio}, of which overdue {finance.overdue}."
          ), figures: figures),
        Page.figure(
          id: "money",
          caption: t(
            "Lo desembolsado y lo reintegrado al fondo rotatorio, acumulados en el tiempo, y lo que el reglamento del fondo hacía debido a cada mes.",
            "What was disbursed and what was repaid into the revolving fund, added up over time, and what the fund's rules had due by each month."
          ),
          chart: chart.render(),
          table: Page.table(
            [t("Fecha", "Date"), t("Movimiento", "Movement"), t("Valor", "Amount"), t("Detalle", "Detail")],
            movements.map { [$0.day.iso, $0.what, pesos($0.amount), $0.note] }, numeric: [2]),
          language: l),
      ])
  }
}
