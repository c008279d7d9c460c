/// What the supervisor's triage needs to know of one alliance besides its panel figures, derived
/// from its file (and kept in the store's index, so the list opens without parsing every file).
public struct TriageFacts: Hashable, Sendable, Codable {
  /// Overdue loans of the revolving fund, and the fund's whole portfolio.
  public var arrears: Pesos
  public var portfolio: Pesos
  /// Since when it has been without a buyer after a rupture, while it is.
  public var searchingSince: Day?
  /// Its IDAP as its records stood at the previous visit, and that visit's day.
  public var idapBefore: Double?
  public var previousVisit: Day?

  public init(
    arrears: Pesos, portfolio: Pesos, searchingSince: Day?, idapBefore: Double?, previousVisit: Day?
  ) {
    self.arrears = arrears
    self.portfolio = portfolio
    self.searchingSince = searchingSince
    self.idapBefore = idapBefore
    self.previousVisit = previousVisit
  }
}

extension Alliance {
  public func triageFacts(_ idap: IDAPDefinition, today: Day) -> TriageFacts {
    let searching = currentAgreement == nil ? agreements.compactMap { $0.rupture?.date }.max() : nil
    let dates = visits.map(\.date).filter { $0 <= today }.sorted()
    var before: Double?
    var previous: Day?
    if dates.count >= 2 {
      previous = dates[dates.count - 2]
      before = asOf(previous!).idap(idap, today: previous!).score
    }
    return TriageFacts(
      arrears: finance.fund.arrears, portfolio: finance.fund.portfolio, searchingSince: searching,
      idapBefore: before, previousVisit: previous)
  }

  /// The alliance as its records stood at the end of `day`: what is dated later left out (visits,
  /// agreements and their ruptures, money, stages).
  public func asOf(_ day: Day) -> Alliance {
    var a = self
    a.visits = visits.filter { $0.date <= day }
    a.agreements = agreements.filter { $0.start <= day }.map { g in
      var g = g
      if let r = g.rupture, r.date > day { g.rupture = nil }
      return g
    }
    a.finance.disbursements = finance.disbursements.filter { $0.date <= day }
    a.finance.fund.repayments = finance.fund.repayments.filter { $0.date <= day }
    a.finance.fund.loans = finance.fund.loans.filter { $0.date <= day }
    a.stageHistory = stageHistory.filter { $0.date <= day }
    if let last = a.stageHistory.last { a.stage = last.stage }
    return a
  }
}

/// One alert of the supervisor's triage: which alliance, how serious, why.
public struct TriageAlert: Hashable, Sendable {
  public enum Kind: String, CaseIterable, Sendable {
    case visitOverdue, fundArrears, longSearch, idapDrop, highRisk

    public var label: Localized {
      switch self {
      case .visitOverdue: Localized(es: "Visita atrasada", en: "Visit overdue")
      case .fundArrears: Localized(es: "Cartera vencida", en: "Fund arrears")
      case .longSearch: Localized(es: "Sin comprador", en: "No buyer")
      case .idapDrop: Localized(es: "IDAP en baja", en: "IDAP falling")
      case .highRisk: Localized(es: "Riesgo de ruptura", en: "Rupture risk")
      }
    }
  }

  public var kind: Kind
  public var allianceCode: String
  /// 1 low, 2 medium, 3 high.
  public var severity: Int
  public var message: Localized

  public init(kind: Kind, allianceCode: String, severity: Int, message: Localized) {
    self.kind = kind
    self.allianceCode = allianceCode
    self.severity = severity
    self.message = message
  }
}

/// The supervisor's triage: one list across alliances, most serious first, each alert with its
/// reason. Computed from the panel figures and `TriageFacts` of each alliance, the first-agreement
/// durations and the Cox model fitted on them; thresholds from `reference/monitoring.json`.
public enum Triage {
  public struct Member: Sendable {
    public var figures: AllianceFigures
    public var facts: TriageFacts

    public init(figures: AllianceFigures, facts: TriageFacts) {
      self.figures = figures
      self.facts = facts
    }
  }

  public static func alerts(
    _ members: [Member], durations: [AgreementDuration], rules: MonitoringRules, today: Day
  ) -> [TriageAlert] {
    var out: [TriageAlert] = []
    for m in members {
      let f = m.figures, facts = m.facts
      let operating = f.status != .cerrada
      guard operating else { continue }
      let every = rules.visitEvery(f.stage)
      if let last = f.lastVisit {
        let since = last.days(until: today)
        if since > every {
          out.append(
            TriageAlert(
              kind: .visitOverdue, allianceCode: f.code, severity: since > 2 * every ? 3 : 2,
              message: Localized(
                es: "Última visita hace \(since) días (\(last.iso)); su etapa pide una cada \(every).",
                en: "Last visit \(since) days ago (\(last.iso)); its stage asks for one every \(every).")))
        }
      } else if f.stage >= .fiducia {
        out.append(
          TriageAlert(
            kind: .visitOverdue, allianceCode: f.code, severity: 3,
            message: Localized(es: "Ninguna visita registrada.", en: "No visit on record.")))
      }
      if facts.arrears.amount > 0 {
        let share = facts.portfolio.amount > 0 ? facts.arrears.double / facts.portfolio.double : 1
        out.append(
          TriageAlert(
            kind: .fundArrears, allianceCode: f.code, severity: share > 0.1 ? 3 : 2,
            message: Localized {
              $0 == .es
                ? "Cartera vencida del fondo rotatorio: \(Format.pesos(facts.arrears, $0)) (\(Format.percent(share * 100, digits: 0, $0)) de la cartera)."
                : "Revolving fund loans overdue: \(Format.pesos(facts.arrears, $0)) (\(Format.percent(share * 100, digits: 0, $0)) of the portfolio)."
            }))
      }
      if let since = facts.searchingSince, since.days(until: today) > rules.longSearchDays {
        let days = since.days(until: today)
        out.append(
          TriageAlert(
            kind: .longSearch, allianceCode: f.code, severity: 3,
            message: Localized(
              es: "Sin comprador desde la ruptura del \(since.iso): \(days) días.",
              en: "No buyer since the rupture of \(since.iso): \(days) days.")))
      }
      if let before = facts.idapBefore, let now = f.idap, before - now >= rules.idapDropPoints,
        let previous = facts.previousVisit
      {
        out.append(
          TriageAlert(
            kind: .idapDrop, allianceCode: f.code, severity: 2,
            message: Localized {
              $0 == .es
                ? "El IDAP bajó de \(Format.decimal(before, $0)) (visita del \(previous.iso)) a \(Format.decimal(now, $0))."
                : "The IDAP fell from \(Format.decimal(before, $0)) (visit of \(previous.iso)) to \(Format.decimal(now, $0))."
            }))
      }
    }
    // Agreements at risk whose hazard is in the top share, by the Cox model of all first agreements.
    if let fit = try? AgreementSurvival.cox(durations) {
      let ranked = AgreementSurvival.riskRanking(durations, fit: fit)
      let top = Int((Double(ranked.count) * rules.riskShare).rounded(.up))
      let operating = Set(members.filter { $0.figures.status != .cerrada }.map(\.figures.code))
      for risk in ranked.prefix(top) where operating.contains(risk.code) {
        out.append(
          TriageAlert(
            kind: .highRisk, allianceCode: risk.code, severity: 1,
            message: Localized {
              $0 == .es
                ? "Su primer acuerdo está entre el \(Format.percent(rules.riskShare * 100, digits: 0, $0)) de mayor riesgo de ruptura (riesgo relativo \(Format.decimal(risk.relativeHazard, digits: 2, $0)))."
                : "Its first agreement is among the \(Format.percent(rules.riskShare * 100, digits: 0, $0)) most at risk of rupture (relative hazard \(Format.decimal(risk.relativeHazard, digits: 2, $0)))."
            }))
      }
    }
    return out.sorted {
      ($1.severity, $0.allianceCode, $0.kind.rawValue) < ($0.severity, $1.allianceCode, $1.kind.rawValue)
    }
  }
}
