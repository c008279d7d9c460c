/// How long an alliance's first buyer agreement lasted: the study's survival outcome.
public struct AgreementDuration: Hashable, Sendable, Codable {
  public var code: String
  public var days: Int
  public var ruptured: Bool
  /// The first agreement is still in force and the alliance still operates.
  public var atRisk: Bool
  public var product: String
  public var departmentCode: String
  /// Values in the order of `AgreementSurvival.covariates`.
  public var covariates: [Double]

  public var observation: SurvivalObservation { SurvivalObservation(time: Double(days), event: ruptured) }
}

/// The groupings a survival curve can be drawn by.
public enum SurvivalGrouping: String, CaseIterable, Sendable, Codable {
  case vulnerable, consolidation, experience, product, department

  public var label: Localized {
    switch self {
    case .vulnerable: Localized(es: "Población vulnerable", en: "Vulnerable population")
    case .consolidation: Localized(es: "Zona de consolidación", en: "Consolidation zone")
    case .experience: Localized(es: "Experiencia previa", en: "Prior experience")
    case .product: Localized(es: "Producto", en: "Product")
    case .department: Localized(es: "Departamento", en: "Department")
    }
  }
}

public enum AgreementSurvival {
  /// The OP traits CIAT found to matter for the duration of the first agreement [S0].
  public static let covariates = [
    "priorExperience", "managerialSkills", "membersPer10", "fundCapitalization", "vulnerable",
    "consolidationZone",
  ]

  public static func covariateLabel(_ name: String) -> Localized {
    switch name {
    case "priorExperience": Localized(es: "Experiencia previa", en: "Prior experience")
    case "managerialSkills": Localized(es: "Habilidades gerenciales (0–5)", en: "Managerial skills (0–5)")
    case "membersPer10": Localized(es: "Socios (por cada 10)", en: "Members (per 10)")
    case "fundCapitalization": Localized(es: "Capitalización del fondo", en: "Fund capitalization")
    case "vulnerable": Localized(es: "Población vulnerable", en: "Vulnerable population")
    case "consolidationZone": Localized(es: "Zona de consolidación", en: "Consolidation zone")
    default: Localized(es: name, en: name)
    }
  }

  /// One duration per alliance with a first agreement: start to rupture, or censored today or on
  /// the day the alliance closed.
  public static func durations(_ alliances: [Alliance], today: Day) -> [AgreementDuration] {
    alliances.compactMap { $0.firstAgreementDuration(today: today) }
  }
}

extension Alliance {
  /// Where an agreement's observation ends: its rupture, else the day the alliance closed, else today.
  public func observationEnd(of agreement: Agreement, today: Day) -> Day {
    let closed = status == .cerrada ? statusHistory.last { $0.status == .cerrada }?.date : nil
    return agreement.rupture?.date ?? min(closed ?? today, today)
  }

  /// Days an agreement lasted (or has lasted so far).
  public func days(of agreement: Agreement, today: Day) -> Int {
    max(0, agreement.start.days(until: max(observationEnd(of: agreement, today: today), agreement.start)))
  }

  /// The duration of this alliance's first agreement, with the OP traits, when it has one.
  public func firstAgreementDuration(today: Day) -> AgreementDuration? {
    let a = self
    guard let first = a.firstAgreement, first.start <= today else { return nil }
    let op = a.organization
    return AgreementDuration(
      code: a.code, days: days(of: first, today: today),
      ruptured: first.rupture != nil,
      atRisk: first.isActive && a.status != .cerrada, product: a.product, departmentCode: a.departmentCode,
      covariates: [
        op.priorExperience ? 1 : 0, Double(op.managerialScore), Double(op.members) / 10,
        min(1.5, a.finance.fund.capitalization ?? 0), op.isVulnerable ? 1 : 0, a.consolidationZone ? 1 : 0,
      ])
  }
}

extension AgreementSurvival {

  /// Durations split by `grouping`, groups named for the screen, in a stable order.
  public static func groups(
    _ durations: [AgreementDuration], by grouping: SurvivalGrouping, reference: ReferenceData,
    language: Language
  ) -> [(name: String, observations: [SurvivalObservation])] {
    let yes = language == .es ? "Sí" : "Yes", no = "No"
    func key(_ d: AgreementDuration) -> String {
      switch grouping {
      case .vulnerable: d.covariates[4] == 1 ? yes : no
      case .consolidation: d.covariates[5] == 1 ? yes : no
      case .experience: d.covariates[0] == 1 ? yes : no
      case .product: reference.product(id: d.product)?.name(language) ?? d.product
      case .department: reference.department(code: d.departmentCode)?.name ?? d.departmentCode
      }
    }
    var buckets: [String: [SurvivalObservation]] = [:]
    for d in durations { buckets[key(d), default: []].append(d.observation) }
    let names = buckets.keys.sorted { a, b in
      if a == no && b == yes { return true }
      if a == yes && b == no { return false }
      return a.localizedStandardCompare(b) == .orderedAscending
    }
    return names.map { ($0, buckets[$0]!) }
  }

  /// Fits the Cox model of the first agreement's duration on the OP traits.
  public static func cox(_ durations: [AgreementDuration], ties: CoxTies = .efron) throws(CoxError) -> CoxFit
  {
    try CoxModel.fit(
      times: durations.map { Double($0.days) }, events: durations.map(\.ruptured),
      covariates: durations.map(\.covariates), names: covariates, ties: ties)
  }
}

extension String {
  /// Orders "Nariño" after "Nare" and "10" after "9", as a person expects.
  func localizedStandardCompare(_ other: String) -> Ordering {
    let a = self.folded, b = other.folded
    return a < b ? .orderedAscending : (a > b ? .orderedDescending : .orderedSame)
  }

  enum Ordering { case orderedAscending, orderedSame, orderedDescending }

  /// Lower-cased with accents removed, for sorting and searching.
  public var folded: String {
    String(
      String.UnicodeScalarView(
        self.lowercased().unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
          switch scalar {
          case "á", "à", "ä", "â": "a"
          case "é", "è", "ë", "ê": "e"
          case "í", "ì", "ï", "î": "i"
          case "ó", "ò", "ö", "ô": "o"
          case "ú", "ù", "ü", "û": "u"
          case "ñ": "n"
          case "\u{0300}"..."\u{036F}": nil
          default: scalar
          }
        }))
  }
}
