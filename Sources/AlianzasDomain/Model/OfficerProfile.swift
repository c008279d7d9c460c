/// Who works on this machine: the name every change is signed with, and the accompanying
/// organization (OGA) the officer works for. Kept in the user's config folder, not in the store.
public struct OfficerProfile: Hashable, Sendable, Codable {
  public var name: String
  public var organization: String

  public init(name: String, organization: String) {
    self.name = name
    self.organization = organization
  }
}
