import Foundation

extension Household {
  /// The required fields this household lacks, by their key in the files. The interface creates
  /// a household only once they are confirmed; older files may still lack them.
  public var missingRequired: [String] {
    headName.trimmingCharacters(in: .whitespaces).isEmpty ? ["headName"] : []
  }

  public func validate(instruments: Instruments, today: Day) -> [ValidationIssue] {
    var c = IssueCollector()
    c.text("code", code, max: 40)
    c.text("headName", headName, required: false, max: 200)
    c.text("documentNumber", documentNumber, required: false, max: 20)
    if !documentNumber.allSatisfy({ $0.isASCII && $0.isNumber }) {
      c.add("documentNumber", .badFormat(expected: Localized(es: "solo dígitos", en: "digits only")))
    }
    c.text("village", village, required: false)
    if members < 1 || members > 40 { c.add("members", .outOfRange(min: 1, max: 40)) }
    if minors < 0 || minors >= max(members, 1) {
      c.add("minors", .outOfRange(min: 0, max: Double(max(members, 1) - 1)))
    }
    if Set(vulnerability).count != vulnerability.count { c.add("vulnerability", .duplicate("grupo")) }
    c.notFuture("joined", joined, today: today)
    if group == .control && joined != nil {
      c.add(
        "joined",
        .mismatch(Localized(es: "un hogar de control no se vincula", en: "a control household does not join"))
      )
    }
    if let authorization {
      c.notFuture("authorization.date", authorization.date, today: today)
      c.text("authorization.officer", authorization.officer, max: 200)
      if authorization.scope.isEmpty { c.add("authorization.scope", .empty) }
      if Set(authorization.scope).count != authorization.scope.count {
        c.add("authorization.scope", .duplicate("scope"))
      }
    }
    var ids = Set<RecordID>()
    for (i, survey) in surveys.enumerated() {
      if !ids.insert(survey.id).inserted { c.add("surveys[\(i)].id", .duplicate(survey.id)) }
      c.merge(survey.validate(instruments: instruments, today: today), prefix: "surveys[\(i)].")
    }
    return c.issues
  }
}

extension Survey {
  public func validate(instruments: Instruments, today: Day) -> [ValidationIssue] {
    var c = IssueCollector()
    c.notFuture("date", date, today: today)
    c.text("enumerator", enumerator, required: status == .complete)
    if elcsa.count != Survey.elcsaItemCount {
      c.add("elcsa", .wrongCount(expected: Survey.elcsaItemCount, found: elcsa.count))
    }
    if ppi.count != instruments.ppi.indicators.count {
      c.add("ppi", .wrongCount(expected: instruments.ppi.indicators.count, found: ppi.count))
    } else {
      for (i, code) in ppi.enumerated() {
        if let code, instruments.ppi.indicators[i].option(code: code) == nil {
          c.add("ppi[\(i)]", .unknownCode(code))
        }
      }
    }
    if let total = incomeTotal { c.nonNegative("incomeTotal", total) }
    if let product = incomeFromProduct {
      c.nonNegative("incomeFromProduct", product)
      if let total = incomeTotal, product > total {
        c.add(
          "incomeFromProduct",
          .mismatch(Localized(es: "supera el ingreso total", en: "exceeds the total income")))
      }
    }
    if status == .complete && c.issues.isEmpty {
      let missing = instruments.missingForCompletion(self)
      if !missing.isEmpty {
        c.add(
          "status",
          .mismatch(
            Localized(
              es:
                "una encuesta completa no puede tener preguntas sin respuesta (\(missing.joined(separator: ", ")))",
              en: "a complete survey cannot have unanswered questions (\(missing.joined(separator: ", ")))")))
      }
    }
    return c.issues
  }
}
