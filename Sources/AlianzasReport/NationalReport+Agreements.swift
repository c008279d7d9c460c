import AlianzasDomain
import Plot

/// The report's sections on buyer agreements: how long first agreements last (Kaplan–Meier by
/// group, the log-rank test, the Cox model as a forest plot) and the time to a new buyer.
extension NationalReport {
  func survival() -> Page.Body {
    let groups = inputs.survival.map { g in
      SurvivalChart.Group(name: g.name, rows: KaplanMeier.fit(g.observations).rows)
    }
    let chart = SurvivalChart(
      title: t("Supervivencia del primer acuerdo comercial", "Survival of the first buyer agreement"),
      xLabel: t("Años desde el inicio del acuerdo", "Years since the agreement began"), groups: groups)
    var rows: [[String]] = []
    for g in inputs.survival {
      let curve = KaplanMeier.fit(g.observations)
      func at(_ days: Double) -> String { Format.percent(curve.survival(at: days) * 100, l) }
      rows.append([
        g.name, n(curve.subjects), n(curve.events),
        curve.median.map { Format.decimal($0 / 365.25, l) } ?? "—",
        at(365.25), at(730.5), at(1826.25),
      ])
    }
    var nodes: [Page.Body] = [
      Page.figure(
        id: "survival",
        caption: t(
          "Proporción de primeros acuerdos que siguen vigentes según el tiempo transcurrido (Kaplan–Meier), por \(inputs.survivalGrouping.lowercased()); la franja es el intervalo de confianza del 95 %.",
          "Share of first agreements still in force against the time elapsed (Kaplan–Meier), by \(inputs.survivalGrouping.lowercased()); the band is the 95% confidence interval."
        ),
        chart: chart.render(),
        table: Page.table(
          [
            t("Grupo", "Group"), "n", t("Rupturas", "Ruptures"), t("Mediana (años)", "Median (years)"),
            t("A 1 año", "At 1 year"), t("A 2 años", "At 2 years"), t("A 5 años", "At 5 years"),
          ], rows, numeric: [1, 2, 3, 4, 5, 6]),
        language: l)
    ]
    if inputs.survival.count >= 2, let test = LogRank.test(inputs.survival.map(\.observations)) {
      nodes.append(
        Page.paragraph(
          t("Prueba log-rank: ", "Log-rank test: ")
            + "χ² = {logrank.chi2}, \(t("gl", "df")) = {logrank.df}, p = {logrank.p}",
          figures: [
            "logrank.chi2": Format.decimal(test.chi2, digits: 2, l), "logrank.df": n(test.df),
            "logrank.p": Format.decimal(test.p, digits: 3, l),
          ]))
    }
    switch inputs.cox {
    case .success(let fit)?: nodes.append(forest(fit))
    case .failure(let error)?:
      nodes.append(Page.paragraph(t("Sin modelo de Cox: ", "No Cox model: ") + error.message(l)))
    case nil: break
    }
    return Page.section(t("Duración de los acuerdos comerciales", "How long buyer agreements last"), nodes)
  }

  /// The covariates' names as the study writes them.
  func covariate(_ name: String) -> String {
    switch name {
    case "priorExperience": t("Experiencia previa", "Prior experience")
    case "managerialSkills": t("Habilidades gerenciales", "Managerial skills")
    case "membersPer10": t("Socios (por 10)", "Members (per 10)")
    case "fundCapitalization": t("Capitalización del fondo rotatorio", "Revolving fund capitalization")
    case "vulnerable": t("Población vulnerable", "Vulnerable population")
    case "consolidationZone": t("Zona de consolidación", "Consolidation zone")
    default: name
    }
  }

  func forest(_ fit: CoxFit) -> Page.Body {
    let plot = ForestPlot(
      title: t("Modelo de Cox: razones de riesgo", "Cox model: hazard ratios"),
      xLabel: t("Razón de riesgo de ruptura (escala logarítmica)", "Hazard ratio of rupture (log scale)"),
      rows: fit.coefficients.map {
        .init(label: covariate($0.name), ratio: $0.hazardRatio, lower: $0.lower, upper: $0.upper)
      })
    let rows = fit.coefficients.map { c in
      [
        covariate(c.name), Format.decimal(c.hazardRatio, digits: 2, l),
        "[\(Format.decimal(c.lower, digits: 2, l)); \(Format.decimal(c.upper, digits: 2, l))]",
        Format.decimal(c.p, digits: 3, l),
      ]
    }
    return Page.figure(
      id: "cox",
      caption: t(
        "Razón de riesgo de ruptura del primer acuerdo por cada rasgo de la organización, con su intervalo del 95 % (modelo de Cox, \(n(fit.subjects)) acuerdos, \(n(fit.events)) rupturas): a la izquierda de 1 el rasgo alarga los acuerdos, a la derecha los acorta.",
        "Hazard ratio of the first agreement's rupture for each trait of the organization, with its 95% interval (Cox model, \(n(fit.subjects)) agreements, \(n(fit.events)) ruptures): left of 1 the trait lengthens agreements, right of 1 it shortens them."
      ),
      chart: plot.render(),
      table: Page.table(
        [t("Rasgo", "Trait"), t("Razón de riesgo", "Hazard ratio"), t("IC 95 %", "95% CI"), "p"], rows,
        numeric: [1, 3],
        figures: fit.coefficients.map { [nil, "cox.\($0.name).hazardRatio", nil, "cox.\($0.name).p"] }),
      language: l)
  }

  func relink() -> Page.Body {
    let r = inputs.relink
    let rows = r.rows.enumerated().map { i, row -> [String] in
      func cell(_ k: Int, _ of: Int) -> String {
        i == 0 ? "\(k) \(t("de", "of")) \(of)" : (k == 0 ? t("No", "No") : "+\(k)")
      }
      return [
        RelinkTable.periodLabel(row.period)(l),
        "\(n(row.count)) (\(Format.percent(row.percent, l)))",
        cell(row.vulnerable, r.rupturedVulnerable), cell(row.consolidation, r.rupturedConsolidation),
        cell(row.both, r.rupturedBoth),
      ]
    }
    return Page.section(
      t("Tiempo hasta un nuevo aliado comercial", "Time to a new buyer"),
      [
        Page.paragraph(
          t(
            "De {relink.ruptured} primeros acuerdos rotos, {relink.relinked} alianzas encontraron un nuevo aliado y {relink.searching} siguen buscando (como el Cuadro 1 del estudio).",
            "Of {relink.ruptured} broken first agreements, {relink.relinked} alliances found a new buyer and {relink.searching} are still looking (as the study's Cuadro 1)."
          ),
          figures: [
            "relink.ruptured": n(r.ruptured), "relink.relinked": n(r.relinked),
            "relink.searching": n(r.searching),
          ]),
        Page.table(
          [
            t("Tiempo", "Time"), t("Re-vinculadas", "Re-linked"),
            t("Población vulnerable", "Vulnerable population"),
            t("Zona de consolidación", "Consolidation zone"), t("Ambas", "Both"),
          ], rows, numeric: [1]),
      ])
  }
}
