/// One productive alliance: the aggregate kept in `alliances/<code>.json`.
public struct Alliance: Hashable, Sendable, Codable, Identifiable {
  public var id: RecordID
  public var stamp: RecordStamp
  /// Department abbreviation, call year and number, e.g. `CAU-2012-017`.
  public var code: String
  public var name: String
  /// DIVIPOLA department code (two digits).
  public var departmentCode: String
  public var municipality: Place
  /// Product chain id from `data/reference/products.json`.
  public var product: String
  public var callYear: Int
  public var consolidationZone: Bool
  public var oga: String
  public var stage: Stage
  public var status: AllianceStatus
  public var stageHistory: [StageEvent]
  public var statusHistory: [StatusEvent]
  public var milestones: Milestones
  public var organization: ProducerOrganization
  public var agreements: [Agreement]
  public var finance: Finance
  public var businessPlan: BusinessPlan
  public var poa: [POAIndicator]
  public var visits: [Visit]
  /// Plausibility warnings a person looked at and confirmed, with who and when.
  public var plausibilityConfirmed: [PlausibilityConfirmation]? = nil

  public init(
    id: RecordID, stamp: RecordStamp, code: String, name: String, departmentCode: String,
    municipality: Place, product: String, callYear: Int, consolidationZone: Bool, oga: String,
    stage: Stage = .convocatoria, status: AllianceStatus = .activa, stageHistory: [StageEvent] = [],
    statusHistory: [StatusEvent] = [], milestones: Milestones = Milestones(),
    organization: ProducerOrganization, agreements: [Agreement] = [], finance: Finance,
    businessPlan: BusinessPlan, poa: [POAIndicator] = [], visits: [Visit] = []
  ) {
    self.id = id
    self.stamp = stamp
    self.code = code
    self.name = name
    self.departmentCode = departmentCode
    self.municipality = municipality
    self.product = product
    self.callYear = callYear
    self.consolidationZone = consolidationZone
    self.oga = oga
    self.stage = stage
    self.status = status
    self.stageHistory = stageHistory
    self.statusHistory = statusHistory
    self.milestones = milestones
    self.organization = organization
    self.agreements = agreements
    self.finance = finance
    self.businessPlan = businessPlan
    self.poa = poa
    self.visits = visits
  }

  /// The first commercial agreement: the one whose duration the study models.
  public var firstAgreement: Agreement? { agreements.min { $0.start < $1.start } }

  /// The agreement in force now, if any.
  public var currentAgreement: Agreement? {
    agreements.filter(\.isActive).max { $0.start < $1.start }
  }

  /// The agreement that replaced `agreement` after its rupture, if one was recorded.
  public func relink(of agreement: Agreement) -> Agreement? {
    agreements.filter { $0.replaces == agreement.id }.min { $0.start < $1.start }
  }

  public var lastVisit: Visit? { visits.max { $0.date < $1.date } }

  public var deliveries: [Delivery] { visits.flatMap(\.deliveries) }

  /// When the alliance's current stage was entered.
  public var stageDate: Day? { stageHistory.last?.date }
}

/// A municipality: DIVIPOLA code (five digits, the first two its department's) and name.
public struct Place: Hashable, Sendable, Codable {
  public var code: String
  public var name: String

  public init(code: String, name: String) {
    self.code = code
    self.name = name
  }
}
