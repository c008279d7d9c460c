import AlianzasDomain

/// What the field records: visits and the deliveries they counted.
enum FieldTables {
  static func visits(_ s: ExportSource) -> ExportTable {
    var table = ExportTable(
      name: "visits", label: Localized(es: "Visitas", en: "Visits"),
      columns: [
        .allianceCode,
        ExportColumn("visit_id", Localized(es: "Visita", en: "Visit"), .text),
        ExportColumn("date", Localized(es: "Fecha", en: "Date"), .date),
        ExportColumn(
          "kind", Localized(es: "Tipo de visita", en: "Visit kind"), .coded(ExportCodeLists.visitKind)),
        ExportColumn("officer", Localized(es: "Técnico", en: "Officer"), .text),
        ExportColumn(
          "deliveries", Localized(es: "Entregas registradas", en: "Deliveries recorded"), .integer),
        ExportColumn(
          "costs_known", Localized(es: "Conoce sus costos", en: "Knows its costs"),
          .coded(ExportCodeLists.yesNo)),
        ExportColumn(
          "books_up_to_date", Localized(es: "Libros al día", en: "Books up to date"),
          .coded(ExportCodeLists.yesNo)),
        ExportColumn(
          "assembly_held", Localized(es: "Asamblea del último año", en: "Assembly held last year"),
          .coded(ExportCodeLists.yesNo)),
        ExportColumn(
          "cda_sessions_as_planned",
          Localized(es: "Sesiones del CDA según lo previsto", en: "CDA sessions as planned"),
          .coded(ExportCodeLists.yesNo)),
        ExportColumn("commitments", Localized(es: "Compromisos", en: "Commitments"), .integer),
        ExportColumn(
          "active_members", Localized(es: "Socios activos contados", en: "Active members counted"), .integer),
        ExportColumn("observations", Localized(es: "Observaciones", en: "Observations"), .text),
      ])
    for a in s.alliances {
      for v in a.visits.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
        let c = v.checklist
        table.rows.append([
          .text(a.code), .text(v.id), .date(v.date), ExportCodeLists.visitKind.value(of: v.kind.rawValue),
          .text(v.officer), .of(v.deliveries.count), .of(c.costsKnown), .of(c.booksUpToDate),
          .of(c.assemblyHeldLastYear), .of(c.cdaSessionsAsPlanned), .of(v.commitments.count),
          .of(v.activeMembers), .text(v.observations),
        ])
      }
    }
    return table
  }

  static func deliveries(_ s: ExportSource) -> ExportTable {
    var table = ExportTable(
      name: "deliveries", label: Localized(es: "Entregas al aliado", en: "Deliveries to the buyer"),
      columns: [
        .allianceCode,
        ExportColumn("visit_id", Localized(es: "Visita", en: "Visit"), .text),
        ExportColumn("date", Localized(es: "Fecha de la entrega", en: "Delivery date"), .date),
        ExportColumn("kg", Localized(es: "Entregado", en: "Delivered"), .decimal, unit: "kg"),
        ExportColumn("rejected_kg", Localized(es: "Rechazado", en: "Rejected"), .decimal, unit: "kg"),
        ExportColumn("price_per_kg", Localized(es: "Precio", en: "Price"), .pesos, unit: "COP/kg"),
      ])
    for a in s.alliances {
      for v in a.visits.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
        for d in v.deliveries {
          table.rows.append([
            .text(a.code), .text(v.id), .date(d.date), .of(d.kg), .of(d.rejectedKg), .of(d.pricePerKg),
          ])
        }
      }
    }
    return table
  }

  /// What each visit found done of the operating plan's indicators.
  static func poaProgress(_ s: ExportSource) -> ExportTable {
    var table = ExportTable(
      name: "poa_progress",
      label: Localized(es: "Avance del POA en las visitas", en: "Plan progress at visits"),
      columns: [
        .allianceCode,
        ExportColumn("visit_id", Localized(es: "Visita", en: "Visit"), .text),
        ExportColumn("indicator_id", Localized(es: "Indicador", en: "Indicator"), .text),
        ExportColumn("done", Localized(es: "Ejecutado", en: "Done"), .decimal),
      ])
    for a in s.alliances {
      for v in a.visits.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
        for p in v.poaProgress {
          table.rows.append([.text(a.code), .text(v.id), .text(p.indicatorID), .of(p.done)])
        }
      }
    }
    return table
  }

  /// What each visit left agreed: the commitment and its due date, in the order typed.
  static func commitments(_ s: ExportSource) -> ExportTable {
    var table = ExportTable(
      name: "commitments", label: Localized(es: "Compromisos de las visitas", en: "Visit commitments"),
      columns: [
        .allianceCode,
        ExportColumn("visit_id", Localized(es: "Visita", en: "Visit"), .text),
        ExportColumn("due", Localized(es: "Vence", en: "Due"), .date),
        ExportColumn("commitment", Localized(es: "Compromiso", en: "Commitment"), .text),
      ])
    for a in s.alliances {
      for v in a.visits.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
        for c in v.commitments {
          table.rows.append([.text(a.code), .text(v.id), .date(c.due), .text(c.text)])
        }
      }
    }
    return table
  }

  static func finance(_ s: ExportSource) -> ExportTable {
    var table = ExportTable(
      name: "finance_movements",
      label: Localized(es: "Movimientos financieros", en: "Finance movements"),
      columns: [
        .allianceCode,
        ExportColumn(
          "movement", Localized(es: "Movimiento", en: "Movement"), .coded(ExportCodeLists.movement)),
        ExportColumn("date", Localized(es: "Fecha", en: "Date"), .date),
        ExportColumn("amount", Localized(es: "Valor", en: "Amount"), .pesos, unit: "COP"),
        ExportColumn("source", Localized(es: "Fuente", en: "Source"), .text),
        ExportColumn(
          "outstanding", Localized(es: "Saldo del crédito", en: "Loan outstanding"), .pesos, unit: "COP"),
        ExportColumn("overdue", Localized(es: "Cartera vencida", en: "Overdue"), .pesos, unit: "COP"),
      ])
    let kind = ExportCodeLists.movement
    for a in s.alliances {
      let f = a.finance
      for c in f.cofinancing {
        table.rows.append([
          .text(a.code), kind.value(of: "cofinancing"), .missing, .of(c.amount), .text(c.source), .missing,
          .missing,
        ])
      }
      for d in f.disbursements.sorted(by: { $0.date < $1.date }) {
        table.rows.append([
          .text(a.code), kind.value(of: "disbursement"), .date(d.date), .of(d.amount), .text(d.source),
          .missing, .missing,
        ])
      }
      for r in f.fund.repayments.sorted(by: { $0.date < $1.date }) {
        table.rows.append([
          .text(a.code), kind.value(of: "repayment"), .date(r.date), .of(r.amount), .missing, .missing,
          .missing,
        ])
      }
      for l in f.fund.loans.sorted(by: { $0.date < $1.date }) {
        table.rows.append([
          .text(a.code), kind.value(of: "loan"), .date(l.date), .of(l.amount), .missing, .of(l.outstanding),
          .of(l.overdue),
        ])
      }
    }
    return table
  }
}
