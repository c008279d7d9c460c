/// What one alliance contributes to lists and panels: identity, stage, IDAP, agreement state,
/// alerts. Derived from the alliance file alone, so it can be cached per file.
public struct AllianceFigures: Hashable, Sendable, Codable {
  public enum AgreementState: String, Sendable, Codable {
    case none, active, searching, relinked
  }

  public enum Alert: String, CaseIterable, Sendable, Codable {
    case noRecentVisit, repaymentsBehind, rupturedWithoutBuyer
  }

  public var code: String
  public var name: String
  public var departmentCode: String
  public var municipality: String
  public var product: String
  public var callYear: Int
  public var stage: Stage
  public var status: AllianceStatus
  public var consolidationZone: Bool
  public var vulnerable: Bool
  public var families: Int
  public var buyerName: String?
  public var buyerIDs: [RecordID]
  public var agreementsActive: Int
  public var agreementsRuptured: Int
  public var agreementsRelinked: Int
  public var agreementState: AgreementState
  public var lastVisit: Day?
  public var idap: Double?
  public var idapBand: Int?
  public var idapPartial: Bool
  public var alerts: [Alert]
}

extension Alliance {
  public func figures(instruments: Instruments, today: Day) -> AllianceFigures {
    let result = idap(instruments.idap, today: today)
    let current = currentAgreement
    let latest = current ?? agreements.max { $0.start < $1.start }
    let state: AllianceFigures.AgreementState
    if current != nil {
      state = agreements.contains { $0.replaces != nil && $0.isActive } ? .relinked : .active
    } else {
      state = agreements.isEmpty ? .none : .searching
    }
    var alerts: [AllianceFigures.Alert] = []
    let operating = status != .cerrada && stage >= .ejecucion
    if operating, (lastVisit?.date).map({ $0.days(until: today) > 60 }) ?? true {
      alerts.append(.noRecentVisit)
    }
    let due = finance.fund.dueBy(today)
    if operating, due.amount > 0, finance.fund.repaid.double < 0.8 * due.double {
      alerts.append(.repaymentsBehind)
    }
    if status != .cerrada, state == .searching { alerts.append(.rupturedWithoutBuyer) }
    return AllianceFigures(
      code: code, name: name, departmentCode: departmentCode, municipality: municipality.name,
      product: product,
      callYear: callYear, stage: stage, status: status, consolidationZone: consolidationZone,
      vulnerable: organization.isVulnerable, families: organization.members, buyerName: latest?.buyer.name,
      buyerIDs: Array(Set(agreements.map(\.buyer.id))).sorted(),
      agreementsActive: agreements.filter(\.isActive).count,
      agreementsRuptured: agreements.filter { !$0.isActive }.count,
      agreementsRelinked: agreements.filter { $0.replaces != nil }.count, agreementState: state,
      lastVisit: lastVisit?.date, idap: result.score, idapBand: result.band, idapPartial: result.partial,
      alerts: alerts)
  }
}
