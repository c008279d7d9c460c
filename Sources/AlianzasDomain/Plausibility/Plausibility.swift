/// The plausibility checks: each rule of the data file runs its check over an alliance. The
/// thresholds and words are data; what each check compares is here.
extension Alliance {
  public func plausibilityWarnings(_ rules: PlausibilityRules) -> [PlausibilityWarning] {
    var out: [PlausibilityWarning] = []
    func add(_ rule: PlausibilityRule, subject: String = "", _ fingerprint: String, _ figures: [Localized]) {
      out.append(
        PlausibilityWarning(
          rule: rule.id, field: rule.field, subject: subject, fingerprint: fingerprint,
          message: rule.text(figures)))
    }
    for rule in rules.rules {
      switch rule.id {
      case .familiesAboveMembers:
        let o = organization
        let expected = o.initialMembers - o.resignations
        if o.initialMembers > 0 && o.members > expected {
          add(
            rule, "\(o.members)|\(o.initialMembers)|\(o.resignations)", [count(o.members), count(expected)])
        }
      case .tranchesAboveIncentive:
        // Tranches of the Incentivo Modular are the disbursements whose source names it.
        let tranches = finance.disbursements.filter {
          let source = $0.source.folded
          return source.contains("incentivo") || source == "im"
        }.sum(\.amount)
        if finance.modularIncentive.amount > 0 && tranches > finance.modularIncentive {
          add(
            rule, "\(tranches.amount)|\(finance.modularIncentive.amount)",
            [pesos(tranches), pesos(finance.modularIncentive)])
        }
      case .marginBeforeExecution:
        if let accounts = finance.accounts, stage < .ejecucion {
          add(
            rule, "\(accounts.year)|\(accounts.revenue.amount)|\(accounts.costs.amount)|\(stage.rawValue)",
            [
              Localized(es: "\(accounts.year)", en: "\(accounts.year)"),
              stage.label.map { "\(stage.number). \($0)" },
            ])
        }
      case .marginYearBeforeExecution:
        // A year's margin needs that year's business: execution must have begun by its end.
        if let accounts = finance.accounts, stage >= .ejecucion,
          let began = stageHistory.first(where: { $0.stage == .ejecucion })?.date, accounts.year < began.year
        {
          add(
            rule, "\(accounts.year)|\(began.iso)",
            [
              Localized(es: "\(accounts.year)", en: "\(accounts.year)"),
              Localized(es: began.iso, en: began.iso),
            ])
        }
      case .deliveryAboveAgreed:
        let factor = rule.threshold ?? 2
        for visit in visits {
          for d in visit.deliveries {
            guard let agreement = agreement(on: d.date) ?? currentAgreement, agreement.volumeKgPerMonth > 0,
              d.kg > factor * Double(agreement.volumeKgPerMonth)
            else { continue }
            add(
              rule, subject: visit.id, "\(d.kg)|\(agreement.volumeKgPerMonth)",
              [
                Localized { Format.decimal(d.kg, digits: d.kg == d.kg.rounded() ? 0 : 1, $0) },
                count(agreement.volumeKgPerMonth), day(visit.date),
              ])
          }
        }
      case .priceFarFromHistory:
        let factor = rule.threshold ?? 0.5
        let prices = visits.flatMap { v in v.deliveries.map { (v, $0.pricePerKg) } }.filter {
          $0.1.amount > 0
        }
        for (visit, price) in prices {
          let others = prices.filter { $0.0.id != visit.id }.map(\.1.amount).sorted()
          guard others.count >= 3 else { continue }
          let median = others[others.count / 2]
          guard median > 0, abs(Double(price.amount) / Double(median) - 1) > factor else { continue }
          add(
            rule, subject: visit.id, "\(price.amount)|\(median)",
            [pesos(price), pesos(Pesos(median)), day(visit.date)])
        }
      }
    }
    return out
  }

  /// The warnings nobody has confirmed on their current figures.
  public func openWarnings(_ rules: PlausibilityRules) -> [PlausibilityWarning] {
    plausibilityWarnings(rules).filter { confirmation(of: $0) == nil }
  }

  /// The confirmation that covers a warning, if someone confirmed it on these figures.
  public func confirmation(of warning: PlausibilityWarning) -> PlausibilityConfirmation? {
    (plausibilityConfirmed ?? []).last {
      $0.rule == warning.rule && $0.subject == warning.subject && $0.fingerprint == warning.fingerprint
    }
  }

  /// The agreement in force on a day.
  public func agreement(on day: Day) -> Agreement? {
    agreements.filter { $0.start <= day && ($0.rupture.map { day <= $0.date } ?? true) }.max {
      $0.start < $1.start
    }
  }
}

/// Figures quoted in a warning, written as each language writes them.
private func pesos(_ p: Pesos) -> Localized { Localized { Format.pesos(p, $0) } }
private func count(_ n: Int) -> Localized { Localized { Format.integer(n, $0) } }
private func day(_ d: Day) -> Localized { Localized(es: d.iso, en: d.iso) }
