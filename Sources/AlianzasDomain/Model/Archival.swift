/// Why and by whom a record was set aside. An archived record keeps its data and history; it
/// leaves lists and totals and can be restored. Nothing is destroyed from the interface.
public struct Archival: Hashable, Sendable, Codable {
  public var date: Day
  public var by: String
  public var reason: String

  public init(date: Day, by: String, reason: String) {
    self.date = date
    self.by = by
    self.reason = reason
  }
}
