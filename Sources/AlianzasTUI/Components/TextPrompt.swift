import AlianzasDomain

/// A box that asks for one line of text before something is done: the reason for unlocking a
/// complete survey or for archiving a record, the officer's name on the first start. It says what
/// will happen; Enter does it with the text, Esc leaves nothing changed.
public struct TextPrompt: Hashable, Sendable {
  public var title: String
  /// What will happen, said before it happens.
  public var lines: [String]
  public var label: String
  public var field = SearchField()
  public var submit: PromptSubmit
  /// Why the text was not taken (empty, too long).
  public var error: String?
  public var maxLength: Int

  public init(title: String, lines: [String], label: String, submit: PromptSubmit, maxLength: Int = 200) {
    self.title = title
    self.lines = lines
    self.label = label
    self.submit = submit
    self.maxLength = maxLength
    field.active = true
  }

  /// The typed text, trimmed and composed, or why it cannot be taken.
  public func value(_ language: Language) -> Result<String, FieldError> {
    switch FieldKind.text(maxLength: maxLength, required: true).parse(field.text, language: language) {
    case .success(.text(let text)): .success(text)
    case .success: .failure(.required)
    case .failure(let error): .failure(error)
    }
  }
}

/// What a prompt's text is for.
public enum PromptSubmit: Hashable, Sendable {
  case unlockSurvey
  case archiveHousehold(code: String, id: RecordID)
  case officerName
  case officerOrganization(name: String)
  case export(ExportDraft, ExportRequest.Kind)
  case report(ReportRequest.Scope)
  case reviewComment(SupervisionItem, ReviewStep)

  func action(_ text: String) -> Action {
    switch self {
    case .unlockSurvey: .households(.unlockSurvey(reason: text))
    case .archiveHousehold(let code, let id): .households(.archive(code: code, id: id, reason: text))
    case .officerName: .officerNamed(text)
    case .officerOrganization(let name): .officerSet(name: name, organization: text)
    case .export(let draft, let kind): .exportTo(draft, kind, path: text)
    case .report(let scope): .reportTo(scope, path: text)
    case .reviewComment(let item, let step):
      switch step {
      case .markIssues(let reasons, _):
        .review(.supervise(item, .markIssues(reasons: reasons, comment: text)))
      case .giveBack(let reasons, _): .review(.supervise(item, .giveBack(reasons: reasons, comment: text)))
      case .resubmit: .review(.supervise(item, .resubmit(comment: text)))
      case .approve: .review(.supervise(item, .approve))
      }
    }
  }
}
