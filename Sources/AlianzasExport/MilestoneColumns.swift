import AlianzasDomain

/// The dated steps of an alliance's cycle (`Milestones`) as columns of the `alliances` table, one
/// definition for the export and the import.
public enum MilestoneColumn: String, CaseIterable, Sendable {
  case profileRegistered, profileSelected, preinvestmentApproved, approvalAct, convenioSigned
  case convenioNumber, policyExpiry, fiduciaryName, opContributionDeposited, giroAuthorized
  case cdaInstalled, poaApproved, fundRulesApproved, finalReport, liquidationAct

  /// `milestone_convenio_signed`.
  public var name: String {
    "milestone_"
      + rawValue.reduce(into: "") { out, c in
        if c.isUppercase { out += "_" + c.lowercased() } else { out.append(c) }
      }
  }

  /// The two that are text (the agreement's number, the trust's name); the others are days.
  public var isText: Bool { self == .convenioNumber || self == .fiduciaryName }

  public var label: Localized {
    switch self {
    case .profileRegistered: Localized(es: "Perfil registrado", en: "Profile registered")
    case .profileSelected: Localized(es: "Perfil seleccionado", en: "Profile selected")
    case .preinvestmentApproved: Localized(es: "Preinversión aprobada", en: "Pre-investment approved")
    case .approvalAct: Localized(es: "Acta de aprobación", en: "Approval act")
    case .convenioSigned: Localized(es: "Convenio firmado", en: "Agreement signed")
    case .convenioNumber: Localized(es: "Número del convenio", en: "Agreement number")
    case .policyExpiry: Localized(es: "Vencimiento de la póliza", en: "Policy expiry")
    case .fiduciaryName: Localized(es: "Fiducia", en: "Trust company")
    case .opContributionDeposited:
      Localized(es: "Aporte de la OP consignado", en: "OP contribution deposited")
    case .giroAuthorized: Localized(es: "Giro autorizado", en: "Transfer authorized")
    case .cdaInstalled: Localized(es: "CDA instalado", en: "Board (CDA) installed")
    case .poaApproved: Localized(es: "POA aprobado", en: "Operating plan approved")
    case .fundRulesApproved: Localized(es: "Reglamento del fondo aprobado", en: "Fund rules approved")
    case .finalReport: Localized(es: "Informe final", en: "Final report")
    case .liquidationAct: Localized(es: "Acta de liquidación", en: "Liquidation act")
    }
  }

  public var column: ExportColumn { ExportColumn(name, label, isText ? .text : .date) }

  public func value(_ m: Milestones) -> ExportValue {
    switch self {
    case .convenioNumber: .of(m.convenioNumber)
    case .fiduciaryName: .of(m.fiduciaryName)
    default: .of(day(m))
    }
  }

  public func day(_ m: Milestones) -> Day? {
    switch self {
    case .profileRegistered: m.profileRegistered
    case .profileSelected: m.profileSelected
    case .preinvestmentApproved: m.preinvestmentApproved
    case .approvalAct: m.approvalAct
    case .convenioSigned: m.convenioSigned
    case .policyExpiry: m.policyExpiry
    case .opContributionDeposited: m.opContributionDeposited
    case .giroAuthorized: m.giroAuthorized
    case .cdaInstalled: m.cdaInstalled
    case .poaApproved: m.poaApproved
    case .fundRulesApproved: m.fundRulesApproved
    case .finalReport: m.finalReport
    case .liquidationAct: m.liquidationAct
    case .convenioNumber, .fiduciaryName: nil
    }
  }

  public func set(_ m: inout Milestones, day: Day?) {
    switch self {
    case .profileRegistered: m.profileRegistered = day
    case .profileSelected: m.profileSelected = day
    case .preinvestmentApproved: m.preinvestmentApproved = day
    case .approvalAct: m.approvalAct = day
    case .convenioSigned: m.convenioSigned = day
    case .policyExpiry: m.policyExpiry = day
    case .opContributionDeposited: m.opContributionDeposited = day
    case .giroAuthorized: m.giroAuthorized = day
    case .cdaInstalled: m.cdaInstalled = day
    case .poaApproved: m.poaApproved = day
    case .fundRulesApproved: m.fundRulesApproved = day
    case .finalReport: m.finalReport = day
    case .liquidationAct: m.liquidationAct = day
    case .convenioNumber, .fiduciaryName: break
    }
  }

  public func set(_ m: inout Milestones, text: String?) {
    switch self {
    case .convenioNumber: m.convenioNumber = text
    case .fiduciaryName: m.fiduciaryName = text
    default: break
    }
  }
}
