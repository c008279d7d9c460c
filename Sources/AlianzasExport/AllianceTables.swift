import AlianzasDomain

/// The tables about alliances themselves: one row per alliance, its buyer agreements (as the
/// survival analysis reads them), their ruptures, and its lifecycle history.
enum AllianceTables {
  static func alliances(_ s: ExportSource) -> ExportTable {
    let bands = ExportCodeLists.idapBand(s.instruments.idap)
    var columns: [ExportColumn] = [
      .allianceCode,
      ExportColumn("name", Localized(es: "Nombre", en: "Name"), .text),
      ExportColumn(
        "department_code", Localized(es: "Departamento (DIVIPOLA)", en: "Department (DIVIPOLA)"), .text),
      ExportColumn("department", Localized(es: "Departamento", en: "Department"), .text),
      ExportColumn(
        "municipality_code", Localized(es: "Municipio (DIVIPOLA)", en: "Municipality (DIVIPOLA)"), .text),
      ExportColumn("municipality", Localized(es: "Municipio", en: "Municipality"), .text),
      ExportColumn("product", Localized(es: "Producto", en: "Product"), .text),
      ExportColumn("call_year", Localized(es: "Año de convocatoria", en: "Call year"), .integer),
      ExportColumn(
        "consolidation_zone", Localized(es: "Zona de consolidación", en: "Consolidation zone"),
        .coded(ExportCodeLists.yesNo)),
      ExportColumn("oga", Localized(es: "OGA", en: "OGA"), .text),
      ExportColumn("stage", Localized(es: "Etapa", en: "Stage"), .coded(ExportCodeLists.stage)),
      ExportColumn("stage_date", Localized(es: "Fecha de la etapa", en: "Stage date"), .date),
      ExportColumn("status", Localized(es: "Estado", en: "Status"), .coded(ExportCodeLists.status)),
      ExportColumn(
        "members", Localized(es: "Familias socias", en: "Member families"), .integer, unit: "families"),
      ExportColumn("initial_members", Localized(es: "Socios iniciales", en: "Initial members"), .integer),
      ExportColumn(
        "prior_experience", Localized(es: "Experiencia previa", en: "Prior experience"),
        .coded(ExportCodeLists.yesNo)),
      ExportColumn(
        "managerial_skills", Localized(es: "Habilidades gerenciales (0–5)", en: "Managerial skills (0–5)"),
        .integer),
      ExportColumn(
        "vulnerable", Localized(es: "Población vulnerable", en: "Vulnerable population"),
        .coded(ExportCodeLists.yesNo)),
      ExportColumn("total_value", Localized(es: "Valor total", en: "Total value"), .pesos, unit: "COP"),
      ExportColumn(
        "modular_incentive", Localized(es: "Incentivo Modular", en: "Incentivo Modular"), .pesos, unit: "COP"),
      ExportColumn("cofinancing", Localized(es: "Cofinanciación", en: "Co-financing"), .pesos, unit: "COP"),
      ExportColumn("disbursed", Localized(es: "Desembolsado", en: "Disbursed"), .pesos, unit: "COP"),
      ExportColumn(
        "repaid", Localized(es: "Reintegrado al fondo", en: "Repaid to the fund"), .pesos, unit: "COP"),
      ExportColumn("idap", Localized(es: "IDAP", en: "IDAP"), .decimal, unit: "0–100"),
      ExportColumn("idap_band", Localized(es: "Nivel del IDAP", en: "IDAP band"), .coded(bands)),
      ExportColumn(
        "idap_partial", Localized(es: "IDAP parcial", en: "IDAP partial"), .coded(ExportCodeLists.yesNo)),
    ]
    for d in s.instruments.idap.dimensions {
      columns.append(ExportColumn("idap_\(d.id)", d.label, .decimal, unit: "0–100"))
    }
    var table = ExportTable(
      name: "alliances", label: Localized(es: "Alianzas", en: "Alliances"), columns: columns)
    for a in s.alliances {
      let idap = a.idap(s.instruments.idap, today: s.today)
      let op = a.organization
      var row: [ExportValue] = [
        .text(a.code), .text(a.name), .text(a.departmentCode),
        .of(s.reference.department(code: a.departmentCode)?.name), .text(a.municipality.code),
        .text(a.municipality.name), .of(s.reference.product(id: a.product)?.name.es ?? a.product),
        .of(a.callYear), .of(a.consolidationZone), .text(a.oga),
        ExportCodeLists.stage.value(of: a.stage.rawValue),
        .of(a.stageDate), ExportCodeLists.status.value(of: a.status.rawValue), .of(op.members),
        .of(op.initialMembers), .of(op.priorExperience), .of(op.managerialScore), .of(op.isVulnerable),
        .of(a.finance.totalValue), .of(a.finance.modularIncentive), .of(a.finance.cofinancingTotal),
        .of(a.finance.disbursed), .of(a.finance.fund.repaid), .of(idap.score),
        idap.band.map { .code(Int32($0)) } ?? .missing, .of(idap.score == nil ? nil : idap.partial),
      ]
      for part in idap.dimensions { row.append(.of(part.value.map { $0 * 100 })) }
      table.rows.append(row)
    }
    return table
  }

  static func agreements(_ s: ExportSource) -> ExportTable {
    var table = ExportTable(
      name: "agreements", label: Localized(es: "Acuerdos comerciales", en: "Buyer agreements"),
      columns: [
        .allianceCode,
        ExportColumn("agreement_id", Localized(es: "Acuerdo", en: "Agreement"), .text),
        ExportColumn(
          "first_agreement", Localized(es: "Primer acuerdo", en: "First agreement"),
          .coded(ExportCodeLists.yesNo)),
        ExportColumn("buyer", Localized(es: "Aliado comercial", en: "Buyer"), .text),
        ExportColumn("buyer_nit", Localized(es: "NIT del aliado", en: "Buyer NIT"), .text),
        ExportColumn("start_date", Localized(es: "Inicio", en: "Start"), .date),
        ExportColumn(
          "volume_kg_month", Localized(es: "Volumen pactado", en: "Agreed volume"), .integer, unit: "kg/month"
        ),
        ExportColumn(
          "price_per_kg", Localized(es: "Precio pactado", en: "Agreed price"), .pesos, unit: "COP/kg"),
        ExportColumn("ruptured", Localized(es: "Roto", en: "Ruptured"), .coded(ExportCodeLists.yesNo)),
        ExportColumn("end_date", Localized(es: "Fin de la observación", en: "End of observation"), .date),
        ExportColumn("duration_days", Localized(es: "Duración", en: "Duration"), .integer, unit: "days"),
        ExportColumn(
          "censored",
          Localized(es: "Censurado (sigue vigente o cerró)", en: "Censored (still running or closed)"),
          .coded(ExportCodeLists.yesNo)),
        ExportColumn("replaces", Localized(es: "Reemplaza al acuerdo", en: "Replaces agreement"), .text),
        ExportColumn(
          "days_to_relink", Localized(es: "Días hasta un nuevo aliado", en: "Days to a new buyer"), .integer,
          unit: "days"),
      ])
    for a in s.alliances {
      let first = a.firstAgreement
      for g in a.agreements.sorted(by: { $0.start < $1.start }) {
        let end = a.observationEnd(of: g, today: s.today)
        let days = a.days(of: g, today: s.today)
        let isFirst = g.id == first?.id
        table.rows.append([
          .text(a.code), .text(g.id), .of(isFirst), .text(g.buyer.name), .text(g.buyer.nit), .date(g.start),
          .of(g.volumeKgPerMonth), .of(g.pricePerKg), .of(g.rupture != nil), .date(end), .of(days),
          .of(g.rupture == nil), .of(g.replaces), isFirst ? .of(a.relinkCase?.daysToRelink) : .missing,
        ])
      }
    }
    return table
  }

  static func ruptures(_ s: ExportSource) -> ExportTable {
    var table = ExportTable(
      name: "ruptures", label: Localized(es: "Rupturas", en: "Ruptures"),
      columns: [
        .allianceCode,
        ExportColumn("agreement_id", Localized(es: "Acuerdo", en: "Agreement"), .text),
        ExportColumn("rupture_date", Localized(es: "Fecha de la ruptura", en: "Rupture date"), .date),
        ExportColumn("cause", Localized(es: "Causa", en: "Cause"), .coded(ExportCodeLists.cause)),
        ExportColumn(
          "ended_by", Localized(es: "Terminado por", en: "Ended by"), .coded(ExportCodeLists.party)),
        ExportColumn("cause_detail", Localized(es: "Detalle de la causa", en: "Cause detail"), .text),
      ])
    for a in s.alliances {
      for g in a.agreements.sorted(by: { $0.start < $1.start }) {
        guard let r = g.rupture else { continue }
        table.rows.append([
          .text(a.code), .text(g.id), .date(r.date), ExportCodeLists.cause.value(of: r.cause.rawValue),
          ExportCodeLists.party.value(of: r.endedBy.rawValue), .text(r.causeDetail),
        ])
      }
    }
    return table
  }

  static func lifecycle(_ s: ExportSource) -> ExportTable {
    var table = ExportTable(
      name: "lifecycle", label: Localized(es: "Historia de etapas y estados", en: "Stage and status history"),
      columns: [
        .allianceCode,
        ExportColumn("date", Localized(es: "Fecha", en: "Date"), .date),
        ExportColumn(
          "stage", Localized(es: "Etapa alcanzada", en: "Stage reached"), .coded(ExportCodeLists.stage)),
        ExportColumn(
          "status", Localized(es: "Estado tomado", en: "Status taken"), .coded(ExportCodeLists.status)),
        ExportColumn("officer", Localized(es: "Registrado por", en: "Recorded by"), .text),
        ExportColumn("note", Localized(es: "Nota", en: "Note"), .text),
      ])
    for a in s.alliances {
      var events: [(Day, [ExportValue])] = []
      for e in a.stageHistory {
        events.append(
          (
            e.date,
            [
              .text(a.code), .date(e.date), ExportCodeLists.stage.value(of: e.stage.rawValue), .missing,
              .text(e.officer), .text(e.note),
            ]
          ))
      }
      for e in a.statusHistory {
        events.append(
          (
            e.date,
            [
              .text(a.code), .date(e.date), .missing, ExportCodeLists.status.value(of: e.status.rawValue),
              .text(e.officer), .text(e.note),
            ]
          ))
      }
      table.rows += events.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(
        \.element.1)
    }
    return table
  }
}
