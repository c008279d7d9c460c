import AlianzasDomain

/// Work the reducer asks the runtime to do; the runtime answers with actions (`saved`,
/// `saveFailed`).
public enum Effect: Hashable, Sendable {
  case quit
  case saveAlliance(Alliance)
  case saveRoster(HouseholdRoster)
}
