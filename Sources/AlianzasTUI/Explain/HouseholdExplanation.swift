import AlianzasDomain

/// A survey's pane: the ELCSA (the items asked and answered, the cut-points with and without
/// minors, how «Don't know» and «Refused» are treated, this household's count and category) and
/// the PPI (the points of each answer given, the total and the look-up for every poverty line).
enum HouseholdExplanation {
  static func build(_ h: Household, _ s: Survey, _ instruments: Instruments, _ l: Language) -> Explanation {
    let elcsa = instruments.elcsa
    let hasMinors = s.hasMinors ?? (h.minors > 0)
    let result = elcsa.score(answers: s.elcsa, hasMinors: hasMinors)
    var lines = [Line(elcsa.title(l), .bold)] + Explain.prose(T.exElcsaIntro(l))
    func cuts(_ set: ElcsaDefinition.CutPointSet) -> String {
      var low = 0
      return set.upperBounds.enumerated().map { k, high in
        defer { low = high + 1 }
        let name = elcsa.label(ElcsaResult.Category(rawValue: k)!)(l)
        return name + " " + (low == high ? "\(low)" : "\(low)–\(high)")
      }.joined(separator: " · ")
    }
    lines.append(
      Line(T.exElcsaCutsMinors(l, elcsa.cutPoints.withMinors.items, cuts(elcsa.cutPoints.withMinors))))
    lines.append(
      Line(T.exElcsaCutsAdults(l, elcsa.cutPoints.adultsOnly.items, cuts(elcsa.cutPoints.adultsOnly))))
    lines.append("")
    lines += Explain.prose(T.exElcsaMissing(l))
    for item in elcsa.items {
      let asked = item.n <= result.itemsUsed
      let answer = s.elcsa.indices.contains(item.n - 1) ? s.elcsa[item.n - 1] : nil
      let shown = !asked ? T.exElcsaNotAsked(l) : answer?.label(l) ?? T.exNotAnswered(l)
      lines.append(
        Line([Span("  \(item.n). \(item.short(l)): "), Span(shown, answer == .yes ? .bold : .dim)]))
    }
    lines.append("")
    if let category = result.category {
      lines.append(Line(T.exElcsaResult(l, result.yes, result.itemsUsed, elcsa.label(category)(l)), .bold))
    } else {
      let open = result.unknown.count + result.unanswered.count
      lines.append(
        Line(
          T.exElcsaRange(
            l, result.yes, result.itemsUsed, open, elcsa.label(result.range.lowerBound)(l),
            elcsa.label(result.range.upperBound)(l)), .bold))
    }
    lines.append("")

    let ppi = instruments.ppi
    let score = ppi.score(answers: s.ppi)
    lines.append(Line(T.exPpiHeading(l), .bold))
    lines += Explain.prose(T.exPpiIntro(l))
    for indicator in ppi.indicators {
      let code = s.ppi.indices.contains(indicator.n - 1) ? s.ppi[indicator.n - 1] : nil
      lines.append(Line("  \(indicator.n). \(indicator.text(l))"))
      if let option = code.flatMap(indicator.option(code:)) {
        lines.append(
          Line([
            Span("     \(option.code) · \(option.text(l)) → "), Span(T.exPpiPoints(l, option.points), .bold),
          ]))
      } else {
        lines.append(Line("     " + T.exNotAnswered(l), .dim))
      }
    }
    lines.append("")
    if let total = score.score, let low = score.bandMin, let high = score.bandMax {
      lines.append(Line(T.exPpiTotal(l, total, low, high), .bold))
      lines.append(Line(T.exPpiLookup(l)))
      for line in ppi.lines {
        let value = score.likelihood(line: line.id).map { Format.percent($0, l) } ?? "—"
        lines.append(Line("  \(line.label(l)): \(value)"))
      }
    } else {
      lines.append(Line(T.exPpiPartial(l, score.partialPoints, score.missing.count), .bold))
    }
    return Explanation(title: T.exElcsaTitle(l, h.code, s.date.iso), lines: lines)
  }
}
