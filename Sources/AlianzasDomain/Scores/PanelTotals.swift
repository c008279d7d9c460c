/// National figures as running sums over alliances: adding or removing one alliance's figures
/// costs the same whatever the number of alliances.
public struct PanelTotals: Hashable, Sendable, Codable {
  public var alliances = 0
  public var families = 0
  public var byStage = Array(repeating: 0, count: Stage.allCases.count)
  public var byStatus = Array(repeating: 0, count: AllianceStatus.allCases.count)
  public var byDepartment: [String: Int] = [:]
  public var byProduct: [String: Int] = [:]
  public var byCallYear: [String: Int] = [:]
  public var consolidationZone = 0
  public var vulnerable = 0
  /// IDAP kept in millionths of a point so sums are exact.
  public var idapScored = 0
  public var idapMicroSum: Int64 = 0
  public var idapByBand = [0, 0, 0]
  public var idapPartial = 0
  public var agreementsActive = 0
  public var agreementsRuptured = 0
  public var agreementsRelinked = 0
  public var searching = 0
  /// How many alliances deal with each buyer; the number of keys is the number of buyers.
  public var buyerUse: [RecordID: Int] = [:]
  public var alerts: [String: Int] = [:]
  public var households = HouseholdTally()

  public init() {}

  public var buyers: Int { buyerUse.count }
  public var departments: Int { byDepartment.count }
  public var idapMean: Double? { idapScored > 0 ? Double(idapMicroSum) / 1e6 / Double(idapScored) : nil }

  public mutating func add(_ f: AllianceFigures, sign: Int = 1) {
    alliances += sign
    families = families.addingReportingOverflow(sign * min(f.families, 1_000_000_000)).partialValue
    byStage[f.stage.number - 1] += sign
    byStatus[AllianceStatus.allCases.firstIndex(of: f.status)!] += sign
    Self.bump(&byDepartment, f.departmentCode, sign)
    Self.bump(&byProduct, f.product, sign)
    Self.bump(&byCallYear, String(f.callYear), sign)
    if f.consolidationZone { consolidationZone += sign }
    if f.vulnerable { vulnerable += sign }
    if let idap = f.idap, let band = f.idapBand {
      idapScored += sign
      idapMicroSum += Int64(sign) * Int64((idap * 1e6).rounded())
      if band < idapByBand.count { idapByBand[band] += sign }
      if f.idapPartial { idapPartial += sign }
    }
    agreementsActive += sign * f.agreementsActive
    agreementsRuptured += sign * f.agreementsRuptured
    agreementsRelinked += sign * f.agreementsRelinked
    if f.agreementState == .searching { searching += sign }
    for id in f.buyerIDs { Self.bump(&buyerUse, id, sign) }
    for alert in f.alerts { Self.bump(&alerts, alert.rawValue, sign) }
  }

  private static func bump(_ counts: inout [String: Int], _ key: String, _ sign: Int) {
    let value = (counts[key] ?? 0) + sign
    counts[key] = value == 0 ? nil : value
  }
}
