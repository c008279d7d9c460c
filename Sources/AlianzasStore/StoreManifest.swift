import AlianzasDomain

/// `store.json`: what kind of folder this is, which format its files follow, which device made it,
/// and for demo stores the date the demo is seen from.
public struct StoreManifest: Codable, Sendable, Hashable {
  public var kind: String
  public var formatVersion: Int
  public var created: Timestamp
  public var deviceID: String
  /// Set on demo stores: the application treats this day as "today" so the demo stays coherent.
  public var asOf: Day?
  /// Shared by every copy of one store (set when it is made, carried by its bundles): bundles of
  /// another lineage are refused.
  public var lineage: String?

  public static let kindName = "alianzas-store"
  /// Format 2 keeps households in their own files; format 1 (before the first release) kept them
  /// inside the alliance file.
  public static let currentFormat = 2

  public init(created: Timestamp, deviceID: String, asOf: Day? = nil, lineage: String? = nil) {
    kind = StoreManifest.kindName
    formatVersion = StoreManifest.currentFormat
    self.created = created
    self.deviceID = deviceID
    self.asOf = asOf
    self.lineage = lineage
  }
}
