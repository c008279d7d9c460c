import AlianzasDomain

/// A box over the screen that takes the keys until it is closed.
public indirect enum Modal: Hashable, Sendable {
  case help(scroll: Int)
  case message(title: String, lines: [String])
  case error(title: String, lines: [String])
  case confirm(title: String, question: String, onYes: Action)
  case pick(PickList)
  case prompt(TextPrompt)
  /// What a score or a term means and how it was computed, scrolled by rows.
  case explain(Explanation, scroll: Int)
}

/// One choice of a pick list, with what choosing it does.
public struct PickOption: Hashable, Sendable {
  public var label: String
  public var action: Action

  public init(label: String, action: Action) {
    self.label = label
    self.action = action
  }
}

public struct StatusMessage: Hashable, Sendable {
  public enum Kind: Sendable { case info, error }
  public var text: String
  public var kind: Kind

  public init(text: String, kind: Kind) {
    self.text = text
    self.kind = kind
  }
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
  /// Each screen's own state (see `FeatureStates`).
  public var features = FeatureStates()
  /// The form open over the screen, when one is.
  public var editor: EditorState?
  /// The trainers' guided tour, while it is on.
  public var tour: TourState?
  /// Set when the interface asks the command line to run it again (a sandbox reset, the tour).
  public var exitRequest: ExitRequest?
  /// Files changed on screen and not on disk yet (`alliances/CODE`, `households/CODE`): in the
  /// live runtime, those whose save failed.
  public var unsaved: Set<String> { data.workspace.unsaved }

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
