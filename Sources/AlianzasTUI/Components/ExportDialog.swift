import AlianzasDomain

/// Exporting what a list shows, the same on every list: the kind of file (a pick list), then the
/// file's name (a prompt, filled with a name in the documents folder), then the request the
/// runtime carries out. The list gives the table and the rows it shows, in its order.
public struct ExportDraft: Hashable, Sendable {
  /// The export table (`alliances`, `agreements`, `households`).
  public var table: String
  /// The alliance whose households these are (for `households`).
  public var scope: String?
  /// The rows shown, in the list's order: alliance codes, household codes, or agreements as
  /// `agreementKey` writes them.
  public var codes: [String]

  /// An agreement's row: its alliance and its id ("ANT-2008-001/demo-a021-g1").
  public static func agreementKey(_ alliance: String, _ agreement: String) -> String {
    alliance + "/" + agreement
  }

  public init(table: String, scope: String? = nil, codes: [String]) {
    self.table = table
    self.scope = scope
    self.codes = codes
  }
}

enum ExportDialog {
  /// "8 alianzas", "1 hogar".
  static func rows(_ table: String, _ n: Int, _ l: Language) -> String {
    switch table {
    case "households": T.counted(n, one: .exportHouseholdOne, many: .exportHouseholdMany, l)
    case "agreements": T.counted(n, one: .exportAgreementOne, many: .exportAgreementMany, l)
    default: T.counted(n, one: .exportAllianceOne, many: .exportAllianceMany, l)
    }
  }

  /// First step: which kind of file.
  static func ask(_ draft: ExportDraft, _ state: inout AppState) {
    let l = state.language
    guard !draft.codes.isEmpty else {
      state.status = StatusMessage(text: T.exportNothing(l), kind: .error)
      return
    }
    let options = ExportRequest.Kind.allCases.map {
      PickOption(label: $0.label(l), action: .exportKind(draft, $0))
    }
    state.modals.append(
      .pick(PickList(title: T.exportPickTitle(l, rows(draft.table, draft.codes.count, l)), options: options)))
  }

  /// Second step: where, with a name in the documents folder to accept or change.
  static func name(_ draft: ExportDraft, _ kind: ExportRequest.Kind, _ state: inout AppState) {
    let l = state.language
    let what = rows(draft.table, draft.codes.count, l)
    var prompt = TextPrompt(
      title: T.exportPromptTitle(l),
      lines: [(kind == .xlsx ? T.exportPromptLine : T.exportPromptLineCsv)(l, what)],
      label: T.exportPromptLabel(l), submit: .export(draft, kind), maxLength: 1000)
    let folder = state.data.exportFolder.isEmpty ? "." : state.data.exportFolder
    let stem = draft.scope.map { "\(draft.table)-\($0)" } ?? draft.table
    _ = prompt.field.apply(.paste("\(folder)/\(stem)-\(state.data.today.iso).\(kind.rawValue)"))
    state.modals.append(.prompt(prompt))
  }

  /// Last step: the request for the runtime.
  static func request(_ draft: ExportDraft, _ kind: ExportRequest.Kind, path: String, _ state: AppState)
    -> ExportRequest
  {
    ExportRequest(
      table: draft.table, scope: draft.scope, codes: draft.codes, kind: kind, path: path,
      language: state.language)
  }
}
