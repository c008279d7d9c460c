import AlianzasDomain
import Plot

/// The alliance's scores: its IDAP by dimension with the indicators that cost it most, and its
/// households' food security (ELCSA) and poverty (PPI) on their current surveys.
extension AllianceReport {
  func idap() -> Page.Body {
    let definition = instruments.idap
    let result = a.idap(definition, today: today)
    guard result.score != nil else {
      return Page.section(
        "IDAP",
        [Page.paragraph(t("Aún no hay datos para el IDAP.", "There is no data for the IDAP yet."))])
    }
    let parts = Array(zip(definition.dimensions, result.dimensions))
    let chart = BarChart(
      title: t("IDAP por dimensión", "IDAP by dimension"),
      bars: parts.map { d, p in
        .init(
          label: d.label(l), value: (p.value ?? 0) * 100,
          shown: p.value.map { Format.decimal($0 * 100, l) } ?? t("sin datos", "no data"))
      })
    let weakest = result.indicators.filter { $0.normalized != nil && $0.shortfall > 0.05 }
      .sorted { $0.shortfall > $1.shortfall }.prefix(3)
    var nodes: [Page.Body] = [
      Page.paragraph(
        t("IDAP {alliance.idap_score}: ", "IDAP {alliance.idap_score}: ")
          + (result.band.map { definition.bands[$0].label(l) } ?? "")
          + (result.partial ? t(" (parcial: faltan indicadores).", " (partial: indicators missing).") : "."),
        figures: ["alliance.idap_score": Format.decimal(result.score!, l)]),
      Page.figure(
        id: "idap",
        caption: t(
          "Cada dimensión del IDAP de 0 a 100: gestión, comercialización, producción y finanzas.",
          "Each IDAP dimension from 0 to 100: management, marketing, production and finances."),
        chart: chart.render(),
        table: Page.table(
          [
            t("Dimensión", "Dimension"), t("Valor", "Value"),
            t("Indicadores con dato", "Indicators with data"),
          ],
          parts.map { d, p in
            [d.label(l), p.value.map { Format.decimal($0 * 100, l) } ?? "—", "\(p.available)/\(p.total)"]
          }, numeric: [1, 2]),
        language: l),
    ]
    if !weakest.isEmpty {
      nodes.append(Page.paragraph(t("Lo que más le resta:", "What costs it most:")))
      nodes.append(
        Page.list(
          weakest.map { part in
            (
              "\(part.id) \(definition.indicator(id: part.id)?.label(l) ?? part.id): −"
                + Format.decimal(part.shortfall, l) + t(" puntos", " points"), nil
            )
          }))
    }
    return Page.section(t("Desempeño: IDAP", "Performance: IDAP"), nodes)
  }

  func households(_ tally: HouseholdTally?) -> Page.Body {
    guard let h = tally, h.households > 0 else {
      return Page.section(
        t("Hogares", "Households"),
        [Page.paragraph(t("No hay hogares registrados.", "No households on record."))])
    }
    let keys = ["secure", "mild", "moderate", "severe", "incomplete"]
    let labels = instruments.elcsa.categories.map { $0.label(l) } + [t("Incompleta", "Incomplete")]
    let rows = Array(zip(keys, zip(labels, h.elcsa)))
    let chart = BarChart(
      title: t("Hogares por categoría ELCSA", "Households by ELCSA category"),
      bars: rows.map { .init(label: $1.0, value: Double($1.1), shown: n($1.1)) })
    let total = max(1, h.elcsa.reduce(0, +))
    let lines = instruments.ppi.lines.enumerated().compactMap { i, line -> (row: [String], id: String)? in
      h.povertyRate(lineIndex: i).map { ([line.label(l), Format.percent($0, digits: 1, l)], line.id) }
    }
    var nodes: [Page.Body] = [
      Page.paragraph(
        t(
          "{households.count} hogares: {households.beneficiaries} beneficiarios y {households.control} de control; {households.surveyed} con encuesta.",
          "{households.count} households: {households.beneficiaries} beneficiaries and {households.control} controls; {households.surveyed} surveyed."
        ),
        figures: [
          "households.count": n(h.households), "households.beneficiaries": n(h.beneficiaries),
          "households.control": n(h.control), "households.surveyed": n(h.surveyed),
        ]),
      Page.figure(
        id: "elcsa",
        caption: t(
          "Seguridad alimentaria de los hogares según su encuesta vigente (ELCSA).",
          "The households' food security on their current survey (ELCSA)."),
        chart: chart.render(),
        table: Page.table(
          [t("Categoría", "Category"), t("Hogares", "Households"), t("Proporción", "Share")],
          rows.map { [$1.0, n($1.1), Format.percent(Double($1.1) * 100 / Double(total), l)] },
          numeric: [1, 2],
          figures: rows.map { [nil, "households.elcsa.\($0.0)", nil] }),
        language: l),
    ]
    if let mean = h.meanPPIScore {
      nodes.append(
        Page.paragraph(
          t(
            "Puntaje PPI promedio {households.ppi_mean} ({households.ppi_scored} hogares con puntaje). Probabilidad media de pobreza en cada línea:",
            "Mean PPI score {households.ppi_mean} ({households.ppi_scored} households scored). Mean poverty likelihood on each line:"
          ),
          figures: [
            "households.ppi_mean": Format.decimal(mean, digits: 2, l),
            "households.ppi_scored": n(h.ppiScored),
          ]))
      nodes.append(
        Page.table(
          [t("Línea de pobreza", "Poverty line"), t("Probabilidad media", "Mean likelihood")],
          lines.map(\.row),
          numeric: [1], figures: lines.map { [nil, "households.poverty.\($0.id)"] }))
    }
    return Page.section(
      t("Hogares: seguridad alimentaria y pobreza", "Households: food security and poverty"), nodes)
  }
}
