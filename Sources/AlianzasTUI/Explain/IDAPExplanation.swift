import AlianzasDomain

/// The IDAP pane: the rule, the bands, and for an alliance every dimension and indicator with its
/// raw value, bounds, place on the scale and points, and what costs it the most.
enum IDAPExplanation {
  static func build(_ a: Alliance?, _ definition: IDAPDefinition, _ today: Day, _ l: Language) -> Explanation
  {
    var lines = Explain.prose(T.exIdapIntro(l)) + Explain.prose(T.exIdapMinimum(l))
    // Each band from where the one before ends: "Bajo < 40 · Medio 40–70 · Alto ≥ 70".
    var from: Double?
    let bands = definition.bands.map { band -> String in
      defer { from = band.below }
      let n = { (v: Double) in Format.decimal(v, digits: 0, l) }
      switch (from, band.below) {
      case (nil, let below?): return band.label(l) + " < " + n(below)
      case (let start?, let below?): return band.label(l) + " " + n(start) + "–" + n(below)
      case (let start?, nil): return band.label(l) + " ≥ " + n(start)
      case (nil, nil): return band.label(l)
      }
    }
    lines += Explain.prose(T.exIdapBands(l, bands.joined(separator: " · ")))
    let result = a.map { $0.idap(definition, today: today) }
    if let result {
      if let score = result.score, let band = result.band {
        let label = definition.bands[band].label(l) + (result.partial ? " · " + T.partialScore(l) : "")
        lines.append(Line(T.exIdapScore(l, Format.decimal(score, l), label), Theme.idapBand(band).bolded()))
      } else {
        lines.append(Line(T.exIdapNoScore(l), .bold))
      }
      lines.append("")
    }
    for (i, dimension) in definition.dimensions.enumerated() {
      let part = result?.dimensions[i]
      let value = part.map { p in p.value.map { Format.decimal($0 * 100, l) } ?? T.noData(l) }
      lines.append(
        Line(
          result == nil
            ? "\(dimension.label(l)) (\(Format.decimal(dimension.weight, digits: 0, l)))"
            : T.exIdapDimension(
              l, dimension.label(l), Format.decimal(dimension.weight, digits: 0, l), value ?? "",
              part?.available ?? 0, part?.total ?? 0),
          .bold))
      for indicator in dimension.indicators {
        let better = indicator.direction == "lower" ? T.exBetterLower(l) : T.exBetterHigher(l)
        let bounds = "\(number(indicator.lower, l))–\(number(indicator.upper, l))"
        guard let parts = result?.indicators.first(where: { $0.id == indicator.id }) else {
          lines.append(Line("  \(indicator.id) \(indicator.label(l)): \(bounds), \(better)"))
          continue
        }
        lines.append(Line("  \(indicator.id) \(indicator.label(l))"))
        if let raw = parts.raw, let normalized = parts.normalized {
          lines.append(
            Line(
              "    "
                + T.exIdapIndicator(
                  l, number(raw, l), number(indicator.lower, l), number(indicator.upper, l), better,
                  Format.decimal(normalized, digits: 2, l), Format.decimal(parts.contribution, l),
                  Format.decimal(parts.shortfall, l)), .dim))
        } else {
          lines.append(Line("    " + T.exIdapNoValue(l), .dim))
        }
      }
      lines.append("")
    }
    if let result, result.score != nil {
      let worst = result.indicators.filter { $0.normalized != nil && $0.shortfall > 0.05 }
        .sorted { $0.shortfall > $1.shortfall }.prefix(3)
      if !worst.isEmpty {
        lines.append(Line(T.exIdapLowers(l), .bold))
        for part in worst {
          let label = definition.indicator(id: part.id)?.label(l) ?? part.id
          lines.append(Line("  " + T.exIdapLoses(l, part.id, label, "−" + Format.decimal(part.shortfall, l))))
        }
        lines.append("")
      }
    }
    lines += Explain.prose(T.exIdapSourceNote(l), .dim)
    let title = a.map { T.exIdapTitle(l, $0.code) } ?? T.exIdapGeneralTitle(l)
    return Explanation(title: title, lines: lines)
  }

  /// A raw value or bound as the pane shows it: up to two decimals, no trailing zeros.
  static func number(_ value: Double, _ l: Language) -> String {
    let digits = value == value.rounded() ? 0 : (value * 10 == (value * 10).rounded() ? 1 : 2)
    return Format.decimal(value, digits: digits, l)
  }
}
