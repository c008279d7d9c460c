import AlianzasDomain

/// Where the user is on the household screen, the survey being filled and the comparisons.
public struct HouseholdState: Sendable {
  public enum View: Int, CaseIterable, Sendable, Hashable {
    case rosters, comparisons
  }

  public var view: View = .rosters
  /// The alliance whose roster is open.
  public var roster: String?
  /// The selected alliance (by code) and household (by id).
  public var selectedAlliance = Selection()
  public var selectedHousehold = Selection()
  /// The search over the alliances, and the one over the open roster.
  public var search = SearchField()
  public var rosterSearch = SearchField()
  public var comparison: ComparisonGrouping = .beneficiary
  /// The comparisons' design; nil is the study's when the store holds its surveys.
  public var comparisonDesign: ComparisonDesign?
  /// Whether the roster lists the archived households (to restore one) instead of the others.
  public var showArchived = false
  /// The survey being filled, when one is open.
  public var survey: SurveySession?
  /// Group comparisons over every household, recomputed when the data changes.
  public var comparisons: ComparisonCache?

  public init() {}
}

/// A survey being filled: which household, which survey (nil until the first answer creates it),
/// the form, and the poverty line the side panel shows.
public struct SurveySession: Hashable, Sendable {
  public var code: String
  public var householdID: RecordID
  public var surveyID: RecordID?
  public var form: FormState
  public var lineIndex: Int
  /// A complete survey opens read-only; `U` unlocks it with a reason.
  public var locked = false
  /// The survey before each answer confirmed in this session, latest last: `u` goes back one.
  public var undo: [SurveyUndo] = []

  public init(code: String, householdID: RecordID, surveyID: RecordID?, form: FormState, lineIndex: Int) {
    self.code = code
    self.householdID = householdID
    self.surveyID = surveyID
    self.form = form
    self.lineIndex = lineIndex
  }
}

/// What `u` restores: the survey as it was before one answer (nil: the answer created it), and
/// the question to go back to.
public struct SurveyUndo: Hashable, Sendable {
  public var survey: Survey?
  public var focus: Int
}

/// Group comparisons over every household, cached against the data's revision: each grouping
/// under each design, from one pass over the surveys.
public struct ComparisonCache: Sendable {
  public var revision: Int
  /// The design used when the user has not chosen one.
  public var preferred: ComparisonDesign
  public var results: [ComparisonDesign: [ComparisonGrouping: GroupComparison]]

  init(data: AppData) {
    revision = data.revision
    let samples = data.workspace.samples(instruments: data.instruments, today: data.today)
    preferred = .preferred(for: samples)
    var results: [ComparisonDesign: [ComparisonGrouping: GroupComparison]] = [:]
    for design in ComparisonDesign.allCases {
      for grouping in ComparisonGrouping.allCases {
        results[design, default: [:]][grouping] = GroupComparison(
          samples: samples, by: grouping, design: design)
      }
    }
    self.results = results
  }

  /// The comparison on screen: the chosen grouping under the chosen (or preferred) design.
  func result(_ grouping: ComparisonGrouping, _ design: ComparisonDesign?) -> GroupComparison? {
    results[design ?? preferred]?[grouping]
  }
}

extension AppData {
  func household(_ code: String, _ id: RecordID) -> Household? {
    rosters[code]?.households.first { $0.id == id }
  }
}
