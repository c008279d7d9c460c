import AlianzasDomain

/// The study's analyses over the current records, computed once per change of the data (or of
/// the grouping) and kept, so moving around the screen costs nothing.
public struct RuptureAnalysis: Sendable {
  public struct Group: Sendable {
    public var name: String
    public var curve: KaplanMeierCurve
  }

  public var revision: Int
  public var grouping: SurvivalGrouping
  public var language: Language
  public var groups: [Group]
  public var logRank: LogRankResult?
  public var cox: Result<CoxFit, CoxError>
  public var relink: RelinkTable
  public var risks: [AgreementRisk]
  /// Alliances whose first agreement broke more than six months ago with no new buyer yet.
  public var longSearches: [(code: String, days: Int)]

  static let maximumGroups = 4

  public init(data: AppData, grouping: SurvivalGrouping, language: Language) {
    revision = data.revision
    self.grouping = grouping
    self.language = language
    let alliances = Array(data.alliances.values)
    let durations = AgreementSurvival.durations(alliances, today: data.today)
    var split = AgreementSurvival.groups(
      durations, by: grouping, reference: data.reference, language: language)
    // Many product or department curves would be unreadable: the largest ones, the rest together.
    if split.count > Self.maximumGroups {
      let sorted = split.sorted { $0.observations.count > $1.observations.count }
      let rest = sorted.dropFirst(Self.maximumGroups - 1).flatMap(\.observations)
      split = Array(sorted.prefix(Self.maximumGroups - 1)) + [(T.otherGroups(language), rest)]
    }
    groups = split.map { Group(name: $0.name, curve: KaplanMeier.fit($0.observations)) }
    logRank = LogRank.test(split.map(\.observations))
    do {
      let fit = try AgreementSurvival.cox(durations)
      cox = .success(fit)
      risks = AgreementSurvival.riskRanking(durations, fit: fit)
    } catch {
      cox = .failure(error)
      risks = []
    }
    relink = RelinkTable(alliances: alliances)
    let threshold = data.reference.monitoring.longSearchDays
    longSearches = alliances.compactMap { a -> (String, Int)? in
      a.searchingForBuyer(today: data.today, longerThan: threshold).map { (a.code, $0) }
    }.sorted { $0.1 > $1.1 }
  }

  func isCurrent(_ state: AppState) -> Bool {
    // (The language is part of the key: group names are words.)
    revision == state.data.revision && grouping == state.ruptures.grouping && language == state.language
  }
}
