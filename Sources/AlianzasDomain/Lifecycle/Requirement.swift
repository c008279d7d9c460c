/// A fact an alliance must have on record before it may enter a stage. Its label completes the
/// sentence "falta …" / "missing …".
public enum Requirement: String, CaseIterable, Hashable, Sendable {
  case organizationName, product, profileRegistered, profileSelected, preinvestmentApproved,
    projectedYield, approvalAct, convenioSigned, convenioNumber, policyExpiry, buyerAgreement,
    fiduciaryName, opContribution, giroDate, cdaInstalled, poaApproved, poaIndicators,
    activeAgreement, fundRules, repaymentTarget, finalReport, liquidationAct

  public var label: Localized {
    switch self {
    case .organizationName:
      Localized(es: "el nombre de la organización de productores", en: "the producer organization's name")
    case .product: Localized(es: "el producto de la alianza", en: "the alliance's product")
    case .profileRegistered:
      Localized(es: "la fecha de registro del perfil", en: "the date the profile was registered")
    case .profileSelected:
      Localized(es: "la fecha de selección del perfil", en: "the date the profile was selected")
    case .preinvestmentApproved:
      Localized(
        es: "la aprobación del estudio de preinversión", en: "the approval of the pre-investment study")
    case .projectedYield:
      Localized(
        es: "el rendimiento proyectado del plan de negocios", en: "the business plan's projected yield")
    case .approvalAct: Localized(es: "el acta de aprobación del CIR/CIN", en: "the CIR/CIN approval act")
    case .convenioSigned:
      Localized(es: "la fecha de firma del convenio", en: "the date the alliance agreement was signed")
    case .convenioNumber: Localized(es: "el número del convenio", en: "the agreement number")
    case .policyExpiry:
      Localized(es: "el vencimiento de la póliza de cumplimiento", en: "the performance bond's expiry date")
    case .buyerAgreement:
      Localized(es: "un acuerdo comercial con un aliado", en: "a commercial agreement with a buyer")
    case .fiduciaryName: Localized(es: "el nombre del encargo fiduciario", en: "the trust fund's name")
    case .opContribution:
      Localized(es: "el depósito del aporte de la OP", en: "the OP's contribution deposit")
    case .giroDate:
      Localized(
        es: "la fecha de giro del Incentivo Modular", en: "the date the Incentivo Modular was transferred")
    case .cdaInstalled:
      Localized(es: "el acta de instalación del CDA", en: "the board (CDA) installation act")
    case .poaApproved: Localized(es: "la aprobación del POA", en: "the operating plan (POA) approval")
    case .poaIndicators: Localized(es: "los indicadores del POA", en: "the operating plan's indicators")
    case .activeAgreement:
      Localized(es: "un acuerdo comercial vigente", en: "an agreement with a buyer in force")
    case .fundRules: Localized(es: "el reglamento del fondo rotatorio", en: "the revolving fund's rules")
    case .repaymentTarget:
      Localized(es: "el reintegro pactado al fondo", en: "the agreed repayment to the fund")
    case .finalReport: Localized(es: "el informe final", en: "the final report")
    case .liquidationAct: Localized(es: "el acta de liquidación", en: "the liquidation act")
    }
  }

  /// Where the fact stands in the alliance's documents, for the stage checklist.
  public func isMet(by a: Alliance) -> Bool {
    let m = a.milestones
    switch self {
    case .organizationName: return !a.organization.name.trimmingWhitespace.isEmpty
    case .product: return !a.product.isEmpty
    case .profileRegistered: return m.profileRegistered != nil
    case .profileSelected: return m.profileSelected != nil
    case .preinvestmentApproved: return m.preinvestmentApproved != nil
    case .projectedYield: return a.businessPlan.projectedYieldKgPerHa > 0
    case .approvalAct: return m.approvalAct != nil
    case .convenioSigned: return m.convenioSigned != nil
    case .convenioNumber: return !(m.convenioNumber ?? "").trimmingWhitespace.isEmpty
    case .policyExpiry: return m.policyExpiry != nil
    case .buyerAgreement: return !a.agreements.isEmpty
    case .fiduciaryName: return !(m.fiduciaryName ?? "").trimmingWhitespace.isEmpty
    case .opContribution: return m.opContributionDeposited != nil
    case .giroDate: return m.giroAuthorized != nil
    case .cdaInstalled: return m.cdaInstalled != nil
    case .poaApproved: return m.poaApproved != nil
    case .poaIndicators: return !a.poa.isEmpty
    case .activeAgreement: return a.currentAgreement != nil
    case .fundRules: return m.fundRulesApproved != nil
    case .repaymentTarget: return a.finance.fund.repaymentTarget.amount > 0
    case .finalReport: return m.finalReport != nil
    case .liquidationAct: return m.liquidationAct != nil
    }
  }
}
