/// A surveyed household: a beneficiary of the alliance or a member of its control group.
/// Personal data is kept to what the field needs: a name to find the family, a document number
/// to catch a family registered twice.
public struct Household: Hashable, Sendable, Codable, Identifiable {
  public var id: RecordID
  public var stamp: RecordStamp
  public var code: String
  public var group: HouseholdGroup
  public var headName: String
  public var documentNumber: String
  public var village: String
  public var members: Int
  public var minors: Int
  public var vulnerability: [VulnerableGroup]
  public var trained: Bool
  /// When the family joined the alliance; nil for the control group.
  public var joined: Day?
  public var surveys: [Survey]
  /// Households a reviewer confirmed are different families although they look alike (same
  /// document or same name and village): not flagged as duplicates again.
  public var distinctFrom: [RecordID]? = nil
  /// The join date a beneficiary had when it was moved to the control group (which has none),
  /// so that moving it back restores the date instead of losing it.
  public var joinedBeforeControl: Day? = nil
  /// Set aside with a reason: out of lists and totals, kept with its history, restorable.
  public var archived: SignedReason? = nil
  /// The titular's authorization to process the household's data; nil when none is recorded.
  public var authorization: Authorization? = nil

  public init(
    id: RecordID, stamp: RecordStamp, code: String, group: HouseholdGroup, headName: String,
    documentNumber: String, village: String, members: Int, minors: Int,
    vulnerability: [VulnerableGroup] = [], trained: Bool, joined: Day?, surveys: [Survey] = []
  ) {
    self.id = id
    self.stamp = stamp
    self.code = code
    self.group = group
    self.headName = headName
    self.documentNumber = documentNumber
    self.village = village
    self.members = members
    self.minors = minors
    self.vulnerability = vulnerability
    self.trained = trained
    self.joined = joined
    self.surveys = surveys
  }

  /// The survey that speaks for the household now: the latest complete one, else the latest draft.
  public var currentSurvey: Survey? {
    surveys.filter { $0.status == .complete }.max { $0.date < $1.date }
      ?? surveys.max { $0.date < $1.date }
  }

  public func yearsInAlliance(on today: Day) -> Double? {
    joined.map { Double($0.days(until: today)) / 365.25 }
  }
}

public enum HouseholdGroup: String, CaseIterable, Sendable, Codable {
  case beneficiary, control

  public var label: Localized {
    switch self {
    case .beneficiary: Localized(es: "Beneficiario", en: "Beneficiary")
    case .control: Localized(es: "Control", en: "Control")
    }
  }
}

public enum VulnerableGroup: String, CaseIterable, Sendable, Codable, Comparable {
  case displaced, afroColombian, indigenous

  public static func < (a: VulnerableGroup, b: VulnerableGroup) -> Bool { a.rawValue < b.rawValue }

  public var label: Localized {
    switch self {
    case .displaced: Localized(es: "Desplazado", en: "Displaced")
    case .afroColombian: Localized(es: "Afrocolombiano", en: "Afro-Colombian")
    case .indigenous: Localized(es: "Indígena", en: "Indigenous")
    }
  }

  /// Abbreviated for a narrow column, with the point that says it is cut.
  public var shortLabel: Localized {
    switch self {
    case .displaced: Localized(es: "Despl.", en: "Displ.")
    case .afroColombian: Localized(es: "Afro", en: "Afro")
    case .indigenous: Localized(es: "Indíg.", en: "Indig.")
    }
  }
}

extension [VulnerableGroup] {
  /// Fits a column of nine: the first group abbreviated and how many more ("Indíg. +1").
  public func brief(_ language: Language) -> String {
    guard let first else { return "" }
    return first.shortLabel(language) + (count > 1 ? " +\(count - 1)" : "")
  }
}

/// All households of one alliance (beneficiaries and its control group): `households/<code>.json`.
public struct HouseholdRoster: Hashable, Sendable, Codable {
  public var allianceCode: String
  public var households: [Household]

  public init(allianceCode: String, households: [Household]) {
    self.allianceCode = allianceCode
    self.households = households
  }
}

extension HouseholdRoster {
  /// The households that count: every one not archived. Lists, totals, scores and analyses use
  /// these; archived ones stay in the file with their history.
  public var inUse: [Household] { households.filter { $0.archived == nil } }
}

extension Household {
  /// Moves the household to `newGroup`. A control household has no join date: the one it had is
  /// kept aside and comes back if the household returns to the beneficiaries.
  public mutating func changeGroup(to newGroup: HouseholdGroup) {
    guard newGroup != group else { return }
    switch newGroup {
    case .control:
      if let joined { joinedBeforeControl = joined }
      joined = nil
    case .beneficiary:
      if joined == nil { joined = joinedBeforeControl }
      joinedBeforeControl = nil
    }
    group = newGroup
  }
}
