import AlianzasDomain

/// One editable fact of an alliance: how the form asks for it, shows it and writes it back.
struct AllianceField: Sendable {
  let id: String
  /// From the catalog, or from the domain for what the domain names (managerial skills).
  let label: Localized
  let kind: @Sendable (AppState, Alliance) -> FieldKind
  let show: @Sendable (Alliance, AppState) -> String
  let apply: @Sendable (inout Alliance, FieldValue) -> Void

  init(
    _ id: String, _ label: T, kind: @escaping @Sendable (AppState, Alliance) -> FieldKind,
    show: @escaping @Sendable (Alliance, AppState) -> String,
    apply: @escaping @Sendable (inout Alliance, FieldValue) -> Void
  ) {
    self.init(id, domainLabel: label.localized, kind: kind, show: show, apply: apply)
  }

  init(
    _ id: String, domainLabel: Localized, kind: @escaping @Sendable (AppState, Alliance) -> FieldKind,
    show: @escaping @Sendable (Alliance, AppState) -> String,
    apply: @escaping @Sendable (inout Alliance, FieldValue) -> Void
  ) {
    self.id = id
    self.label = domainLabel
    self.kind = kind
    self.show = show
    self.apply = apply
  }

  func field(_ state: AppState, _ alliance: Alliance) -> FormField {
    FormField(
      id: .alliance(id), label: label(state.language), kind: kind(state, alliance),
      shown: show(alliance, state))
  }

  /// A whole-number field on a key path.
  static func int(
    _ id: String, _ label: T, _ path: WritableKeyPath<Alliance, Int> & Sendable,
    max: Int = 5000
  ) -> AllianceField {
    AllianceField(
      id, label, kind: { _, _ in .integer(min: 0, max: max) },
      show: { a, s in Fields.show(a[keyPath: path], s.language) }
    ) {
      if let v = Fields.int($1) { $0[keyPath: path] = v }
    }
  }

  static func text(
    _ id: String, _ label: T, _ path: WritableKeyPath<Alliance, String> & Sendable,
    required: Bool = true
  ) -> AllianceField {
    AllianceField(
      id, label, kind: { _, _ in .text(maxLength: 300, required: required) },
      show: { a, _ in a[keyPath: path] }
    ) {
      $0[keyPath: path] = Fields.text($1)
    }
  }

  static func money(
    _ id: String, _ label: T, _ path: WritableKeyPath<Alliance, Pesos> & Sendable
  ) -> AllianceField {
    AllianceField(
      id, label, kind: { _, _ in .money }, show: { a, s in Format.pesos(a[keyPath: path], s.language) }
    ) {
      $0[keyPath: path] = Fields.pesos($1) ?? .zero
    }
  }

  static func date(
    _ id: String, _ label: T, _ path: WritableKeyPath<Alliance, Day?> & Sendable
  ) -> AllianceField {
    AllianceField(
      id, label, kind: { s, _ in .date(notAfter: s.data.today) },
      show: { a, _ in Fields.show(a[keyPath: path]) }
    ) {
      $0[keyPath: path] = Fields.day($1)
    }
  }

  static func flag(
    _ id: String, _ label: T, _ path: WritableKeyPath<Alliance, Bool> & Sendable
  ) -> AllianceField {
    AllianceField(
      id, label, kind: { s, _ in Fields.yesNo(s.language) },
      show: { a, s in Fields.show(a[keyPath: path], s.language) }
    ) {
      if let b = Fields.bool($1) { $0[keyPath: path] = b }
    }
  }

  /// A figure of the OP's latest accounts, creating them (for last year) on the first entry.
  static func accounts(
    _ id: String, _ label: T, _ path: WritableKeyPath<Accounts, Pesos> & Sendable
  ) -> AllianceField {
    AllianceField(
      id, label, kind: { _, _ in .money },
      show: { a, s in Fields.show(a.finance.accounts?[keyPath: path], s.language) }
    ) {
      var accounts =
        $0.finance.accounts ?? Accounts(year: $0.stamp.at.day.year - 1, revenue: .zero, costs: .zero)
      accounts[keyPath: path] = Fields.pesos($1) ?? .zero
      $0.finance.accounts = accounts
    }
  }

  static func decimal(
    _ id: String, _ label: T, _ path: WritableKeyPath<Alliance, Double> & Sendable
  ) -> AllianceField {
    AllianceField(
      id, label, kind: { _, _ in .decimal(min: 0, max: 1e9) },
      show: { a, s in Fields.show(a[keyPath: path], s.language) }
    ) {
      if let v = Fields.double($1) { $0[keyPath: path] = v }
    }
  }
}

extension AllianceField {
  /// Identity, producer organization and business plan: the Resumen tab's editor.
  static let general: [AllianceField] =
    [
      .text("name", .afName, \.name),
      .text("oga", .afOga, \.oga, required: false),
      AllianceField(
        "municipality", .afMunicipality,
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
        "product", .afProduct,
        kind: { s, _ in
          .choice(s.data.reference.products.map { FieldKind.Choice(id: $0.id, label: $0.name(s.language)) })
        },
        show: { a, s in s.data.reference.product(id: a.product)?.name(s.language) ?? a.product },
        apply: { a, v in if let id = Fields.choice(v) { a.product = id } }),
      .flag("consolidation", .afConsolidation, \.consolidationZone),
      .text("op.name", .afOpName, \.organization.name),
      .text("op.nit", .afOpNit, \.organization.nit, required: false),
      .int("op.members", .afOpMembers, \.organization.members),
      .int("op.initial", .afOpInitial, \.organization.initialMembers),
      .int("op.resignations", .afOpResignations, \.organization.resignations),
      .flag("op.experience", .afOpExperience, \.organization.priorExperience),
    ]
    + ManagerialSkill.allCases.map { skill in
      AllianceField(
        "skill.\(skill.rawValue)", domainLabel: skill.label, kind: { s, _ in Fields.yesNo(s.language) },
        show: { a, s in Fields.show(a.organization.managerialSkills.contains(skill), s.language) },
        apply: { a, v in
          guard let b = Fields.bool(v) else { return }
          var skills = Set(a.organization.managerialSkills)
          if b { skills.insert(skill) } else { skills.remove(skill) }
          a.organization.managerialSkills = skills.sorted()
        })
    } + [
      .int("op.displaced", .afOpDisplaced, \.organization.displacedMembers),
      .int(
        "op.afro", .afOpAfro, \.organization.afroColombianMembers),
      .int("op.indigenous", .afOpIndigenous, \.organization.indigenousMembers),
      .decimal("plan.area", .afPlanArea, \.businessPlan.areaHa),
      .decimal(
        "plan.projected", .afPlanProjected,
        \.businessPlan.projectedYieldKgPerHa),
      AllianceField(
        "plan.observed", .afPlanObserved,
        kind: { _, _ in .decimal(min: 0, max: 1e9) },
        show: { a, s in Fields.show(a.businessPlan.observedYieldKgPerHa, s.language) },
        apply: { a, v in a.businessPlan.observedYieldKgPerHa = Fields.double(v) }),
      .money(
        "plan.price", .afPlanPrice, \.businessPlan.referencePricePerKg),
    ]

  /// The dated evidence each stage needs: the Ciclo de vida tab's documents.
  static let milestones: [AllianceField] = [
    .date("m.profileRegistered", .afMProfileRegistered, \.milestones.profileRegistered),
    .date("m.profileSelected", .afMProfileSelected, \.milestones.profileSelected),
    .date(
      "m.preinvestment", .afMPreinvestment,
      \.milestones.preinvestmentApproved),
    .date("m.approval", .afMApproval, \.milestones.approvalAct),
    .date("m.convenio", .afMConvenio, \.milestones.convenioSigned),
    AllianceField(
      "m.convenioNumber", .afMConvenioNumber,
      kind: { _, _ in .text(maxLength: 40, required: false) },
      show: { a, _ in a.milestones.convenioNumber ?? "" },
      apply: { a, v in
        let t = Fields.text(v); a.milestones.convenioNumber = t.isEmpty ? nil : t
      }),
    AllianceField(
      "m.policyExpiry", .afMPolicyExpiry, kind: { _, _ in .date(notAfter: nil) },
      show: { a, _ in Fields.show(a.milestones.policyExpiry) },
      apply: { a, v in a.milestones.policyExpiry = Fields.day(v) }),
    AllianceField(
      "m.fiduciary", .afMFiduciary,
      kind: { _, _ in .text(maxLength: 200, required: false) },
      show: { a, _ in a.milestones.fiduciaryName ?? "" },
      apply: { a, v in
        let t = Fields.text(v); a.milestones.fiduciaryName = t.isEmpty ? nil : t
      }),
    .date(
      "m.opContribution", .afMOpContribution,
      \.milestones.opContributionDeposited),
    .date(
      "m.giro", .afMGiro, \.milestones.giroAuthorized),
    .date("m.cda", .afMCda, \.milestones.cdaInstalled),
    .date("m.poa", .afMPoa, \.milestones.poaApproved),
    .date("m.fundRules", .afMFundRules, \.milestones.fundRulesApproved),
    .date("m.finalReport", .afMFinalReport, \.milestones.finalReport),
    .date("m.liquidation", .afMLiquidation, \.milestones.liquidationAct),
  ]

  /// Money of the Finanzas tab.
  static let finance: [AllianceField] = [
    .money("f.total", .afFTotal, \.finance.totalValue),
    .money("f.im", .afFIm, \.finance.modularIncentive),
    .money("f.programmed", .afFProgrammed, \.finance.programmedToDate),
    .money("f.fundTarget", .afFFundTarget, \.finance.fund.repaymentTarget),
    .date("f.fundStart", .afFFundStart, \.finance.fund.repaymentStart),
    .int(
      "f.fundMonths", .afFFundMonths, \.finance.fund.repaymentMonths,
      max: 240),
    .accounts("f.revenue", .afFRevenue, \.revenue),
    .accounts("f.costs", .afFCosts, \.costs),
  ]
}
