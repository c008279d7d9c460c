extension Alliance {
  static let idapIndicatorIDs = ["C1", "C2", "C3", "C4", "E1", "E2", "E3", "E4", "S1", "S2", "S3", "S4"]

  /// The twelve raw IDAP indicators computed from this alliance's own records on `today`
  /// (paap-domain.md §2.3). A nil value means the records do not allow it yet.
  /// Computed through `AllianceDatedInputs`, as the store's index derives them for a new day.
  public func idapRaw(today: Day, links: IDAPDefinition.CommercialLinkValues) -> [String: Double?] {
    AllianceDatedInputs(self, links: links, since: today).idapRaw(today: today)
  }

  /// IDAP S3: 1 while the first buyer stays, less the longer a re-link took, 0 without a buyer.
  func commercialLink(links: IDAPDefinition.CommercialLinkValues) -> Double? {
    guard let first = firstAgreement else { return nil }
    guard let end = first.rupture?.date else { return links.originalActive }
    guard let next = relink(of: first) else { return links.none }
    return end.days(until: next.start) <= 182 ? links.relinkedWithinSemester : links.relinkedLater
  }

  public func idap(_ definition: IDAPDefinition, today: Day) -> IDAPResult {
    definition.score(raw: idapRaw(today: today, links: definition.commercialLinkValues))
  }
}
