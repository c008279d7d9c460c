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
  /// The figures on `today`; what moves with the calendar (IDAP, alerts) comes from the alliance's
  /// dated inputs, as the store's index derives it on a new day.
  public func figures(instruments: Instruments, today: Day) -> AllianceFigures {
    figures(instruments: instruments, today: today, inputs: datedInputs(instruments.idap, since: today))
  }

  public func datedInputs(_ idap: IDAPDefinition, since day: Day) -> AllianceDatedInputs {
    AllianceDatedInputs(self, links: idap.commercialLinkValues, since: day)
  }

  /// The figures on `today` from inputs already taken (by the index, on `inputs.since`).
  public func figures(instruments: Instruments, today: Day, inputs: AllianceDatedInputs) -> AllianceFigures {
    let current = currentAgreement
    let latest = current ?? agreements.max { $0.start < $1.start }
    let state: AllianceFigures.AgreementState
    if current != nil {
      state = agreements.contains { $0.replaces != nil && $0.isActive } ? .relinked : .active
    } else {
      state = agreements.isEmpty ? .none : .searching
    }
    let base = AllianceFigures(
      code: code, name: name, departmentCode: departmentCode, municipality: municipality.name,
      product: product,
      callYear: callYear, stage: stage, status: status, consolidationZone: consolidationZone,
      vulnerable: organization.isVulnerable, families: organization.members, buyerName: latest?.buyer.name,
      buyerIDs: Array(Set(agreements.map(\.buyer.id))).sorted(),
      agreementsActive: agreements.filter(\.isActive).count,
      agreementsRuptured: agreements.filter { !$0.isActive }.count,
      agreementsRelinked: agreements.filter { $0.replaces != nil }.count, agreementState: state,
      lastVisit: lastVisit?.date, idap: nil, idapBand: nil, idapPartial: false, alerts: [])
    return inputs.figures(base, idap: instruments.idap, today: today)
  }
}
