import AlianzasDomain

/// Everything that can happen to the interface: keys, the terminal's size, what the runtime
/// reports back after carrying out an effect, and each screen's own actions (`.feature`).
public indirect enum Action: Hashable, Sendable {
  case key(Key)
  /// A key sent by the tour (or a script) as if typed: the tour's own keys do not take it.
  case replayedKey(Key)
  /// Keys to send one after the other, each once the effects of the one before are done.
  case replay([Key])
  /// The trainers' guided tour.
  case tour(TourAction)
  /// Start the sandbox again from its copy of the demo (the command line does it).
  case resetSandbox
  /// Open the tour on a throw-away copy of this demo store (the command line does it).
  case startTour
  /// Open the pane that explains a score, a screen or the program's terms.
  case explain(ExplainSubject)
  case resize(width: Int, height: Int)
  case show(ScreenID)
  case nextScreen
  case previousScreen
  case openHelp
  case quit
  case toggleLanguage
  case showProblems
  /// An action that cannot be done now; its reason goes to the status line.
  case refused(Localized)
  /// The runtime's clock, before each key: stamps of new changes use it.
  case clock(Timestamp)
  /// A box over the screen: help scroll, pick lists, confirmations, closing.
  case modal(ModalAction)
  /// The open form (an editor over a screen).
  case form(FormAction)
  case openEditor(EditorPurpose)
  /// Retry the saves that failed.
  case retrySaves
  /// The runtime saved this file.
  case saved(String)
  /// The runtime saved this file onto a version changed outside the interface (a sync tool):
  /// the record written, with both changes, replaces the one on screen.
  case savedMerged(String, alliance: Alliance?, roster: HouseholdRoster?)
  /// The runtime could not save; the change stays on screen, marked unsaved.
  case saveFailed(String, Localized)
  case allianceLoaded(Alliance)
  case rosterLoaded(HouseholdRoster)
  /// A roster a bulk load read for the screens that look across every household.
  case rosterDigested(RosterDigest)
  /// A file asked for could not be read; it is named and not asked for again.
  case loadFailed(String, Localized)
  case loadedAll(alliances: Bool)
  /// A record's history, read by the runtime, to show in a box.
  case historyLoaded(title: String, entries: [HistoryEntry])
  /// One screen's action, routed to that screen's reducer.
  case feature(AnyFeatureAction)
  /// `/` where the screen has no search of its own: find an alliance or a household anywhere
  /// (by code, name, department, product, head's name or document number).
  case findAnywhere
  case openFind
  /// The first start's question: the officer's name, then the organization.
  case officerNamed(String)
  case officerSet(name: String, organization: String)
  /// An export finished: how many rows went where; or why it did not.
  case exported(table: String, path: String, rows: Int)
  /// The steps of exporting a list (see `ExportDialog`).
  case exportAsk(ExportDraft)
  case exportKind(ExportDraft, ExportRequest.Kind)
  case exportTo(ExportDraft, ExportRequest.Kind, path: String)
  case exportFailed(Localized)
  /// The steps of writing a report (see `ReportDialog`): a department's, or national (nil).
  /// Asks where to write a report: the national one, a department's (the list's filter) or an
  /// alliance's (its code and name).
  case reportAsk(ReportDialog.Subject)
  case reportTo(ReportRequest.Scope, path: String)
  /// A report was written there; or why it was not.
  case reported(path: String)
  case reportFailed(Localized)
}

/// What the keys of an open box do.
public enum ModalAction: Hashable, Sendable {
  case close
  case scroll(Int)
  case pickMove(Int)
  case pickChoose
  case pickFilter(SearchField.Edit)
  case promptEdit(SearchField.Edit)
  case promptSubmit
  case confirmYes
}

/// A key binding: which keys, what they do, how the help names them and, when they cannot act
/// now, why. The status line, the help and the key map are all generated from these.
public struct Binding: Sendable {
  public var keys: [Key]
  public var keyLabel: String?
  public var description: T
  /// What the keys send; nil for a typing binding, whose action depends on the character.
  public var action: Action?
  public var disabledReason: Localized?
  public var inStatusLine: Bool
  /// For a text field, search or filter with focus: any printable character the bindings above
  /// did not take goes here as typed text.
  public var typing: (@Sendable (Character) -> Action)?
  /// For the same: what a paste (bracketed paste) sends, the whole text at once.
  public var pasting: (@Sendable (String) -> Action)?

  /// `action` may be nil only for a binding that is disabled (it says why instead).
  public init(
    _ keys: [Key], _ description: T, _ action: Action?, keyLabel: String? = nil,
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

  /// Every printable character, typed into what has focus.
  public static func typing(
    _ description: T, inStatusLine: Bool = false, _ action: @escaping @Sendable (Character) -> Action
  ) -> Binding {
    var binding = Binding([], description, nil, inStatusLine: inStatusLine)
    binding.typing = action
    return binding
  }

  /// The same binding, also taking pasted text whole.
  public func pasting(_ action: @escaping @Sendable (String) -> Action) -> Binding {
    var binding = self
    binding.pasting = action
    return binding
  }

  public func label(_ language: Language) -> String {
    if typing != nil { return keyLabel ?? T.keyNameTyping(language) }
    return keyLabel ?? keys.map { $0.label(language) }.joined(separator: "/")
  }

  /// The action this binding sends for `key`, or nil when the key is not its.
  func action(for key: Key) -> Action? {
    if keys.contains(key) { return action ?? .refused(disabledReason ?? T.keyUnavailable.localized) }
    if let typing, case .char(let c) = key, c.isTypeable { return typing(c) }
    if let pasting, case .paste(let text) = key { return pasting(text) }
    return nil
  }
}

extension Character {
  /// A character that shows something: not a control character.
  var isPrintable: Bool { DisplayWidth.of(self) > 0 || self == " " }
}
