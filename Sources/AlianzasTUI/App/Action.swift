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
}

/// Work the reducer asks the runtime to do; the runtime answers with actions.
public enum Effect: Hashable, Sendable {
  case quit
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
