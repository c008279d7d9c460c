/// A field visit by an OGA officer: what was seen, delivered and promised.
public struct Visit: Hashable, Sendable, Codable, Identifiable {
  public var id: RecordID
  public var stamp: RecordStamp
  public var date: Day
  public var officer: String
  public var kind: VisitKind
  public var poaProgress: [POAProgress]
  public var deliveries: [Delivery]
  public var checklist: ManagementChecklist
  public var observations: String
  public var commitments: [Commitment]
  /// The supervisor's verdict and the officer's answer; nil until reviewed.
  public var review: SupervisorReview? = nil
  /// The OP's members still active in the alliance, as the officer counted them on this visit
  /// (the attendance list or the OP's register); nil when not counted. Compared visit to visit.
  public var activeMembers: Int? = nil

  public init(
    id: RecordID, stamp: RecordStamp, date: Day, officer: String, kind: VisitKind,
    poaProgress: [POAProgress] = [], deliveries: [Delivery] = [],
    checklist: ManagementChecklist = ManagementChecklist(), observations: String = "",
    commitments: [Commitment] = []
  ) {
    self.id = id
    self.stamp = stamp
    self.date = date
    self.officer = officer
    self.kind = kind
    self.poaProgress = poaProgress
    self.deliveries = deliveries
    self.checklist = checklist
    self.observations = observations
    self.commitments = commitments
  }
}

public enum VisitKind: String, CaseIterable, Sendable, Codable {
  case tecnica, socioEmpresarial, comercial, fondoRotatorio, cda, asamblea

  public var label: Localized {
    switch self {
    case .tecnica: Localized(es: "Técnica a UPA", en: "Technical (farm)")
    case .socioEmpresarial: Localized(es: "Socio-empresarial", en: "Socio-business")
    case .comercial: Localized(es: "Comercial", en: "Commercial")
    case .fondoRotatorio: Localized(es: "Fondo rotatorio", en: "Revolving fund")
    case .cda: Localized(es: "Comité directivo (CDA)", en: "Alliance board (CDA)")
    case .asamblea: Localized(es: "Asamblea de la OP", en: "OP assembly")
    }
  }
}

/// Progress on one POA indicator, reported on a visit: the new cumulative "realizado".
public struct POAProgress: Hashable, Sendable, Codable {
  public var indicatorID: RecordID
  public var done: Double

  public init(indicatorID: RecordID, done: Double) {
    self.indicatorID = indicatorID
    self.done = done
  }
}

public struct Delivery: Hashable, Sendable, Codable {
  public var date: Day
  public var kg: Double
  public var pricePerKg: Pesos
  public var rejectedKg: Double

  public init(date: Day, kg: Double, pricePerKg: Pesos, rejectedKg: Double = 0) {
    self.date = date
    self.kg = kg
    self.pricePerKg = pricePerKg
    self.rejectedKg = rejectedKg
  }
}

/// The four organisational facts IDAP E4 counts; nil means "not checked on this visit".
public struct ManagementChecklist: Hashable, Sendable, Codable {
  public var costsKnown: Bool?
  public var booksUpToDate: Bool?
  public var assemblyHeldLastYear: Bool?
  public var cdaSessionsAsPlanned: Bool?

  public init(
    costsKnown: Bool? = nil, booksUpToDate: Bool? = nil, assemblyHeldLastYear: Bool? = nil,
    cdaSessionsAsPlanned: Bool? = nil
  ) {
    self.costsKnown = costsKnown
    self.booksUpToDate = booksUpToDate
    self.assemblyHeldLastYear = assemblyHeldLastYear
    self.cdaSessionsAsPlanned = cdaSessionsAsPlanned
  }

  public var answers: [Bool?] { [costsKnown, booksUpToDate, assemblyHeldLastYear, cdaSessionsAsPlanned] }
  public var isEmpty: Bool { answers.allSatisfy { $0 == nil } }
}

public struct Commitment: Hashable, Sendable, Codable {
  public var text: String
  public var due: Day

  public init(text: String, due: Day) {
    self.text = text
    self.due = due
  }
}

/// A row of the alliance's operating plan (POA).
public struct POAIndicator: Hashable, Sendable, Codable, Identifiable {
  public var id: RecordID
  public var component: String
  public var name: String
  public var unit: String
  public var target: Double
  /// "Programado a la fecha".
  public var scheduled: Double
  /// "Realizado".
  public var done: Double

  public init(
    id: RecordID, component: String, name: String, unit: String, target: Double,
    scheduled: Double, done: Double
  ) {
    self.id = id
    self.component = component
    self.name = name
    self.unit = unit
    self.target = target
    self.scheduled = scheduled
    self.done = done
  }
}
