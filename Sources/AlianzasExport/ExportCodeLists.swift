import AlianzasDomain

/// The value labels every export shares: each coded variable gets its integer codes here, once,
/// so a Stata or SPSS user sees the same numbers in every table and every export.
public enum ExportCodeLists {
  public static let stage = ExportCodes("stage", Stage.allCases.map { ($0.rawValue, $0.label) })
  public static let status = ExportCodes("status", AllianceStatus.allCases.map { ($0.rawValue, $0.label) })
  public static let visitKind = ExportCodes("visit_kind", VisitKind.allCases.map { ($0.rawValue, $0.label) })
  public static let cause = ExportCodes(
    "rupture_cause", RuptureCause.allCases.map { ($0.rawValue, $0.label) })
  public static let party = ExportCodes("ended_by", Party.allCases.map { ($0.rawValue, $0.label) })
  public static let group = ExportCodes(
    "household_group", HouseholdGroup.allCases.map { ($0.rawValue, $0.label) })
  public static let surveyStatus = ExportCodes(
    "survey_status", SurveyStatus.allCases.map { ($0.rawValue, $0.label) })
  /// Monitoring, the study's micro sample or its impact evaluation (`SurveySample`).
  public static let surveySample = ExportCodes(
    "survey_sample", SurveySample.allCases.map { ($0.rawValue, $0.label) })
  public static let elcsaAnswer = ExportCodes(
    "elcsa_answer", ElcsaAnswer.allCases.map { ($0.rawValue, $0.label) })
  /// 0 secure … 3 severe, as the study codes them; 4 for a survey too incomplete to place.
  public static func elcsaCategory(_ elcsa: ElcsaDefinition) -> ExportCodes {
    ExportCodes(
      "elcsa_category",
      elcsa.categories.map { ("\($0.code)", $0.label) }
        + [("4", Localized(es: "Incompleta", en: "Incomplete"))], from: 0)
  }
  public static let authorizationMeans = ExportCodes(
    "authorization_means", Authorization.Means.allCases.map { ($0.rawValue, $0.label) })
  public static let yesNo = ExportCodes(
    "yes_no", [("no", Localized(es: "No", en: "No")), ("yes", Localized(es: "Sí", en: "Yes"))], from: 0)
  public static let movement = ExportCodes(
    "movement",
    [
      ("disbursement", Localized(es: "Desembolso", en: "Disbursement")),
      ("repayment", Localized(es: "Reintegro", en: "Repayment")),
      ("loan", Localized(es: "Crédito del fondo", en: "Fund loan")),
      ("cofinancing", Localized(es: "Cofinanciación", en: "Co-financing")),
    ])
  public static let instrument = ExportCodes(
    "instrument", [("elcsa", Localized(es: "ELCSA", en: "ELCSA")), ("ppi", Localized(es: "PPI", en: "PPI"))])
  public static func idapBand(_ idap: IDAPDefinition) -> ExportCodes {
    ExportCodes("idap_band", idap.bands.map { ($0.id, $0.label) }, from: 0)
  }
}
