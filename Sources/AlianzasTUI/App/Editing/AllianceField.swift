import AlianzasDomain

/// One editable fact of an alliance: how the form asks for it, shows it and writes it back.
struct AllianceField: Sendable {
  let id: String
  let label: Localized
  let kind: @Sendable (AppState, Alliance) -> FieldKind
  let show: @Sendable (Alliance, AppState) -> String
  let apply: @Sendable (inout Alliance, FieldValue) -> Void

  init(
    _ id: String, _ es: String, _ en: String, kind: @escaping @Sendable (AppState, Alliance) -> FieldKind,
    show: @escaping @Sendable (Alliance, AppState) -> String,
    apply: @escaping @Sendable (inout Alliance, FieldValue) -> Void
  ) {
    self.id = id
    label = Localized(es: es, en: en)
    self.kind = kind
    self.show = show
    self.apply = apply
  }

  func field(_ state: AppState, _ alliance: Alliance) -> FormField {
    FormField(id: id, label: label(state.language), kind: kind(state, alliance), shown: show(alliance, state))
  }

  /// A whole-number field on a key path.
  static func int(
    _ id: String, _ es: String, _ en: String, _ path: WritableKeyPath<Alliance, Int> & Sendable,
    max: Int = 5000
  ) -> AllianceField {
    AllianceField(
      id, es, en, kind: { _, _ in .integer(min: 0, max: max) }, show: { a, _ in String(a[keyPath: path]) }
    ) {
      if let v = Fields.int($1) { $0[keyPath: path] = v }
    }
  }

  static func text(
    _ id: String, _ es: String, _ en: String, _ path: WritableKeyPath<Alliance, String> & Sendable,
    required: Bool = true
  ) -> AllianceField {
    AllianceField(
      id, es, en, kind: { _, _ in .text(maxLength: 300, required: required) },
      show: { a, _ in a[keyPath: path] }
    ) {
      $0[keyPath: path] = Fields.text($1)
    }
  }

  static func money(
    _ id: String, _ es: String, _ en: String, _ path: WritableKeyPath<Alliance, Pesos> & Sendable
  ) -> AllianceField {
    AllianceField(id, es, en, kind: { _, _ in .money }, show: { a, _ in a[keyPath: path].description }) {
      $0[keyPath: path] = Fields.pesos($1) ?? .zero
    }
  }

  static func date(
    _ id: String, _ es: String, _ en: String, _ path: WritableKeyPath<Alliance, Day?> & Sendable
  ) -> AllianceField {
    AllianceField(
      id, es, en, kind: { s, _ in .date(notAfter: s.data.today) },
      show: { a, _ in Fields.show(a[keyPath: path]) }
    ) {
      $0[keyPath: path] = Fields.day($1)
    }
  }

  static func flag(
    _ id: String, _ es: String, _ en: String, _ path: WritableKeyPath<Alliance, Bool> & Sendable
  ) -> AllianceField {
    AllianceField(
      id, es, en, kind: { s, _ in Fields.yesNo(s.language) },
      show: { a, s in Fields.show(a[keyPath: path], s.language) }
    ) {
      if let b = Fields.bool($1) { $0[keyPath: path] = b }
    }
  }

  /// A figure of the OP's latest accounts, creating them (for last year) on the first entry.
  static func accounts(
    _ id: String, _ es: String, _ en: String, _ path: WritableKeyPath<Accounts, Pesos> & Sendable
  ) -> AllianceField {
    AllianceField(
      id, es, en, kind: { _, _ in .money },
      show: { a, _ in a.finance.accounts.map { $0[keyPath: path].description } ?? "" }
    ) {
      var accounts =
        $0.finance.accounts ?? Accounts(year: $0.stamp.at.day.year - 1, revenue: .zero, costs: .zero)
      accounts[keyPath: path] = Fields.pesos($1) ?? .zero
      $0.finance.accounts = accounts
    }
  }

  static func decimal(
    _ id: String, _ es: String, _ en: String, _ path: WritableKeyPath<Alliance, Double> & Sendable
  ) -> AllianceField {
    AllianceField(
      id, es, en, kind: { _, _ in .decimal(min: 0, max: 1e9) },
      show: { a, _ in Fields.show(a[keyPath: path]) }
    ) {
      if let v = Fields.double($1) { $0[keyPath: path] = v }
    }
  }
}

extension AllianceField {
  /// Identity, producer organization and business plan: the Resumen tab's editor.
  static let general: [AllianceField] =
    [
      .text("name", "Nombre de la alianza", "Alliance name", \.name),
      .text("oga", "OGA acompañante", "Accompanying OGA", \.oga, required: false),
      AllianceField(
        "municipality", "Municipio", "Municipality",
        kind: { s, a in
          .choice(
            (s.data.reference.department(code: a.departmentCode)?.municipalities ?? []).map {
              FieldKind.Choice(id: "\($0.code)|\($0.name)", label: $0.name)
            })
        }, show: { a, _ in a.municipality.name },
        apply: { a, v in
          // The choice carries code and name: "19001|Popayán".
          if let id = Fields.choice(v), let bar = id.firstIndex(of: "|") {
            a.municipality = Place(code: String(id[..<bar]), name: String(id[id.index(after: bar)...]))
          }
        }),
      AllianceField(
        "product", "Producto", "Product",
        kind: { s, _ in
          .choice(s.data.reference.products.map { FieldKind.Choice(id: $0.id, label: $0.name(s.language)) })
        },
        show: { a, s in s.data.reference.product(id: a.product)?.name(s.language) ?? a.product },
        apply: { a, v in if let id = Fields.choice(v) { a.product = id } }),
      .flag("consolidation", "Zona de consolidación", "Consolidation zone", \.consolidationZone),
      .text("op.name", "Organización (OP)", "Producer organization", \.organization.name),
      .text("op.nit", "NIT de la OP", "OP tax id (NIT)", \.organization.nit, required: false),
      .int("op.members", "Socios (familias)", "Members (families)", \.organization.members),
      .int("op.initial", "Socios iniciales", "Initial members", \.organization.initialMembers),
      .int("op.resignations", "Renuncias", "Resignations", \.organization.resignations),
      .flag("op.experience", "Experiencia previa", "Prior experience", \.organization.priorExperience),
    ]
    + ManagerialSkill.allCases.map { skill in
      AllianceField(
        "skill.\(skill.rawValue)", skill.label.es, skill.label.en, kind: { s, _ in Fields.yesNo(s.language) },
        show: { a, s in Fields.show(a.organization.managerialSkills.contains(skill), s.language) },
        apply: { a, v in
          guard let b = Fields.bool(v) else { return }
          var skills = Set(a.organization.managerialSkills)
          if b { skills.insert(skill) } else { skills.remove(skill) }
          a.organization.managerialSkills = skills.sorted()
        })
    } + [
      .int("op.displaced", "Socios desplazados", "Displaced members", \.organization.displacedMembers),
      .int(
        "op.afro", "Socios afrocolombianos", "Afro-Colombian members", \.organization.afroColombianMembers),
      .int("op.indigenous", "Socios indígenas", "Indigenous members", \.organization.indigenousMembers),
      .decimal("plan.area", "Área (ha)", "Area (ha)", \.businessPlan.areaHa),
      .decimal(
        "plan.projected", "Rendimiento proyectado (kg/ha)", "Projected yield (kg/ha)",
        \.businessPlan.projectedYieldKgPerHa),
      AllianceField(
        "plan.observed", "Rendimiento observado (kg/ha)", "Observed yield (kg/ha)",
        kind: { _, _ in .decimal(min: 0, max: 1e9) },
        show: { a, _ in Fields.show(a.businessPlan.observedYieldKgPerHa) },
        apply: { a, v in a.businessPlan.observedYieldKgPerHa = Fields.double(v) }),
      .money(
        "plan.price", "Precio de referencia (kg)", "Reference price (kg)", \.businessPlan.referencePricePerKg),
    ]

  /// The dated evidence each stage needs: the Ciclo de vida tab's documents.
  static let milestones: [AllianceField] = [
    .date("m.profileRegistered", "Registro del perfil", "Profile registered", \.milestones.profileRegistered),
    .date("m.profileSelected", "Selección del perfil", "Profile selected", \.milestones.profileSelected),
    .date(
      "m.preinvestment", "Preinversión aprobada", "Pre-investment approved",
      \.milestones.preinvestmentApproved),
    .date("m.approval", "Acta de aprobación CIR/CIN", "CIR/CIN approval act", \.milestones.approvalAct),
    .date("m.convenio", "Firma del convenio", "Agreement signed", \.milestones.convenioSigned),
    AllianceField(
      "m.convenioNumber", "Número del convenio", "Agreement number",
      kind: { _, _ in .text(maxLength: 40, required: false) },
      show: { a, _ in a.milestones.convenioNumber ?? "" },
      apply: { a, v in
        let t = Fields.text(v); a.milestones.convenioNumber = t.isEmpty ? nil : t
      }),
    AllianceField(
      "m.policyExpiry", "Vencimiento de la póliza", "Bond expiry", kind: { _, _ in .date(notAfter: nil) },
      show: { a, _ in Fields.show(a.milestones.policyExpiry) },
      apply: { a, v in a.milestones.policyExpiry = Fields.day(v) }),
    AllianceField(
      "m.fiduciary", "Encargo fiduciario", "Trust fund",
      kind: { _, _ in .text(maxLength: 200, required: false) },
      show: { a, _ in a.milestones.fiduciaryName ?? "" },
      apply: { a, v in
        let t = Fields.text(v); a.milestones.fiduciaryName = t.isEmpty ? nil : t
      }),
    .date(
      "m.opContribution", "Depósito del aporte de la OP", "OP contribution deposited",
      \.milestones.opContributionDeposited),
    .date(
      "m.giro", "Giro del Incentivo Modular", "Incentivo Modular transferred", \.milestones.giroAuthorized),
    .date("m.cda", "Instalación del CDA", "Board installed", \.milestones.cdaInstalled),
    .date("m.poa", "Aprobación del POA", "POA approved", \.milestones.poaApproved),
    .date("m.fundRules", "Reglamento del fondo", "Fund rules approved", \.milestones.fundRulesApproved),
    .date("m.finalReport", "Informe final", "Final report", \.milestones.finalReport),
    .date("m.liquidation", "Acta de liquidación", "Liquidation act", \.milestones.liquidationAct),
  ]

  /// Money of the Finanzas tab.
  static let finance: [AllianceField] = [
    .money("f.total", "Valor total", "Total value", \.finance.totalValue),
    .money("f.im", "Incentivo Modular", "Incentivo Modular", \.finance.modularIncentive),
    .money("f.programmed", "Programado a la fecha", "Programmed to date", \.finance.programmedToDate),
    .money("f.fundTarget", "Reintegro pactado", "Agreed repayment", \.finance.fund.repaymentTarget),
    .date("f.fundStart", "Inicio de reintegros", "Repayments start", \.finance.fund.repaymentStart),
    .int(
      "f.fundMonths", "Plazo de reintegro (meses)", "Repayment term (months)", \.finance.fund.repaymentMonths,
      max: 240),
    .accounts("f.revenue", "Ingresos del último año", "Last year's revenue", \.revenue),
    .accounts("f.costs", "Costos del último año", "Last year's costs", \.costs),
  ]
}
