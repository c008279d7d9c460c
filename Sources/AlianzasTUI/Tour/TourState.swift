import AlianzasDomain

/// Where the trainers' guided tour stands: its steps (those whose record the sandbox holds), the
/// one on screen, and the codes of the records the steps show.
public struct TourState: Hashable, Sendable {
  public var steps: [TourStep]
  public var index: Int
  public var records: [TourRecord: String]

  public var step: TourStep { steps[index] }
  /// The step's record's code, when it shows one.
  public var code: String? { step.record.flatMap { records[$0] } }
}

/// What the tour's keys do.
public enum TourAction: Hashable, Sendable {
  /// Find the records the steps need (every file loaded first), then show step `at`.
  case begin(at: Int)
  /// Show step n: a fresh interface driven by the step's keys.
  case go(Int)
  /// Leave the tour where it is, to continue by hand.
  case leave
}

/// How the interface asks the command line to end this run: to start it again on a fresh copy of
/// the sandbox, or to open the tour's sandbox on a copy of this demo store.
public enum ExitRequest: Hashable, Sendable {
  case resetSandbox(tourStep: Int?)
  case startTour
}

enum Tour {
  static func reduce(_ state: inout AppState, _ action: TourAction) -> [Effect] {
    switch action {
    case .begin(let at):
      // The finders read every alliance and roster: small in a sandbox, loaded once.
      if !state.data.loadedAllAlliances { return [.loadAllAlliances, .then(.tour(.begin(at: at)))] }
      if !state.data.loadedAllRosters { return [.loadAllRosters, .then(.tour(.begin(at: at)))] }
      let alliances = Array(state.data.alliances.values)
      var records: [TourRecord: String] = [:]
      for kind in TourRecord.allCases {
        records[kind] = kind.find(in: alliances, surveyed: state.data.workspace.hasCompleteSurvey)
      }
      // A step whose record this demo lacks is left out rather than shown on the wrong screen.
      let steps = state.data.reference.tour.filter { $0.record.map { records[$0] != nil } ?? true }
      guard !steps.isEmpty else {
        state.status = StatusMessage(text: state.t(.tourNothing), kind: .error)
        return []
      }
      state.tour = TourState(steps: steps, index: 0, records: records)
      return reduce(&state, .go(min(max(0, at), steps.count - 1)))
    case .go(let n):
      guard var tour = state.tour, tour.steps.indices.contains(n) else { return [] }
      tour.index = n
      state.tour = tour
      // Every step starts from the panel with nothing open, so it shows the same screen whichever
      // step came before it.
      state.screen = .panel
      state.modals = []
      state.editor = nil
      state.status = nil
      state.features = FeatureStates()
      guard case .success(let keys) = KeyScript.parse(tour.step.keys(code: tour.code)), !keys.isEmpty else {
        return []
      }
      return [.then(.replay(keys))]
    case .leave:
      state.tour = nil
      state.status = StatusMessage(text: state.t(.tourLeft), kind: .info)
      return []
    }
  }

  /// A key the tour sends, as if typed, past the tour's own keys; the next one waits until the
  /// effects of this one (a file loaded) are done.
  static func replay(_ state: inout AppState, _ keys: [Key]) -> [Effect] {
    guard let first = keys.first else { return [] }
    var effects = AlianzasTUI.reduce(&state, .replayedKey(first))
    if keys.count > 1 { effects.append(.then(.replay(Array(keys.dropFirst())))) }
    return effects
  }

  /// The tour's keys, searched before any other while it is on (no box open).
  static func bindings(_ state: AppState) -> [Binding] {
    guard let tour = state.tour else { return [] }
    let last = tour.steps.count - 1
    return [
      Binding(
        [.right, .pageDown], .keyTourNext, .tour(.go(tour.index + 1)), keyLabel: "→",
        disabledReason: tour.index >= last ? T.tourAtEnd.localized : nil, inStatusLine: true),
      Binding(
        [.left, .pageUp], .keyTourPrevious, .tour(.go(tour.index - 1)), keyLabel: "←",
        disabledReason: tour.index == 0 ? T.tourAtStart.localized : nil, inStatusLine: true),
      Binding([.escape], .keyTourLeave, .tour(.leave), inStatusLine: true),
    ]
  }

  /// The sandbox's and the demo's own keys, among the global ones.
  static func globalBindings(_ state: AppState) -> [Binding] {
    var list: [Binding] = []
    if state.data.sandbox {
      list.append(
        Binding(
          [.ctrl("r")], .keySandboxReset, .resetSandbox, keyLabel: "Ctrl-R", inStatusLine: state.tour == nil))
      if state.tour == nil {
        list.append(Binding([.char("T")], .keyTourResume, .tour(.begin(at: 0)), inStatusLine: true))
      }
    } else if state.data.asOf != nil && state.screen == .panel {
      // A demo store's panel offers the tour on a copy of it; a real store's never does.
      // In the help, not the status line: the panel's keys fill it at 80 columns.
      list.append(Binding([.char("T")], .keyTourStart, .startTour))
    }
    return list
  }
}
