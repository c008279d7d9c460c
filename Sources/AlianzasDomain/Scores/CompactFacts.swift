/// The facts the store's index keeps, in `CompactWriter`'s form: fields in declaration order,
/// enums by their raw text, so a value reads back equal to what was written.
extension AllianceFigures {
  public func write(to w: inout CompactWriter) {
    for text in [code, name, departmentCode, municipality, product] { w.string(text) }
    w.int(callYear)
    w.string(stage.rawValue)
    w.string(status.rawValue)
    w.bool(consolidationZone)
    w.bool(vulnerable)
    w.int(families)
    w.optional(buyerName) { $0.string($1) }
    w.array(buyerIDs) { $0.string($1) }
    w.int(agreementsActive)
    w.int(agreementsRuptured)
    w.int(agreementsRelinked)
    w.string(agreementState.rawValue)
    w.optional(lastVisit) { $0.day($1) }
    w.optional(idap) { $0.double($1) }
    w.optional(idapBand) { $0.int($1) }
    w.bool(idapPartial)
    w.array(alerts) { $0.string($1.rawValue) }
  }

  public init(compact r: inout CompactReader) throws(CompactReader.Fault) {
    code = try r.string()
    name = try r.string()
    departmentCode = try r.string()
    municipality = try r.string()
    product = try r.string()
    callYear = try r.int()
    stage = try r.raw(Stage.self)
    status = try r.raw(AllianceStatus.self)
    consolidationZone = try r.bool()
    vulnerable = try r.bool()
    families = try r.int()
    buyerName = try r.optional { r throws(CompactReader.Fault) in try r.string() }
    buyerIDs = try r.array { r throws(CompactReader.Fault) in try r.string() }
    agreementsActive = try r.int()
    agreementsRuptured = try r.int()
    agreementsRelinked = try r.int()
    agreementState = try r.raw(AgreementState.self)
    lastVisit = try r.optional { r throws(CompactReader.Fault) in try r.day() }
    idap = try r.optional { r throws(CompactReader.Fault) in try r.double() }
    idapBand = try r.optional { r throws(CompactReader.Fault) in try r.int() }
    idapPartial = try r.bool()
    alerts = try r.array { r throws(CompactReader.Fault) in try r.raw(Alert.self) }
  }
}

extension HouseholdTally {
  public func write(to w: inout CompactWriter) {
    for n in [households, beneficiaries, control, surveyed, completeSurveys, ppiScored, ppiScoreSum] {
      w.int(n)
    }
    w.array(elcsa) { $0.int($1) }
    w.array(likelihoodTenthsSum) { $0.int($1) }
  }

  public init(compact r: inout CompactReader) throws(CompactReader.Fault) {
    self.init()
    households = try r.int()
    beneficiaries = try r.int()
    control = try r.int()
    surveyed = try r.int()
    completeSurveys = try r.int()
    ppiScored = try r.int()
    ppiScoreSum = try r.int()
    elcsa = try r.array { r throws(CompactReader.Fault) in try r.int() }
    likelihoodTenthsSum = try r.array { r throws(CompactReader.Fault) in try r.int() }
  }
}

extension AgreementDuration {
  public func write(to w: inout CompactWriter) {
    w.string(code)
    w.int(days)
    w.bool(ruptured)
    w.bool(atRisk)
    w.string(product)
    w.string(departmentCode)
    w.array(covariates) { $0.double($1) }
  }

  public init(compact r: inout CompactReader) throws(CompactReader.Fault) {
    code = try r.string()
    days = try r.int()
    ruptured = try r.bool()
    atRisk = try r.bool()
    product = try r.string()
    departmentCode = try r.string()
    covariates = try r.array { r throws(CompactReader.Fault) in try r.double() }
  }
}

extension RelinkCase {
  public func write(to w: inout CompactWriter) {
    w.bool(vulnerable)
    w.bool(consolidation)
    w.optional(daysToRelink) { $0.int($1) }
  }

  public init(compact r: inout CompactReader) throws(CompactReader.Fault) {
    vulnerable = try r.bool()
    consolidation = try r.bool()
    daysToRelink = try r.optional { r throws(CompactReader.Fault) in try r.int() }
  }
}

extension TriageFacts {
  public func write(to w: inout CompactWriter) {
    w.int(Int(arrears.amount))
    w.int(Int(portfolio.amount))
    w.optional(searchingSince) { $0.day($1) }
    w.optional(idapBefore) { $0.double($1) }
    w.optional(previousVisit) { $0.day($1) }
  }

  public init(compact r: inout CompactReader) throws(CompactReader.Fault) {
    self.init(
      arrears: Pesos(Int64(try r.int())), portfolio: Pesos(Int64(try r.int())),
      searchingSince: try r.optional { r throws(CompactReader.Fault) in try r.day() },
      idapBefore: try r.optional { r throws(CompactReader.Fault) in try r.double() },
      previousVisit: try r.optional { r throws(CompactReader.Fault) in try r.day() })
  }
}

extension AllianceDatedInputs {
  public func write(to w: inout CompactWriter) {
    w.day(since)
    w.array(fixedIndicators) { w, v in w.optional(v) { $0.double($1) } }
    w.array(deliveries) { w, d in
      w.day(d.date)
      w.double(d.kg)
      w.double(d.rejectedKg)
      w.double(d.pricePerKg)
      w.bool(d.underMeasured)
    }
    w.optional(measured) { w, m in
      w.day(m.start)
      w.optional(m.rupture) { $0.day($1) }
      w.int(m.volumeKgPerMonth)
    }
    w.double(referencePricePerKg)
    w.array(checklists) { w, c in
      w.day(c.date)
      w.int(c.answered)
      w.int(c.yes)
    }
    w.int(Int(repaymentTarget.amount))
    w.optional(repaymentStart) { $0.day($1) }
    w.int(repaymentMonths)
    w.int(Int(repaid.amount))
    w.bool(operating)
    for day in [lastVisit, firstStart, firstRupture, closedOn] { w.optional(day) { $0.day($1) } }
  }

  public init(compact r: inout CompactReader) throws(CompactReader.Fault) {
    typealias Fault = CompactReader.Fault
    since = try r.day()
    fixedIndicators = try r.array { r throws(Fault) in try r.optional { r throws(Fault) in try r.double() } }
    deliveries = try r.array { r throws(Fault) in
      Delivery(
        date: try r.day(), kg: try r.double(), rejectedKg: try r.double(), pricePerKg: try r.double(),
        underMeasured: try r.bool())
    }
    measured = try r.optional { r throws(Fault) in
      Measured(
        start: try r.day(), rupture: try r.optional { r throws(Fault) in try r.day() },
        volumeKgPerMonth: try r.int())
    }
    referencePricePerKg = try r.double()
    checklists = try r.array { r throws(Fault) in
      Checklist(date: try r.day(), answered: try r.int(), yes: try r.int())
    }
    repaymentTarget = Pesos(Int64(try r.int()))
    repaymentStart = try r.optional { r throws(Fault) in try r.day() }
    repaymentMonths = try r.int()
    repaid = Pesos(Int64(try r.int()))
    operating = try r.bool()
    lastVisit = try r.optional { r throws(Fault) in try r.day() }
    firstStart = try r.optional { r throws(Fault) in try r.day() }
    firstRupture = try r.optional { r throws(Fault) in try r.day() }
    closedOn = try r.optional { r throws(Fault) in try r.day() }
  }
}

extension Localized {
  /// A text kept in a cache in both languages, as it was written.
  public func write(to w: inout CompactWriter) {
    w.string(es)
    w.string(en)
  }

  public init(compact r: inout CompactReader) throws(CompactReader.Fault) {
    self.init(es: try r.string(), en: try r.string())
  }
}
