/// The data-quality checks a laptop runs on its own records (`data/rules/quality.json` holds
/// their severities, thresholds and words; docs/methods.md states each rule).
extension Alliance {
  public func qualityFindings(_ rules: QualityRules, plausibility: PlausibilityRules) -> [QualityFinding] {
    var out: [QualityFinding] = []
    func add(_ check: QualityRules.Check, _ target: SupervisionTarget?, _ figures: [Localized]) {
      out.append(
        QualityFinding(
          check: check.id, severity: check.severity, allianceCode: code, target: target,
          message: check.text(figures)))
    }
    if let check = rules.check(.missingForStage) {
      // Each missing fact once, at the first stage that asks for it.
      var reported: Set<Requirement> = []
      let ignored = Set(check.ignore ?? [])
      for s in Stage.allCases where s <= stage {
        for requirement in Lifecycle.requirements(for: s)
        where !ignored.contains(requirement.rawValue) && !reported.contains(requirement)
          && !requirement.isMet(by: self)
        {
          reported.insert(requirement)
          add(check, nil, [s.label.map { "\(s.number). \($0)" }, requirement.label])
        }
      }
    }
    let delivered = visits.flatMap { v in v.deliveries.map { (visit: v, delivery: $0) } }
    if let check = rules.check(.deliveryOutlier) {
      let sample = delivered.map(\.delivery.kg)
      let median = Robust.median(sample)
      for (i, z) in Robust.scores(sample, minimum: check.minimum ?? 6).enumerated()
      where abs(z) > (check.threshold ?? 3.5) && abs(sample[i] - median) >= (check.share ?? 0) * median {
        let (visit, d) = delivered[i]
        add(
          check, .visit(visit.id),
          [kilos(d.kg), kilos(Robust.median(sample)), Localized(es: d.date.iso, en: d.date.iso)])
      }
    }
    if let check = rules.check(.priceOutlier) {
      let priced = delivered.filter { $0.delivery.pricePerKg.amount > 0 }
      let sample = priced.map(\.delivery.pricePerKg.double)
      let middle = Robust.median(sample)
      for (i, z) in Robust.scores(sample, minimum: check.minimum ?? 6).enumerated()
      where abs(z) > (check.threshold ?? 3.5) && abs(sample[i] - middle) >= (check.share ?? 0) * middle {
        let (visit, d) = priced[i]
        let median = Pesos(Int64(Robust.median(sample).rounded()))
        add(
          check, .visit(visit.id),
          [
            Localized { Format.pesos(d.pricePerKg, $0) }, Localized { Format.pesos(median, $0) },
            Localized(es: d.date.iso, en: d.date.iso),
          ])
      }
    }
    if let check = rules.check(.plausibility) {
      for warning in openWarnings(plausibility) {
        add(check, warning.subject.isEmpty ? nil : .visit(warning.subject), [warning.message])
      }
    }
    return out
  }
}

extension HouseholdRoster {
  public func qualityFindings(_ rules: QualityRules) -> [QualityFinding] {
    var out: [QualityFinding] = []
    func add(_ check: QualityRules.Check, _ target: SupervisionTarget?, _ figures: [Localized]) {
      out.append(
        QualityFinding(
          check: check.id, severity: check.severity, allianceCode: allianceCode, target: target,
          message: check.text(figures)))
    }
    let households = inUse
    if let check = rules.check(.duplicateHousehold) {
      let distance = Int(check.threshold ?? 2)
      let names = households.map(\.headName.folded), villages = households.map(\.village.folded)
      let documents = households.map { $0.documentNumber.filter(\.isNumber) }
      for i in households.indices {
        for j in households.indices where j > i {
          let (a, b) = (households[i], households[j])
          // Two households a person already said are different families are not asked again.
          if (a.distinctFrom ?? []).contains(b.id) || (b.distinctFrom ?? []).contains(a.id) { continue }
          let why: Localized
          if !documents[i].isEmpty, documents[i] == documents[j] {
            why = Localized(es: "mismo documento", en: "same document number")
          } else if names[i].count >= 8, villages[i] == villages[j], !villages[i].isEmpty,
            Robust.editDistance(names[i], names[j], atMost: distance) <= distance
          {
            why = Localized(
              es: "casi el mismo nombre en la misma vereda", en: "nearly the same name in the same village")
          } else {
            continue
          }
          add(check, nil, [Localized(es: a.code, en: a.code), Localized(es: b.code, en: b.code), why])
        }
      }
    }
    if let check = rules.check(.sameAnswerThroughout) {
      for h in households {
        for s in h.surveys where s.status == .complete {
          let elcsa = s.elcsa.compactMap { $0 }, ppi = s.ppi.compactMap { $0 }
          guard elcsa.count + ppi.count >= (check.minimum ?? 8), Set(elcsa).count <= 1, Set(ppi).count <= 1,
            !elcsa.isEmpty, !ppi.isEmpty
          else { continue }
          add(
            check, .survey(household: h.id, survey: s.id),
            [Localized(es: h.code, en: h.code), Localized(es: s.date.iso, en: s.date.iso)])
        }
      }
    }
    if let check = rules.check(.answeredTooFast) {
      let perAnswer = check.threshold ?? 4
      for h in households {
        for s in h.surveys where s.status == .complete {
          guard let start = s.startedAt, let end = s.completedAt, end >= start else { continue }
          let answered = s.elcsa.count { $0 != nil } + s.ppi.count { $0 != nil }
          let seconds = Double(end.secondsSinceEpoch - start.secondsSinceEpoch)
          guard answered >= (check.minimum ?? 8), seconds < Double(answered) * perAnswer else { continue }
          add(
            check, .survey(household: h.id, survey: s.id),
            [
              Localized(es: h.code, en: h.code), Localized(es: s.date.iso, en: s.date.iso),
              Localized(es: "\(answered)", en: "\(answered)"),
              Localized(es: Format.span(seconds: Int(seconds)), en: Format.span(seconds: Int(seconds))),
              Localized { Format.decimal(perAnswer, digits: 0, $0) },
            ])
        }
      }
    }
    // Ley 1581: surveys completed before the rule (or on a store edited by hand) without the
    // titular's authorization that covers them, for a supervisor to obtain it or set them aside.
    if let check = rules.check(.completedWithoutAuthorization) {
      for h in households {
        for s in h.surveys where s.status == .complete {
          guard let issue = h.consentIssue(completing: s) else { continue }
          add(
            check, .survey(household: h.id, survey: s.id),
            [Localized(es: h.code, en: h.code), Localized(es: s.date.iso, en: s.date.iso), issue.reason])
        }
      }
    }
    return out
  }
}

private func kilos(_ kg: Double) -> Localized {
  Localized { Format.decimal(kg, digits: kg == kg.rounded() ? 0 : 1, $0) }
}

/// Robust statistics for the outlier checks: the median, and Iglewicz and Hoaglin's modified
/// z-score 0.6745·(x − median)/MAD (the median absolute deviation); when more than half the
/// values are equal the MAD is 0, and 0.7979·mean absolute deviation stands in for it (both
/// scale to a standard deviation for normal data). Plus a bounded edit distance for names.
enum Robust {
  static func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted(), n = sorted.count
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
  }

  /// Each value's modified z-score, or zeros when there are fewer than `minimum` values or they
  /// do not vary.
  static func scores(_ values: [Double], minimum: Int) -> [Double] {
    guard values.count >= minimum else { return values.map { _ in 0 } }
    let m = median(values)
    let deviations = values.map { abs($0 - m) }
    let mad = median(deviations)
    if mad > 0 { return values.map { 0.6745 * ($0 - m) / mad } }
    let meanAD = deviations.reduce(0, +) / Double(values.count)
    guard meanAD > 0 else { return values.map { _ in 0 } }
    return values.map { ($0 - m) / (1.253314 * meanAD) }
  }

  /// Levenshtein distance between two strings, stopping early once it must exceed `atMost`.
  static func editDistance(_ a: String, _ b: String, atMost: Int) -> Int {
    let x = Array(a), y = Array(b)
    if abs(x.count - y.count) > atMost { return atMost + 1 }
    var previous = Array(0...y.count)
    for i in 1...max(1, x.count) where !x.isEmpty {
      var current = [i] + Array(repeating: 0, count: y.count)
      var best = i
      for j in 1...max(1, y.count) where !y.isEmpty {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
        best = min(best, current[j])
      }
      if best > atMost { return atMost + 1 }
      previous = current
    }
    return x.isEmpty ? y.count : previous[y.count]
  }
}
