import AlianzasDomain

/// One field of a form: what it asks, what it accepts, what it holds and what went wrong.
public struct FormField: Hashable, Sendable {
  public var id: FieldID
  public var label: String
  public var kind: FieldKind
  /// The confirmed value as shown.
  public var shown: String
  public var error: String?
  public var hint: String?
  /// Why the field cannot be edited now, when it cannot.
  public var disabledReason: String?
  /// A plausibility warning on its value, open until someone confirms it (`!`).
  public var warning: String?

  public init(
    id: FieldID, label: String, kind: FieldKind, shown: String = "", hint: String? = nil,
    disabledReason: String? = nil
  ) {
    self.id = id
    self.label = label
    self.kind = kind
    self.shown = shown
    self.hint = hint
    self.disabledReason = disabledReason
  }
}

/// What a form's keys do (see `FormState.bindings`).
public enum FormAction: Hashable, Sendable {
  /// To the next or previous field (confirming a draft first).
  case next, previous
  /// Enter on a field: start editing it, carry out its action, or step its choice.
  case edit
  case confirm
  /// Esc while editing: drop the draft.
  case cancel
  /// Esc otherwise: leave the form.
  case leave
  case erase
  case clear
  /// A character typed into the draft.
  case type(Character)
  /// A letter on a choice or ELCSA field: the option with that key.
  case answer(Character)
  /// An option chosen from the field's pick list, by its id.
  case pick(String)
  /// `!`: the value is right despite its warning.
  case confirmWarning
  /// Pasted text: into the draft whole, on one line (starting to edit a text field if needed).
  case paste(String)
}

/// Where the user is in a form. Typing edits a draft; Enter confirms the field (the caller saves
/// it at once), Esc drops the draft. Picked fields take their value from one key.
public struct FormState: Hashable, Sendable {
  public var fields: [FormField]
  public var focus: Int = 0
  public var editing = false
  public var draft = ""
  /// The language of the last key, so a value put back for correction reads as that language writes it.
  public var language: Language = .es

  public init(fields: [FormField]) { self.fields = fields }

  public var focused: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }

  /// What a key did to the form.
  public enum Event: Hashable, Sendable {
    case none
    /// The field `id` was confirmed with `value`: save it now.
    case confirmed(id: FieldID, value: FieldValue)
    /// Esc while not editing: leave the form.
    case leave
    /// The key was not for the form.
    case ignored
    case refused(String)
    /// Open the focused field's options to choose from, filtered by the text given.
    case choose(filter: String)
    /// Record that the warning on field `id` was looked at and the value confirmed.
    case confirmWarning(FieldID)
  }

  /// The form's keys: moving between fields, editing one, answering a choice with its letter.
  /// While a field is being edited every printable key is typed into it.
  public func bindings(_ send: @escaping @Sendable (FormAction) -> Action) -> [Binding] {
    if editing {
      return [
        Binding([.enter], .keyConfirmField, send(.confirm), inStatusLine: true),
        Binding([.escape], .keyCancelEdit, send(.cancel), inStatusLine: true),
        Binding([.tab, .down], .keyNextField, send(.next), keyLabel: "Tab/↓"),
        Binding([.backTab, .up], .keyPreviousField, send(.previous), keyLabel: "S-Tab/↑"),
        Binding([.backspace], .keyErase, send(.erase)),
        Binding([.ctrl("u")], .keyClearField, send(.clear)),
        .typing(.keyTyping) { send(.type($0)) }.pasting { send(.paste($0)) },
      ]
    }
    // Enter on a closed question shows its options rather than editing text.
    let closed = focused.map { $0.kind.isPicked && $0.kind != .action } ?? false
    return [
      Binding(
        [.enter, .char("e")], closed ? .keyShowOptions : .keyEditField, send(.edit), keyLabel: "Enter",
        inStatusLine: true),
      Binding([.tab, .down, .char("j")], .keyNextField, send(.next), keyLabel: "Tab/↓", inStatusLine: true),
      Binding([.backTab, .up, .char("k")], .keyPreviousField, send(.previous), keyLabel: "S-Tab/↑"),
      Binding([.escape], .keyCloseForm, send(.leave), inStatusLine: true),
      Binding(
        [.char("!")], .keyConfirmWarning, send(.confirmWarning), keyLabel: "!",
        disabledReason: focused?.warning == nil ? T.noWarningHere.localized : nil,
        inStatusLine: focused?.warning != nil),
      .typing(.keyAnswerLetter) { send(.answer($0)) }.pasting { send(.paste($0)) },
    ]
  }

  /// A key, looked up in the form's binding table as the key map does.
  public mutating func handle(_ key: Key, language: Language) -> Event {
    for binding in bindings({ .form($0) }) {
      if case .form(let action) = binding.action(for: key) { return apply(action, language: language) }
    }
    return .ignored
  }

  /// Carries out one of the form's actions. A value confirmed (typed or chosen) takes the place
  /// of whatever the field said was wrong: no stale "falta este dato" under a chosen cause.
  public mutating func apply(_ action: FormAction, language: Language) -> Event {
    let event = carryOut(action, language: language)
    if case .confirmed(let id, _) = event, let i = fields.firstIndex(where: { $0.id == id }) {
      fields[i].error = nil
    }
    return event
  }

  private mutating func carryOut(_ action: FormAction, language: Language) -> Event {
    self.language = language
    guard let field = focused else { return .ignored }
    if editing {
      switch action {
      case .confirm, .edit: return confirmDraft(language: language)
      case .cancel, .leave:
        editing = false
        draft = ""
        fields[focus].error = nil
        return .none
      case .erase:
        if !draft.isEmpty { draft.removeLast() }
        return .none
      case .type(let c), .answer(let c):
        if c.isTypeable { draft.append(c) }
        return .none
      case .paste(let text):
        draft += PastedText.oneLine(text)
        return .none
      case .pick, .confirmWarning:
        return .ignored
      case .clear:
        draft = ""
        return .none
      case .next:
        let event = confirmDraft(language: language)
        if case .confirmed = event { move(1) }
        return event
      case .previous:
        let event = confirmDraft(language: language)
        if case .confirmed = event { move(-1) }
        return event
      }
    }
    switch action {
    case .next:
      move(1)
      return .none
    case .previous:
      move(-1)
      return .none
    case .leave, .cancel: return .leave
    case .edit, .confirm:
      if let reason = field.disabledReason { return .refused(reason) }
      if case .action = field.kind { return .confirmed(id: field.id, value: .empty) }
      // Enter on a closed question shows its options; it never records one by itself.
      if field.kind.isPicked { return .choose(filter: "") }
      editing = true
      draft = NumberInput.editable(field.shown, kind: field.kind, language: language)
      return .none
    case .confirmWarning:
      return field.warning == nil ? .ignored : .confirmWarning(field.id)
    case .pick(let id):
      if let reason = field.disabledReason { return .refused(reason) }
      switch field.kind {
      case .elcsa:
        return ElcsaAnswer(rawValue: id).map { .confirmed(id: field.id, value: .elcsa($0)) } ?? .ignored
      case .choice(let choices):
        return choices.contains { $0.id == id } ? .confirmed(id: field.id, value: .choice(id)) : .ignored
      default: return .ignored
      }
    case .answer(let c), .type(let c):
      if let reason = field.disabledReason, field.kind.isPicked { return .refused(reason) }
      if case .elcsa = field.kind, let answer = Self.elcsaAnswer(for: c) {
        return .confirmed(id: field.id, value: .elcsa(answer))
      }
      if case .choice(let choices) = field.kind {
        if let choice = choices.first(where: { $0.key == c }) {
          return .confirmed(id: field.id, value: .choice(choice.id))
        }
        // A long list without keys (departments, buyers): the letter starts a filter over it.
        if choices.allSatisfy({ $0.key == nil }), c.isLetter || c.isNumber {
          return .choose(filter: String(c))
        }
      }
      return .ignored
    case .paste(let text):
      if let reason = field.disabledReason { return .refused(reason) }
      guard !field.kind.isPicked else { return .ignored }
      editing = true
      draft =
        NumberInput.editable(field.shown, kind: field.kind, language: language) + PastedText.oneLine(text)
      return .none
    case .erase, .clear: return .ignored
    }
  }

  /// The options of a closed field, with their keys: a choice's own, or ELCSA's four answers.
  public static func options(_ kind: FieldKind, language: Language) -> [FieldKind.Choice] {
    switch kind {
    case .choice(let choices): return choices
    case .elcsa:
      return ElcsaAnswer.allCases.map {
        FieldKind.Choice(id: $0.rawValue, label: $0.label(language), key: elcsaKey($0, language))
      }
    default: return []
    }
  }

  static func elcsaKey(_ answer: ElcsaAnswer, _ language: Language) -> Character {
    switch answer {
    case .yes: Character(T.yesKey(language))
    case .no: "n"
    case .dontKnow: "x"
    case .refused: "r"
    }
  }

  /// The focused field's options as a pick list whose choice goes back to this form by `send`.
  public func picker(filter: String, language: Language, send: @escaping (FormAction) -> Action) -> PickList?
  {
    guard let field = focused else { return nil }
    let options = Self.options(field.kind, language: language)
    guard !options.isEmpty else { return nil }
    let current = options.firstIndex { $0.label == field.shown }
    var list = PickList(
      title: field.label,
      options: options.map { o in
        PickOption(label: o.key.map { "\($0)) \(o.listed)" } ?? o.label, action: send(.pick(o.id)))
      }, selected: current ?? 0, current: current)
    for c in filter { list.edit(.type(c)) }
    return list
  }

  static func elcsaAnswer(for c: Character) -> ElcsaAnswer? {
    switch c {
    case "s", "S", "y": .yes
    case "n", "N": .no
    case "x", "X": .dontKnow
    case "r", "R": .refused
    default: nil
    }
  }

  private mutating func confirmDraft(language: Language) -> Event {
    switch fields[focus].kind.parse(draft, language: language) {
    case .success(let value):
      editing = false
      fields[focus].error = nil
      let id = fields[focus].id
      draft = ""
      return .confirmed(id: id, value: value)
    case .failure(let error):
      // The typed text stays so it can be corrected.
      fields[focus].error = error.message(language)
      return .none
    }
  }

  public mutating func move(_ delta: Int) {
    guard !fields.isEmpty else { return }
    focus = min(fields.count - 1, max(0, focus + delta))
  }

  /// Puts a refused value back in the field for correction, with the reason under it.
  public mutating func reject(id: FieldID, typed: String, message: String) {
    guard let i = fields.firstIndex(where: { $0.id == id }) else { return }
    focus = i
    fields[i].error = message
    if !fields[i].kind.isPicked {
      editing = true
      draft = NumberInput.editable(typed, kind: fields[i].kind, language: language)
    }
  }

  /// Marks a save that failed on the field, keeping the typed value on screen.
  public mutating func failSave(id: FieldID, shownValue: String, message: String) {
    guard let i = fields.firstIndex(where: { $0.id == id }) else { return }
    fields[i].shown = shownValue
    fields[i].error = message
  }
}

/// Draws a form: labels on the left, values on the right, the focused field highlighted and its
/// error or hint underneath.
public struct FormView: Widget {
  public var state: FormState
  public var labelWidth: Int
  public var focused: Bool
  /// Whether the focused field's hint shows under it (a survey shows its question in a panel).
  public var showsHints = true

  public init(_ state: FormState, labelWidth: Int = 24, focused: Bool = true) {
    self.state = state
    self.labelWidth = labelWidth
    self.focused = focused
  }

  public func render(in area: Rect, buffer: inout Buffer) {
    guard !area.isEmpty else { return }
    let labels = min(labelWidth, area.width / 2)
    // Keep the focused field in view, with room for its message line.
    let offset = max(0, min(state.focus - (area.height - 2) / 2, state.fields.count - (area.height - 1)))
    var y = area.y
    for index in offset..<state.fields.count {
      guard y < area.bottom else { break }
      let field = state.fields[index]
      let isFocus = index == state.focus && focused
      let labelStyle = field.disabledReason != nil ? Style.dim : (isFocus ? Style.bold : .plain)
      if case .action = field.kind {
      } else {
        buffer.put(DisplayWidth.pad(field.label, to: labels), x: area.x, y: y, style: labelStyle, clip: area)
      }
      let valueX = area.x + labels + 1
      let valueWidth = area.right - valueX
      if isFocus && state.editing {
        let text = state.draft
        let shown = DisplayWidth.of(text) >= valueWidth ? String(text.suffix(valueWidth - 1)) : text
        let end = buffer.put(shown, x: valueX, y: y, style: Style(underline: true), clip: area)
        buffer.put(" ", x: end, y: y, style: .reverse, clip: area)
      } else if case .action = field.kind {
        let style = isFocus ? Style(bold: true, reverse: true) : Style.bold
        buffer.put("[ \(field.label) ]", x: area.x, y: y, style: style, clip: area)
      } else {
        // A value with an open warning carries the mark on its own line too.
        let value = (field.warning != nil ? "⚠ " : "") + (field.shown.isEmpty ? "·" : field.shown)
        buffer.put(
          DisplayWidth.pad(value, to: valueWidth), x: valueX, y: y, style: isFocus ? .reverse : .plain,
          clip: area)
      }
      y += 1
      if isFocus, y < area.bottom,
        let message = field.error ?? field.disabledReason ?? field.warning ?? (showsHints ? field.hint : nil)
      {
        let (mark, style) =
          field.error != nil
          ? ("✗ ", Style(fg: .red, bold: true))
          : (field.disabledReason == nil && field.warning != nil
            ? ("⚠ ", Style(fg: .yellow, bold: true)) : ("  ", .dim))
        // A message longer than the line wraps under it: a warning is read whole.
        for piece in Paragraph.wrap(Line(mark + message, style), width: max(10, area.right - valueX)) {
          guard y < area.bottom else { break }
          buffer.put(piece, x: valueX, y: y, clip: area)
          y += 1
        }
      }
    }
  }
}
