import AlianzasDomain
import Plot

/// The report for an alliance's committee (Comité Directivo de la Alianza: producers, buyer and
/// public sector): where the alliance stands in its lifecycle and since when, what it delivered
/// against what its buyer agreed and at what price, the Incentivo Modular disbursed against what
/// the producers repaid into their revolving fund, its households' food security and poverty,
/// its buyers with their ruptures, and the warnings still open. Every figure is computed here by
/// the domain's own rules and named (`data-figure`) for the tests that compare it with the
/// export of the same alliance.
public struct AllianceReport {
  public var alliance: Alliance
  public var roster: HouseholdRoster?
  public var instruments: Instruments
  public var reference: ReferenceData
  public var today: Day
  public var language: AlianzasDomain.Language

  public init(
    alliance: Alliance, roster: HouseholdRoster?, instruments: Instruments, reference: ReferenceData,
    today: Day, language: AlianzasDomain.Language
  ) {
    self.alliance = alliance
    self.roster = roster
    self.instruments = instruments
    self.reference = reference
    self.today = today
    self.language = language
  }

  var l: AlianzasDomain.Language { language }
  func t(_ es: String, _ en: String) -> String { language == .es ? es : en }
  func n(_ v: Int) -> String { Format.integer(v, l) }
  func pesos(_ p: Pesos) -> String { Format.pesos(p, l) }
  var a: Alliance { alliance }

  public var title: String {
    t("Alianza \(a.code): \(a.name)", "Alliance \(a.code): \(a.name)")
  }

  public func html() -> String {
    var engine = ScoreEngine(instruments: instruments, today: today)
    engine.setAlliance(a)
    if let roster { engine.setRoster(roster) }
    let figures = engine.figures[a.code] ?? a.figures(instruments: instruments, today: today)
    let place = [a.municipality.name, reference.department(code: a.departmentCode)?.name ?? a.departmentCode]
    let product = reference.product(id: a.product)?.name(l) ?? a.product
    let body: [Page.Body] = [
      .h1(.text(Page.text(title))),
      .p(
        .class("meta"),
        .text(
          Page.text(
            [
              t("Corte: ", "As of: ") + today.iso, place.joined(separator: ", "), product,
              t("Organización: ", "Organization: ") + a.organization.name,
            ].joined(separator: " · ")))),
      keyFigures(figures), warnings(figures), lifecycle(), deliveries(), prices(),
      money(), idap(), households(engine.tallies[a.code]), buyers(),
    ]
    return Page.document(title: title, language: language, body)
  }

  /// The figures a committee asks for first, each named as the export's columns name it.
  func keyFigures(_ f: AllianceFigures) -> Page.Body {
    let fund = a.finance.fund
    // Stage and status are words, not figures: they carry no name to check.
    var items: [(String?, String, String)] = [
      (nil, t("Etapa", "Stage"), "\(a.stage.number). \(a.stage.label(l))"),
      (nil, t("Estado", "Status"), a.status.label(l)),
      ("members", t("Familias socias", "Member families"), n(a.organization.members)),
      ("modular_incentive", t("Incentivo Modular", "Incentivo Modular"), pesos(a.finance.modularIncentive)),
      ("disbursed", t("Desembolsado", "Disbursed"), pesos(a.finance.disbursed)),
      ("repaid", t("Reintegrado al fondo", "Repaid to the fund"), pesos(fund.repaid)),
      ("overdue", t("Cartera vencida", "Overdue loans"), pesos(fund.arrears)),
    ]
    items.insert(
      ("idap", "IDAP", f.idap.map { Format.decimal($0, l) } ?? t("sin datos", "no data")), at: 2)
    return .element(
      named: "dl",
      nodes: [.class("figures")]
        + items.map { key, label, value in
          .div(
            .element(named: "dt", nodes: [.text(Page.text(label))]),
            .element(
              named: "dd",
              nodes: [
                .if(key != nil, .attribute(named: "data-figure", value: "alliance.\(key ?? "")")),
                .text(Page.text(value)),
              ]))
        })
  }

  /// The alerts of the alliance's screen and the plausibility warnings nobody has confirmed,
  /// then those someone confirmed (who and when), then the commitments of the last visit.
  func warnings(_ f: AllianceFigures) -> Page.Body {
    let alertText: [AllianceFigures.Alert: String] = [
      .noRecentVisit: t(
        "Sin visita de seguimiento en los últimos 60 días.", "No follow-up visit in the last 60 days."),
      .repaymentsBehind: t(
        "Los reintegros al fondo rotatorio van por debajo del 80 % de lo debido a la fecha.",
        "Repayments to the revolving fund are below 80% of what is due by now."),
      .rupturedWithoutBuyer: t(
        "Acuerdo comercial roto y aún sin nuevo aliado.", "Buyer agreement broken and no new buyer yet."),
    ]
    let rules = reference.plausibility
    let all = a.plausibilityWarnings(rules)
    var items: [(text: String, className: String?)] = f.alerts.map { ("⚠ " + alertText[$0]!, "open") }
    for w in all where a.confirmation(of: w) == nil { items.append(("⚠ " + w.message(l), "open")) }
    for w in all {
      guard let c = a.confirmation(of: w) else { continue }
      items.append(
        (
          "✓ " + w.message(l) + t(" (confirmado por ", " (confirmed by ") + "\(c.by), \(c.date.iso))",
          "confirmed"
        ))
    }
    let open = f.alerts.count + all.filter { a.confirmation(of: $0) == nil }.count
    var nodes: [Page.Body] = [
      Page.paragraph(
        t("Alertas abiertas: {alliance.open_warnings}.", "Open warnings: {alliance.open_warnings}."),
        figures: ["alliance.open_warnings": n(open)])
    ]
    if !items.isEmpty { nodes.append(Page.list(items)) }
    if let last = a.lastVisit, !last.commitments.isEmpty {
      nodes.append(
        Page.paragraph(
          t("Compromisos de la última visita (", "Commitments from the last visit (") + last.date.iso + "):"))
      nodes.append(
        Page.list(
          last.commitments.sorted { $0.due < $1.due }.map { c in
            let late = c.due < today ? t(" — vencido", " — overdue") : ""
            return ("\(c.text) (\(t("vence", "due")) \(c.due.iso))\(late)", c.due < today ? "open" : nil)
          }))
    }
    return Page.section(t("Alertas", "Warnings"), nodes)
  }

  /// The stages reached and the visits made as marks on one axis, each buyer agreement as a bar;
  /// the table lists every dated event.
  func lifecycle() -> Page.Body {
    let ordered = a.agreements.sorted { $0.start < $1.start }
    let chart = TimelineChart(
      title: t("Ciclo de la alianza", "The alliance's lifecycle"),
      markRows: [
        (t("Etapas", "Stages"), a.stageHistory.map { .init(day: $0.date, label: "\($0.stage.number)") }),
        (t("Visitas", "Visits"), a.visits.map { .init(day: $0.date, label: "") }),
      ],
      spans: ordered.map {
        .init(
          label: $0.buyer.name, from: $0.start, to: a.observationEnd(of: $0, today: today),
          ruptured: $0.rupture != nil)
      }, today: today)
    var events: [(day: Day, what: String, note: String)] = []
    for e in a.stageHistory {
      events.append((e.date, t("Etapa ", "Stage ") + "\(e.stage.number). \(e.stage.label(l))", e.note))
    }
    for e in a.statusHistory {
      events.append((e.date, t("Estado: ", "Status: ") + e.status.label(l), e.note))
    }
    for g in ordered {
      events.append((g.start, t("Acuerdo con ", "Agreement with ") + g.buyer.name, ""))
      if let r = g.rupture {
        events.append(
          (
            r.date, t("Ruptura con ", "Rupture with ") + g.buyer.name,
            r.cause.label(l) + " · " + r.endedBy.label(l)
          ))
      }
    }
    events.sort { $0.day < $1.day }
    return Page.section(
      t("Ciclo y compradores en el tiempo", "Lifecycle and buyers over time"),
      [
        Page.figure(
          id: "lifecycle",
          caption: t(
            "Arriba, el número de cada etapa alcanzada en su fecha y cada visita de seguimiento; debajo, cada acuerdo comercial desde su inicio hasta su ruptura (en rojo, con una cruz) o hasta hoy (en verde). La línea vertical es la fecha de corte.",
            "At the top, the number of each stage reached on its date and each follow-up visit; below, each buyer agreement from its start to its rupture (red, with a cross) or to today (green). The vertical line is the cut-off date."
          ),
          chart: chart.render(),
          table: Page.table(
            [t("Fecha", "Date"), t("Hecho", "Event"), t("Nota", "Note")],
            events.map { [$0.day.iso, $0.what, $0.note] }),
          language: l)
      ])
  }

  /// Every buyer the alliance has had: the terms agreed, how long each lasted, why it ended and
  /// which one replaced which.
  func buyers() -> Page.Body {
    let ordered = a.agreements.sorted { $0.start < $1.start }
    guard !ordered.isEmpty else {
      return Page.section(
        t("Aliados comerciales", "Buyers"),
        [Page.paragraph(t("Aún sin acuerdo comercial.", "No buyer agreement yet."))])
    }
    let names = Dictionary(ordered.map { ($0.id, $0.buyer.name) }) { first, _ in first }
    let rows = ordered.map { g -> [String] in
      [
        g.buyer.name, reference.buyerKinds[g.buyer.kind]?(l) ?? g.buyer.kind, g.start.iso,
        n(g.volumeKgPerMonth), pesos(g.pricePerKg), g.rupture?.date.iso ?? t("vigente", "in force"),
        n(a.days(of: g, today: today)),
        g.rupture.map { r in r.cause.label(l) + (r.causeDetail.isEmpty ? "" : " (\(r.causeDetail))") } ?? "—",
        g.rupture?.endedBy.label(l) ?? "—", g.replaces.flatMap { names[$0] } ?? "—",
      ]
    }
    return Page.section(
      t("Aliados comerciales", "Buyers"),
      [
        Page.table(
          [
            t("Aliado", "Buyer"), t("Tipo", "Kind"), t("Inicio", "Start"), t("kg/mes", "kg/month"),
            t("Precio/kg", "Price/kg"), t("Fin", "End"), t("Días", "Days"), t("Causa", "Cause"),
            t("Terminó", "Ended by"), t("Reemplaza a", "Replaces"),
          ], rows, numeric: [3, 4, 6],
          figures: ordered.map { g in
            [
              nil, nil, nil, "agreement.\(g.id).volume_kg_month", "agreement.\(g.id).price_per_kg", nil,
              "agreement.\(g.id).duration_days", nil, nil, nil,
            ]
          })
      ])
  }
}
