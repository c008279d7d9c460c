/// Dated evidence that stages require: each is a document or an act in the alliance's folder
/// (paap-domain.md §1.4). A nil date means the fact has not been recorded yet.
public struct Milestones: Hashable, Sendable, Codable {
  public var profileRegistered: Day?
  public var profileSelected: Day?
  public var preinvestmentApproved: Day?
  public var approvalAct: Day?
  public var convenioSigned: Day?
  public var convenioNumber: String?
  public var policyExpiry: Day?
  public var fiduciaryName: String?
  public var opContributionDeposited: Day?
  public var giroAuthorized: Day?
  public var cdaInstalled: Day?
  public var poaApproved: Day?
  public var fundRulesApproved: Day?
  public var finalReport: Day?
  public var liquidationAct: Day?

  public init() {}
}
