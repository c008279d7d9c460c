import AlianzasDomain

/// Work the reducer asks the runtime to do; the runtime answers with actions (`saved`,
/// `saveFailed`).
public enum Effect: Hashable, Sendable {
  case quit
  case saveAlliance(Alliance)
  case saveRoster(HouseholdRoster)
  /// Parse one alliance's file (opening its detail).
  case loadAlliance(String)
  /// Parse one alliance's households (opening its roster).
  case loadRoster(String)
  /// Parse every alliance file (the rupture analyses need them all).
  case loadAllAlliances
  /// Parse every household file (the group comparisons need them all).
  case loadAllRosters
}
