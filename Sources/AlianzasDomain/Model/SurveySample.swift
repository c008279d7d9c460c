/// Which sample a survey round belongs to. The CIAT study [S0] surveyed 718 beneficiary households
/// in ten alliances (the micro study) and 400 control households near two of them (milk in Cauca,
/// panela in Risaralda), whose beneficiaries it set against those controls (the impact
/// evaluation); every other survey is routine monitoring. The group comparisons read this to use
/// the study's design rather than mixing monitoring rounds into it.
public enum SurveySample: String, CaseIterable, Sendable, Codable {
  /// Routine monitoring by the accompanying organization: what a survey is unless marked.
  case monitoring
  /// A beneficiary of the micro study, in one of its ten alliances.
  case study
  /// A household of the impact evaluation: a beneficiary of one of its alliances (also part of the
  /// micro study) or a control household near it.
  case impact

  public var label: Localized {
    switch self {
    case .monitoring: Localized(es: "Seguimiento", en: "Monitoring")
    case .study: Localized(es: "Estudio", en: "Study")
    case .impact: Localized(es: "Evaluación de impacto", en: "Impact evaluation")
    }
  }
}
