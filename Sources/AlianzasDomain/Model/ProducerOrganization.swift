/// The small-producer organization (OP) at the heart of an alliance.
public struct ProducerOrganization: Hashable, Sendable, Codable {
  public var name: String
  public var nit: String
  /// Members today (the alliance's families).
  public var members: Int
  /// Beneficiaries when the alliance started, for retention (IDAP S4).
  public var initialMembers: Int
  public var resignations: Int
  /// Had the OP sold this product before the alliance? A determinant of agreement duration [S0].
  public var priorExperience: Bool
  /// Kept sorted and without repeats (an array, because a set would encode in a random order).
  public var managerialSkills: [ManagerialSkill]
  public var displacedMembers: Int
  public var afroColombianMembers: Int
  public var indigenousMembers: Int

  public init(
    name: String, nit: String, members: Int, initialMembers: Int, resignations: Int = 0,
    priorExperience: Bool, managerialSkills: [ManagerialSkill] = [],
    displacedMembers: Int = 0, afroColombianMembers: Int = 0, indigenousMembers: Int = 0
  ) {
    self.name = name
    self.nit = nit
    self.members = members
    self.initialMembers = initialMembers
    self.resignations = resignations
    self.priorExperience = priorExperience
    self.managerialSkills = Array(Set(managerialSkills)).sorted()
    self.displacedMembers = displacedMembers
    self.afroColombianMembers = afroColombianMembers
    self.indigenousMembers = indigenousMembers
  }

  /// An OP counts as vulnerable population when at least a fifth of its members are displaced,
  /// Afro-Colombian or Indigenous (a proposed operationalisation; the study gives none).
  public var isVulnerable: Bool {
    // In Double: a corrupt count must not overflow a sum.
    members > 0
      && (Double(displacedMembers) + Double(afroColombianMembers) + Double(indigenousMembers)) * 5
        >= Double(members)
  }

  /// 0–5: how many of the managerial skills the OP shows.
  public var managerialScore: Int { Set(managerialSkills).count }
}

/// The five-point managerial-skills checklist (a proposed operationalisation of [S0]'s
/// "habilidades gerenciales").
public enum ManagerialSkill: String, CaseIterable, Sendable, Codable, Comparable {
  case bookkeeping, businessPlan, marketing, leadership, financialManagement

  public static func < (a: ManagerialSkill, b: ManagerialSkill) -> Bool { a.rawValue < b.rawValue }

  public var label: Localized {
    switch self {
    case .bookkeeping: Localized(es: "Contabilidad al día", en: "Books up to date")
    case .businessPlan: Localized(es: "Sigue su plan de negocios", en: "Follows its business plan")
    case .marketing: Localized(es: "Gestión comercial propia", en: "Own marketing")
    case .leadership: Localized(es: "Liderazgo renovado", en: "Renewed leadership")
    case .financialManagement: Localized(es: "Gestión financiera", en: "Financial management")
    }
  }
}
