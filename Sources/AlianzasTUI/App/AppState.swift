import AlianzasDomain

/// The screens, reached with their number key or Tab. Only working screens are listed.
public enum ScreenID: Int, CaseIterable, Sendable, Hashable {
  case panel = 1
  case alliances = 2
  case ruptures = 3
  case households = 4
  case review = 5

  public var title: T {
    switch self {
    case .panel: .screenPanel
    case .alliances: .screenAlliances
    case .ruptures: .screenRuptures
    case .households: .screenHouseholds
    case .review: .screenReview
    }
  }

  public var tab: T {
    switch self {
    case .panel: .tabPanel
    case .alliances: .tabAlliances
    case .ruptures: .tabRuptures
    case .households: .tabHouseholds
    case .review: .tabReview
    }
  }
}

/// A box over the screen that takes the keys until it is closed.
public indirect enum Modal: Hashable, Sendable {
  case help(scroll: Int)
  case message(title: String, lines: [String])
  case error(title: String, lines: [String])
  case confirm(title: String, question: String, onYes: Action)
  case pick(title: String, options: [PickOption], selected: Int, purpose: PickPurpose)
}

public struct PickOption: Hashable, Sendable {
  public var id: String
  public var label: String

  public init(id: String, label: String) {
    self.id = id
    self.label = label
  }
}

/// What a choice in a pick list is for.
public enum PickPurpose: Hashable, Sendable {
  case filterDimension
  case filterValue(FilterDimension)
  case sortColumn
  case status(code: String)
}

public struct StatusMessage: Hashable, Sendable {
  public enum Kind: Sendable { case info, error }
  public var text: String
  public var kind: Kind
}

/// Everything the interface shows, in one value.
public struct AppState: Sendable {
  public var language: Language
  public var width: Int
  public var height: Int
  public var screen: ScreenID = .panel
  public var modals: [Modal] = []
  public var status: StatusMessage?
  public var data: AppData
  public var shouldQuit = false
  public var now: Timestamp
  public var allianceList = AllianceListState()
  /// The alliance list's ordered rows, recomputed only when their inputs change.
  public var allianceRows: AllianceRowsCache?

  /// The alliance list's rows, from the cache when it is current.
  public var listRows: [AllianceFigures] {
    if let cache = allianceRows, cache.key == allianceList.cacheKey(data) { return cache.rows }
    return allianceList.rows(data)
  }
  public var detail: AllianceDetailState?
  public var editor: EditorState?
  public var ruptures = RuptureState()
  /// The rupture screen's analyses, recomputed when the data or the grouping changes.
  public var ruptureAnalysis: RuptureAnalysis?
  public var households = HouseholdState()
  /// The survey being filled, when one is open.
  public var survey: SurveySession?
  public var comparisons: ComparisonCache?
  /// Files changed on screen and not on disk yet (`alliances/CODE`, `households/CODE`): in the
  /// live runtime, those whose save failed.
  public var unsaved: Set<String> { data.workspace.unsaved }
  /// Conflicts and duplicate candidates waiting for a person.
  public var review = ReviewState()

  public static let minimumWidth = 60
  public static let minimumHeight = 20

  public init(data: AppData, language: Language, width: Int, height: Int) {
    self.data = data
    self.language = language
    self.width = width
    self.height = height
    now = Timestamp(day: data.today, hour: 12)
    if !data.problems.isEmpty {
      let count = data.problems.count
      status = StatusMessage(
        text: count == 1 ? T.problemsOne(language) : T.problemsCount(language, count), kind: .error)
    } else if let reason = data.readOnlyReason {
      status = StatusMessage(text: T.readOnlyBecause(language, reason(language)), kind: .error)
    }
  }

  public var author: Author { Author(device: data.device, officer: data.officer, at: now) }

  public var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }

  public func t(_ key: T, _ arguments: CustomStringConvertible...) -> String {
    var text = key(language)
    for (i, argument) in arguments.enumerated() {
      text = text.replacingAll("{\(i)}", with: argument.description)
    }
    return text
  }
}
