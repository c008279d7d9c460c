import AlianzasDomain

/// Everything that can happen to the interface: keys, the terminal's size, and what the runtime
/// reports back after carrying out an effect.
public indirect enum Action: Hashable, Sendable {
  case key(Key)
  case resize(width: Int, height: Int)
  case show(ScreenID)
  case nextScreen
  case previousScreen
  case openHelp
  case closeModal
  case quit
  case toggleLanguage
  case showProblems
  /// An action that cannot be done now; its reason goes to the status line.
  case refused(Localized)
  /// The runtime saved this file.
  case saved(String)
  /// The runtime saved this file onto a version changed outside the interface (a sync tool):
  /// the record written, with both changes, replaces the one on screen.
  case savedMerged(String, alliance: Alliance?, roster: HouseholdRoster?)
  case reviewLoaded([ReviewItem])
  case reviewMove(Int)
  /// Choose option `n` (a, b, …) of the selected item; for duplicates `-1` means "different families".
  case reviewChoose(Int)
  /// A choice was applied: the new list, and the record as it now is.
  case reviewApplied([ReviewItem], alliance: Alliance?, roster: HouseholdRoster?)
  case reviewFailed(Localized)
  /// Show the history of the open alliance or the selected household.
  case showRecordHistory
  case historyLoaded(title: String, entries: [HistoryEntry])
  /// The runtime could not save; the change stays on screen, marked unsaved.
  case saveFailed(String, Localized)
  /// The runtime's clock, before each key: stamps of new changes use it.
  case clock(Timestamp)
  /// Retry the saves that failed.
  case retrySaves
  case listMove(Int)
  case openSelected
  case startSearch
  case clearSearch
  case pickFilter
  case clearFilters
  case pickSort
  case reverseSort
  case openEditor(EditorPurpose)
  case closeDetail
  case detailTab(Int)
  case stageMove(Int)
  case visitMove(Int)
  case pickStatus(String)
  case picked(PickPurpose, String)
  case ruptureView(Int)
  case ruptureMove(Int)
  case openHistory
  case closeHistory
  case startRuptureSearch
  case cycleShow
  case cycleGrouping
  case riskMove(Int)
  case openRiskHistory
  case householdView(Int)
  case householdMove(Int)
  case openRoster
  case closeRoster
  case startHouseholdSearch
  case openSurvey
  case newSurveyRound
  case closeSurvey
  case cycleComparison
  case cyclePovertyLine
  case allianceLoaded(Alliance)
  case rosterLoaded(HouseholdRoster)
  /// A file asked for could not be read; it is named and not asked for again.
  case loadFailed(String, Localized)
  case loadedAll(alliances: Bool)
}

/// A key binding: which keys, what they do, how the help names them and, when they cannot act
/// now, why. The status line and the help are generated from these.
public struct Binding: Sendable {
  public var keys: [Key]
  public var keyLabel: String?
  public var description: T
  public var action: Action
  public var disabledReason: Localized?
  public var inStatusLine: Bool

  public init(
    _ keys: [Key], _ description: T, _ action: Action, keyLabel: String? = nil,
    disabledReason: Localized? = nil,
    inStatusLine: Bool = false
  ) {
    self.keys = keys
    self.keyLabel = keyLabel
    self.description = description
    self.action = action
    self.disabledReason = disabledReason
    self.inStatusLine = inStatusLine
  }

  public func label(_ language: Language) -> String {
    keyLabel ?? keys.map { $0.label(language) }.joined(separator: "/")
  }
}
