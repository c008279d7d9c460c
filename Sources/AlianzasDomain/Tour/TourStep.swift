/// One step of the trainers' guided tour (`data/rules/tour.json`): the keys that bring a fresh
/// interface to the screen it explains, the text on that screen it points at, and what it says.
public struct TourStep: Hashable, Sendable, Codable {
  public var id: String
  /// The kind of record the step shows; its code replaces `{code}` in `keys`. nil: none.
  public var record: TourRecord?
  /// The keys from the panel, as `KeyScript` writes them (`2/{code}<Enter><Enter>`).
  public var keys: String
  /// Text on the screen the step points at (a panel's title, a column's heading).
  public var anchor: Localized
  public var title: Localized
  /// Two or three sentences.
  public var text: Localized

  public init(
    id: String, record: TourRecord? = nil, keys: String, anchor: Localized, title: Localized, text: Localized
  ) {
    self.id = id
    self.record = record
    self.keys = keys
    self.anchor = anchor
    self.title = title
    self.text = text
  }

  /// The keys with the record's code in place.
  public func keys(code: String?) -> String {
    guard let code else { return keys }
    return keys.replacingOccurrences(of: "{code}", with: code)
  }
}

/// The records a tour step can need, found in whatever demo the sandbox holds (so the tour does
/// not name codes a different seed or scale would not have): the first by code that fits.
public enum TourRecord: String, Hashable, Sendable, Codable, CaseIterable {
  /// Active, before the last stage, its next step refused for a missing fact.
  case refusedStep
  /// Delivering to a buyer, with visits that recorded deliveries.
  case delivering
  /// Lost a buyer and found another (a re-link).
  case relinked
  /// Has surveyed households.
  case surveyed

  /// The first alliance by code that fits; `surveyed` says whether an alliance's roster has a
  /// complete survey.
  public func find(in alliances: [Alliance], surveyed: (String) -> Bool = { _ in false }) -> String? {
    alliances.sorted { $0.code < $1.code }.first { fits($0, surveyed: surveyed) }?.code
  }

  func fits(_ a: Alliance, surveyed: (String) -> Bool) -> Bool {
    switch self {
    case .refusedStep:
      if a.status == .activa, case .refused = Lifecycle.nextStep(a) { return true }
      return false
    case .delivering:
      return a.status == .activa && a.visits.filter { !$0.deliveries.isEmpty }.count >= 2
    case .relinked:
      return a.agreements.contains { $0.replaces != nil }
    case .surveyed:
      return a.status == .activa && a.visits.count >= 2
        && surveyed(a.code)
    }
  }
}
