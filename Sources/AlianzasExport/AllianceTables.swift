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
      ExportColumn(
        "organization", Localized(es: "Organización de productores", en: "Producer organization"), .text),
      ExportColumn(
        "organization_nit", Localized(es: "NIT de la organización", en: "Organization NIT"), .text),
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
    ]
    columns += planColumns
    columns += [
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
        .of(a.callYear), .of(a.consolidationZone), .text(a.oga), .text(op.name), .text(op.nit),
        ExportCodeLists.stage.value(of: a.stage.rawValue),
        .of(a.stageDate), ExportCodeLists.status.value(of: a.status.rawValue), .of(op.members),
        .of(op.initialMembers), .of(op.priorExperience), .of(op.managerialScore), .of(op.isVulnerable),
        .of(a.finance.totalValue), .of(a.finance.modularIncentive), .of(a.finance.cofinancingTotal),
        .of(a.finance.disbursed), .of(a.finance.fund.repaid),
      ]
      row += planValues(a)
      row += [
        .of(idap.score),
        idap.band.map { .code(Int32($0)) } ?? .missing, .of(idap.score == nil ? nil : idap.partial),
      ]
      for part in idap.dimensions { row.append(.of(part.value.map { $0 * 100 })) }
      table.rows.append(row)
    }
    return table
  }

  /// What an alliance's figures are computed from besides its records of other tables: its
  /// organization's make-up and skills, its money plan and accounts, its business plan. They let
  /// an edited export come back whole (`alianzas import alliances`).
  static let planColumns: [ExportColumn] = {
    var columns = [
      ExportColumn("resignations", Localized(es: "Retiros de socios", en: "Member resignations"), .integer),
      ExportColumn(
        "displaced_members", Localized(es: "Socios desplazados", en: "Displaced members"), .integer),
      ExportColumn(
        "afro_colombian_members", Localized(es: "Socios afrocolombianos", en: "Afro-Colombian members"),
        .integer),
      ExportColumn(
        "indigenous_members", Localized(es: "Socios indígenas", en: "Indigenous members"), .integer),
    ]
    for skill in ManagerialSkill.allCases {
      columns.append(
        ExportColumn(ExportTables.skillColumn(skill), skill.label, .coded(ExportCodeLists.yesNo)))
    }
    columns += [
      ExportColumn(
        "programmed_to_date", Localized(es: "Programado a la fecha", en: "Programmed to date"), .pesos,
        unit: "COP"),
      ExportColumn(
        "repayment_target", Localized(es: "Meta de reintegro", en: "Repayment target"), .pesos, unit: "COP"),
      ExportColumn(
        "repayment_start", Localized(es: "Inicio de los reintegros", en: "Repayments start"), .date),
      ExportColumn(
        "repayment_months", Localized(es: "Plazo de reintegro", en: "Repayment term"), .integer,
        unit: "months"),
      ExportColumn("accounts_year", Localized(es: "Año de las cuentas", en: "Accounts year"), .integer),
      ExportColumn(
        "accounts_revenue", Localized(es: "Ingresos del año", en: "Revenue of the year"), .pesos, unit: "COP"),
      ExportColumn(
        "accounts_costs", Localized(es: "Costos del año", en: "Costs of the year"), .pesos, unit: "COP"),
      ExportColumn("area_ha", Localized(es: "Área del plan", en: "Plan area"), .decimal, unit: "ha"),
      ExportColumn(
        "projected_yield", Localized(es: "Rendimiento proyectado", en: "Projected yield"), .decimal,
        unit: "kg/ha"),
      ExportColumn(
        "observed_yield", Localized(es: "Rendimiento observado", en: "Observed yield"), .decimal,
        unit: "kg/ha"),
      ExportColumn(
        "reference_price", Localized(es: "Precio de referencia", en: "Reference price"), .pesos,
        unit: "COP/kg"),
    ]
    return columns + MilestoneColumn.allCases.map(\.column)
  }()

  static func planValues(_ a: Alliance) -> [ExportValue] {
    let op = a.organization, f = a.finance, plan = a.businessPlan
    var row: [ExportValue] = [
      .of(op.resignations), .of(op.displacedMembers), .of(op.afroColombianMembers), .of(op.indigenousMembers),
    ]
    for skill in ManagerialSkill.allCases { row.append(.of(op.managerialSkills.contains(skill))) }
    row += [
      .of(f.programmedToDate), .of(f.fund.repaymentTarget), .of(f.fund.repaymentStart),
      .of(f.fund.repaymentMonths),
      .of(f.accounts?.year), .of(f.accounts?.revenue), .of(f.accounts?.costs), .of(plan.areaHa),
      .of(plan.projectedYieldKgPerHa), .of(plan.observedYieldKgPerHa), .of(plan.referencePricePerKg),
    ]
    return row + MilestoneColumn.allCases.map { $0.value(a.milestones) }
  }

  /// The alliance's annual operating plan (POA): each indicator with its target, what was
  /// scheduled to date and what is done.
  static func poa(_ s: ExportSource) -> ExportTable {
    var table = ExportTable(
      name: "poa", label: Localized(es: "Plan operativo anual", en: "Annual operating plan"),
      columns: [
        .allianceCode,
        ExportColumn("indicator_id", Localized(es: "Indicador", en: "Indicator"), .text),
        ExportColumn("component", Localized(es: "Componente", en: "Component"), .text),
        ExportColumn("name", Localized(es: "Nombre", en: "Name"), .text),
        ExportColumn("unit", Localized(es: "Unidad", en: "Unit"), .text),
        ExportColumn("target", Localized(es: "Meta", en: "Target"), .decimal),
        ExportColumn("scheduled", Localized(es: "Programado a la fecha", en: "Scheduled to date"), .decimal),
        ExportColumn("done", Localized(es: "Ejecutado", en: "Done"), .decimal),
      ])
    for a in s.alliances {
      for p in a.poa {
        table.rows.append([
          .text(a.code), .text(p.id), .text(p.component), .text(p.name), .text(p.unit), .of(p.target),
          .of(p.scheduled), .of(p.done),
        ])
      }
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
        ExportColumn("buyer_kind", Localized(es: "Tipo de aliado", en: "Buyer kind"), .text),
        ExportColumn("quality", Localized(es: "Calidad pactada", en: "Agreed quality"), .text),
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
          .text(a.code), .text(g.id), .of(isFirst), .text(g.buyer.name), .text(g.buyer.nit),
          .text(g.buyer.kind),
          .text(g.quality), .date(g.start),
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
