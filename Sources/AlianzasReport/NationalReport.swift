import AlianzasDomain
import Plot

/// The national report (or one department's): what a supervisor shows the Ministry. Alliances by
/// stage and status, the IDAP and its rise with the years in operation, the survival of first
/// agreements with the log-rank test, the time to a new buyer in the study's layout, the
/// households' food security and poverty, and beneficiaries against controls. Every figure uses
/// the screens' formatter and is named (`data-figure`) for the tests that compare it with
/// `alianzas summary --json`.
public struct NationalReport {
  /// What the report shows, computed by the caller from a store.
  public struct Inputs {
    public var title: String
    public var today: Day
    public var totals: PanelTotals
    public var surveys: Int
    /// Each scored alliance: its years since the first agreement began, and its IDAP.
    public var idapByAge: [(years: Double, idap: Double)]
    /// First agreements by group (e.g. vulnerable or not), and the grouping's name.
    public var survival: [(name: String, observations: [SurvivalObservation])]
    public var survivalGrouping: String
    public var relink: RelinkTable
    /// Households set against each other: beneficiaries and controls, by tenure, by training
    /// (the groupings whose two sides both have households).
    public var comparisons: [GroupComparison]
    /// The Cox model of first-agreement duration on the OP's traits, or why there is none.
    public var cox: Result<CoxFit, CoxError>? = nil
    /// Every department on the map (with or without alliances), and the products grown.
    public var byDepartment: [Area] = []
    public var byProduct: [Area] = []
    /// The figure the map is shaded by.
    public var mapFigure: MapFigure = .idap

    public init(
      title: String, today: Day, totals: PanelTotals, surveys: Int,
      idapByAge: [(years: Double, idap: Double)],
      survival: [(name: String, observations: [SurvivalObservation])], survivalGrouping: String,
      relink: RelinkTable, comparisons: [GroupComparison]
    ) {
      self.title = title
      self.today = today
      self.totals = totals
      self.surveys = surveys
      self.idapByAge = idapByAge
      self.survival = survival
      self.survivalGrouping = survivalGrouping
      self.relink = relink
      self.comparisons = comparisons
    }
  }

  public var inputs: Inputs
  public var instruments: Instruments
  public var language: AlianzasDomain.Language

  public init(_ inputs: Inputs, instruments: Instruments, language: AlianzasDomain.Language) {
    self.inputs = inputs
    self.instruments = instruments
    self.language = language
  }

  var l: AlianzasDomain.Language { language }
  func t(_ es: String, _ en: String) -> String { language == .es ? es : en }
  func n(_ v: Int) -> String { Format.integer(v, l) }

  public func html() -> String {
    let body: [Page.Body] = [
      .h1(.text(Page.text(inputs.title))),
      .p(.class("meta"), .text(Page.text(t("Corte: ", "As of: ") + inputs.today.iso))),
      keyFigures(), stages(), idap(), survival(), relink(), map(), households(), comparison(),
    ]
    return Page.document(title: inputs.title, language: language, body)
  }

  /// The summary's figures, each named as `alianzas summary --json` names it.
  func keyFigures() -> Page.Body {
    let totals = inputs.totals, h = totals.households
    var items: [(String, String, String)] = [
      ("alliances", t("Alianzas", "Alliances"), n(totals.alliances)),
      ("families", t("Familias socias", "Member families"), n(totals.families)),
      ("households", t("Hogares", "Households"), n(h.households)),
      ("surveys", t("Encuestas", "Surveys"), n(inputs.surveys)),
      ("agreements.active", t("Acuerdos vigentes", "Agreements in force"), n(totals.agreementsActive)),
      ("agreements.ruptured", t("Acuerdos rotos", "Broken agreements"), n(totals.agreementsRuptured)),
      ("agreements.relinked", t("Con nuevo aliado", "With a new buyer"), n(totals.agreementsRelinked)),
    ]
    if let mean = totals.idapMean {
      items.append(("idap.mean", t("IDAP promedio", "Mean IDAP"), Format.decimal(mean, l)))
    }
    return .element(
      named: "dl",
      nodes: [.class("figures")]
        + items.map { key, label, value in
          .div(
            .element(named: "dt", nodes: [.text(Page.text(label))]),
            .element(
              named: "dd", nodes: [.attribute(named: "data-figure", value: key), .text(Page.text(value))]))
        })
  }

  func bars(
    _ id: String, title: String, caption: String, header: [String],
    _ rows: [(key: String, label: String, value: Int)]
  )
    -> Page.Body
  {
    let total = max(1, rows.reduce(0) { $0 + $1.value })
    let chart = BarChart(
      title: title,
      bars: rows.map { .init(label: $0.label, value: Double($0.value), shown: n($0.value)) })
    let table = Page.table(
      header + [t("Proporción", "Share")],
      rows.map { [$0.label, n($0.value), Format.percent(Double($0.value) * 100 / Double(total), l)] },
      numeric: [1, 2], figures: rows.map { [nil, "\(id).\($0.key)", nil] })
    return Page.figure(id: id, caption: caption, chart: chart.render(), table: table, language: l)
  }

  func stages() -> Page.Body {
    let totals = inputs.totals
    let stages = Stage.allCases.enumerated().map {
      (key: $1.rawValue, label: $1.label(l), value: totals.byStage[$0])
    }
    let statuses = AllianceStatus.allCases.enumerated().map {
      (key: $1.rawValue, label: $1.label(l), value: totals.byStatus[$0])
    }
    return Page.section(
      t("Alianzas por etapa y estado", "Alliances by stage and status"),
      [
        bars(
          "byStage", title: t("Alianzas por etapa", "Alliances by stage"),
          caption: t(
            "Número de alianzas en cada una de las doce etapas del ciclo, de la convocatoria a la operación autónoma.",
            "Number of alliances at each of the twelve stages, from the call to autonomous operation."),
          header: [t("Etapa", "Stage"), t("Alianzas", "Alliances")], stages),
        bars(
          "byStatus", title: t("Alianzas por estado", "Alliances by status"),
          caption: t("Número de alianzas según su estado.", "Number of alliances by status."),
          header: [t("Estado", "Status"), t("Alianzas", "Alliances")], statuses),
      ])
  }

  func idap() -> Page.Body {
    let totals = inputs.totals
    let bands = instruments.idap.bands.enumerated().map {
      (key: $1.id, label: $1.label(l), value: totals.idapByBand[$0])
    }
    let scatter = ScatterChart(
      title: t("IDAP y años de operación", "IDAP and years in operation"),
      xLabel: t("Años desde el primer acuerdo comercial", "Years since the first buyer agreement"),
      yLabel: "IDAP", points: inputs.idapByAge.map { ($0.years, $0.idap) })
    // The scatter's table: the mean IDAP by whole year of operation, as the study's Gráfico 5 reads.
    var byYear: [Int: (sum: Double, count: Int)] = [:]
    for p in inputs.idapByAge {
      let year = Int(p.years)
      byYear[year, default: (0, 0)].sum += p.idap
      byYear[year, default: (0, 0)].count += 1
    }
    let yearRows = byYear.keys.sorted().map { year in
      [n(year), n(byYear[year]!.count), Format.decimal(byYear[year]!.sum / Double(byYear[year]!.count), l)]
    }
    return Page.section(
      t("Desempeño: IDAP", "Performance: IDAP"),
      [
        Page.paragraph(
          t(
            "El IDAP (0 a 100) resume la gestión, la comercialización, la producción y las finanzas de cada alianza. \(n(totals.idapScored)) alianzas tienen puntaje; parciales: \(n(totals.idapPartial)).",
            "The IDAP (0 to 100) sums up each alliance's management, marketing, production and finances. \(n(totals.idapScored)) alliances are scored; partially: \(n(totals.idapPartial))."
          )),
        bars(
          "idap.byBand", title: t("Alianzas por nivel del IDAP", "Alliances by IDAP band"),
          caption: t("Alianzas con puntaje en cada nivel del IDAP.", "Scored alliances in each IDAP band."),
          header: [t("Nivel", "Band"), t("Alianzas", "Alliances")], bands),
        Page.figure(
          id: "idap-age",
          caption: t(
            "Cada punto es una alianza: su IDAP frente a los años transcurridos desde que empezó su primer acuerdo comercial (como el Gráfico 5 del estudio).",
            "Each point is an alliance: its IDAP against the years since its first buyer agreement began (as the study's Gráfico 5)."
          ),
          chart: scatter.render(),
          table: Page.table(
            [t("Años", "Years"), t("Alianzas", "Alliances"), t("IDAP promedio", "Mean IDAP")], yearRows,
            numeric: [0, 1, 2]),
          language: l),
      ])
  }

  /// Households set against each other, one table per grouping, with the difference's 95 %
  /// interval and p-value, as `alianzas analyze compare --by …` gives them.
  func comparison() -> Page.Body {
    guard !inputs.comparisons.isEmpty else { return .empty }
    let names = [
      "incomeTotal": t("Ingreso total anual", "Total yearly income"),
      "incomeFromProduct": t("Ingreso anual por el producto", "Yearly income from the product"),
      "ppiScore": t("Puntaje PPI", "PPI score"),
    ]
    let headings: [ComparisonGrouping: String] = [
      .beneficiary: t("Beneficiarios y controles", "Beneficiaries and controls"),
      .tenure: t("Según los años en la alianza", "By years in the alliance"),
      .training: t("Según la capacitación recibida", "By training received"),
    ]
    var nodes: [Page.Body] = [
      Page.paragraph(
        t(
          "Medias de cada grupo de hogares según su encuesta vigente, la diferencia con su intervalo de confianza del 95 % y el valor p de la prueba t de Welch.",
          "Each group of households' means on their current survey, the difference with its 95% confidence interval and the p-value of Welch's t-test."
        )),
      Page.paragraph(inputs.comparisons[0].design.label(l) + "."),
    ]
    for c in inputs.comparisons {
      let (a, b) = c.grouping.labels
      let key = c.grouping.rawValue
      let rows = c.means.map { m -> [String] in
        func v(_ x: Double?) -> String {
          guard let x else { return "—" }
          return m.metric == "ppiScore"
            ? Format.decimal(x, digits: 2, l) : Format.pesos(Pesos(Int64(x.rounded())), l)
        }
        let ci = m.lower.flatMap { lo in m.upper.map { "[\(v(lo)); \(v($0))]" } } ?? "—"
        return [
          names[m.metric] ?? m.metric, v(m.mean[0]), v(m.mean[1]), v(m.difference), ci,
          m.percentDifference.map { Format.percent($0, l) } ?? "—",
          m.p.map { Format.decimal($0, digits: 3, l) } ?? "—",
        ]
      }
      nodes += [
        .h3(.text(Page.text(headings[c.grouping] ?? key))),
        Page.paragraph(
          "\(a(l)) (n = {compare.\(key).n.0}) \(t("frente a", "against")) \(b(l)) (n = {compare.\(key).n.1})",
          figures: ["compare.\(key).n.0": n(c.n[0]), "compare.\(key).n.1": n(c.n[1])]),
        Page.table(
          [
            t("Medida", "Measure"), a(l), b(l), t("Diferencia", "Difference"), t("IC 95 %", "95% CI"),
            t("Dif. %", "Diff. %"), "p",
          ], rows, numeric: [1, 2, 3, 5, 6],
          figures: c.means.map { m in
            [
              nil, nil, nil, "compare.\(key).difference.\(m.metric)", nil, nil,
              m.p == nil ? nil : "compare.\(key).p.\(m.metric)",
            ]
          }),
      ]
    }
    return Page.section(t("Hogares comparados", "Households compared"), nodes)
  }
}
