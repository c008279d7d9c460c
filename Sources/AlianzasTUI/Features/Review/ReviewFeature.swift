import AlianzasDomain

extension ScreenID {
  public static let review = ScreenID("review")
}

/// Which field records the queue shows, by where their review stands.
public enum VerdictFilter: CaseIterable, Sendable {
  /// Returned, with issues or waiting: what someone still has to act on.
  case open
  case pending, hasIssues, returned, approved, all

  func admits(_ verdict: SupervisorReview.Verdict) -> Bool {
    switch self {
    case .open: verdict != .approved
    case .pending: verdict == .pending
    case .hasIssues: verdict == .hasIssues
    case .returned: verdict == .returned
    case .approved: verdict == .approved
    case .all: true
    }
  }

  func label(_ l: Language) -> String {
    switch self {
    case .open: T.supFilterOpen(l)
    case .pending: SupervisorReview.Verdict.pending.label(l)
    case .hasIssues: SupervisorReview.Verdict.hasIssues.label(l)
    case .returned: SupervisorReview.Verdict.returned.label(l)
    case .approved: SupervisorReview.Verdict.approved.label(l)
    case .all: T.supFilterAll(l)
    }
  }
}

/// A line of the review screen: something a merge left to decide, or a field record under review.
public enum ReviewRow: Hashable, Sendable {
  case merge(ReviewItem)
  case supervision(SupervisionItem)

  var id: String {
    switch self {
    case .merge(let item): "m|" + item.id
    case .supervision(let item): Self.supervisionID(item.id)
    }
  }

  static func supervisionID(_ id: String) -> String { "s|" + id }
}

/// The review screen's state: what merges left to decide, the field records under review, and
/// which line is selected.
public struct ReviewState: Sendable {
  public var items: [ReviewItem] = []
  /// Every complete survey, visit and rupture, with where its review stands.
  public var supervision: [SupervisionItem] = []
  public var filter = VerdictFilter.open
  /// The supervisor's triage across alliances, and whether it is shown instead of the queue.
  public var triage: [TriageAlert] = []
  public var showTriage = false
  public var triageSelection = Selection()
  /// The lines shown, worked out once per change of what they depend on (the queue runs to tens
  /// of thousands of records on the national store; a key must not sort it again).
  var rows: [ReviewRow] = []
  var rowIDs: [String] = []
  var rowsKey = ""
  /// Bumped when the items or the queue change.
  var generation = 0
  public var selection = Selection()
  /// The search over the items (record, field, household), as every list has.
  public var search = SearchField()
  public var loaded = false
  /// The workspace's revision when the items were read: an edit since (which may settle a
  /// conflict) has them read again when the screen is next shown.
  var loadedRevision: Int?

  public init() {}
}

extension AppState {
  /// The review screen's own state.
  public var review: ReviewState {
    get { features[ReviewFeature.self] }
    _modify { yield &features[ReviewFeature.self] }
  }
}

extension Action {
  public static func review(_ action: ReviewFeature.Action) -> Action { .feature(AnyFeatureAction(action)) }
}

/// Screen 5: conflicts and duplicate candidates left by merges, then the supervisor's queue of
/// field records (returned ones first: on the officer's laptop, the to-do list). Choosing or
/// reviewing sends the step to the runtime, which records it like any change.
public enum ReviewFeature: ScreenFeature {
  public typealias State = ReviewState

  public enum Action: FeatureAction {
    public typealias Feature = ReviewFeature
    /// The runtime read the items waiting and the field records under review.
    case loaded([ReviewItem], supervision: [SupervisionItem], triage: [TriageAlert] = [])
    case move(Int)
    case search(SearchField.Edit)
    /// Choose option `n` (a, b, …) of the selected item; for duplicates `-1` means "different families".
    case choose(Int)
    /// A choice was applied: the new list, and the record as it now is.
    case applied([ReviewItem], alliance: Alliance?, roster: HouseholdRoster?)
    case failed(Localized)
    /// Shows the next group of field records (open, pending, with issues, …).
    case cycleFilter
    /// A step on the selected field record; issues and returns first ask a reason, then a comment.
    case approve
    case askReason(giveBack: Bool)
    case askComment(SupervisionItem, ReviewStep)
    case supervise(SupervisionItem, ReviewStep)
    /// The step was saved: the queue as it now is, and the record as it now is.
    /// `id`: the record's, so the selection stays on it wherever its new state sorts it.
    case supervised(
      [SupervisionItem], alliance: Alliance?, roster: HouseholdRoster?, verdict: SupervisorReview.Verdict,
      id: String)
    case open
    case toggleTriage
    case triageMove(Int)
    case openTriage
  }

  public static let id = ScreenID.review
  public static let title = T.screenReview
  public static let tab = T.tabReview
  public static var initialState: State { ReviewState() }

  /// The lines shown (see `refresh`).
  static func visible(_ state: AppState) -> [ReviewRow] { state.review.rows }

  /// Works the lines out again when the items, the filter, the search or the language changed.
  public static func refresh(_ state: inout AppState) {
    let r = state.review
    let key = "\(r.generation)|\(r.filter)|\(r.search.text)|\(state.language)"
    guard key != r.rowsKey else { return }
    let rows = computeRows(state)
    state.review.rows = rows
    state.review.rowIDs = rows.map(\.id)
    state.review.rowsKey = key
  }

  /// The lines the search and the filter let through: merges first, then field records by what
  /// needs acting on (returned, with issues, pending, approved), oldest first.
  static func computeRows(_ state: AppState) -> [ReviewRow] {
    let search = state.review.search, l = state.language
    let merges = state.review.items.filter { search.matches([$0.label(l)]) }.map(ReviewRow.merge)
    let order: [SupervisorReview.Verdict: Int] = [.returned: 0, .hasIssues: 1, .pending: 2, .approved: 3]
    let records = state.review.supervision.filter {
      state.review.filter.admits($0.verdict)
        && search.matches([
          $0.allianceCode, subject($0, l), $0.officer, $0.kind.label(l), $0.verdict.label(l),
        ])
    }.sorted {
      // Within each state, the records with the most serious findings first, then the oldest.
      (order[$0.verdict]!, -$0.severity, -$0.findings.count, $0.date, $0.id)
        < (order[$1.verdict]!, -$1.severity, -$1.findings.count, $1.date, $1.id)
    }
    return merges + records.map(ReviewRow.supervision)
  }

  /// A field record as a person names it: the household, the visit's kind, the buyer.
  static func subject(_ item: SupervisionItem, _ l: Language) -> String {
    item.kind == .visit ? VisitKind(rawValue: item.subject)?.label(l) ?? item.subject : item.subject
  }

  static func selectedRow(_ state: AppState) -> ReviewRow? {
    let rows = visible(state)
    guard !rows.isEmpty else { return nil }
    return rows[state.review.selection.index(in: state.review.rowIDs)]
  }

  static func selected(_ state: AppState) -> ReviewItem? {
    if case .merge(let item)? = selectedRow(state) { return item }
    return nil
  }

  static func selectedRecord(_ state: AppState) -> SupervisionItem? {
    if case .supervision(let item)? = selectedRow(state) { return item }
    return nil
  }

  public static func reduce(_ action: Action, _ state: inout AppState) -> [Effect] {
    switch action {
    case .loaded(let items, let supervision, let triage):
      state.review.items = items
      state.review.supervision = supervision
      state.review.triage = triage
      state.review.generation += 1
      state.review.loaded = true
      state.review.loadedRevision = state.data.revision
      state.data.requested.remove(.loadReview)
    case .move(let step):
      state.review.selection.move(step, in: state.review.rowIDs)
    case .toggleTriage:
      state.review.showTriage.toggle()
    case .triageMove(let step):
      state.review.triageSelection.move(step, in: triageIDs(state))
    case .openTriage:
      let alerts = state.review.triage
      guard !alerts.isEmpty else { return [] }
      let alert = alerts[state.review.triageSelection.index(in: triageIDs(state))]
      return AllianceFeature.reduce(.open(alert.allianceCode), &state)
    case .cycleFilter:
      let all = VerdictFilter.allCases
      state.review.filter = all[(all.firstIndex(of: state.review.filter)! + 1) % all.count]
      state.review.selection.reset()
    case .approve:
      guard let item = selectedRecord(state) else { return [] }
      return supervise(item, .approve, &state)
    case .askReason(let giveBack):
      guard let item = selectedRecord(state) else { return [] }
      let l = state.language
      let options = state.data.reference.reviewReasons.filter { $0.applies.contains(item.kind) }.map {
        reason in
        let step: ReviewStep =
          giveBack
          ? .giveBack(reasons: [reason.id], comment: "") : .markIssues(reasons: [reason.id], comment: "")
        return PickOption(label: reason.label(l), action: .review(.askComment(item, step)))
      }
      let title =
        giveBack ? T.supPickReasonReturn(l, item.allianceCode) : T.supPickReasonIssues(l, item.allianceCode)
      state.modals.append(.pick(PickList(title: title, options: options)))
    case .askComment(let item, let step):
      let l = state.language
      let what = "\(item.kind.label(l)) \(item.allianceCode) · \(subject(item, l))"
      let line: String
      switch step {
      case .markIssues(let reasons, _), .giveBack(let reasons, _):
        let names = reasons.compactMap { id in
          state.data.reference.reviewReasons.first { $0.id == id }?.label(l)
        }
        line = T.supCommentLine(l, what + " — " + names.joined(separator: ", "))
      default: line = T.supResubmitLine(l, what)
      }
      state.modals.append(
        .prompt(
          TextPrompt(
            title: T.supCommentTitle(l), lines: [line], label: T.supCommentLabel(l),
            submit: .reviewComment(item, step), maxLength: 500)))
    case .supervise(let item, let step):
      return supervise(item, step, &state)
    case .supervised(let supervision, let alliance, let roster, let verdict, let id):
      state.review.supervision = supervision
      state.review.generation += 1
      state.review.selection.id = ReviewRow.supervisionID(id)
      if let alliance { state.data.workspace.loaded(alliance) }
      if let roster { state.data.workspace.loaded(roster) }
      state.status = StatusMessage(text: state.t(.supDone, verdict.label(state.language)), kind: .info)
    case .open:
      guard let item = selectedRecord(state) else { return [] }
      switch item.target {
      case .survey(let household, _):
        return HouseholdFeature.reduce(.reveal(code: item.allianceCode, id: household), &state)
      case .visit(let id):
        let effects = AllianceFeature.reduce(.open(item.allianceCode), &state)
        state.alliances.detail?.tab = .visits
        if let a = state.data.alliances[item.allianceCode],
          let index = VisitsTab.sorted(a).firstIndex(where: { $0.id == id })
        {
          state.alliances.detail?.selectedVisit = index
        }
        return effects
      case .rupture: return AllianceFeature.reduce(.open(item.allianceCode), &state)
      }
    case .search(let edit):
      if state.review.search.apply(edit) { state.review.selection.reset() }
    case .choose(let n):
      guard state.data.readOnlyReason == nil, let item = selected(state) else { return [] }
      switch item.kind {
      case .conflict:
        guard item.options.indices.contains(n) else { return [] }
        return [.applyReview(.keep(file: item.file, path: item.path, token: item.options[n].token))]
      case .duplicate:
        guard item.options.count == 2 else { return [] }
        if n < 0 {
          return [
            .applyReview(
              .distinct(file: item.file, first: item.options[0].token, second: item.options[1].token))
          ]
        }
        // Keeping one household archives the other, as a copy of the one kept.
        guard n < 2 else { return [] }
        var original = item.options[n].token
        if case .household(let code, _, _, _) = item.options[n].value { original = code }
        return [
          .applyReview(
            .archiveCopy(
              file: item.file, id: item.options[1 - n].token, original: original,
              by: state.data.officer, date: state.data.today))
        ]
      }
    case .applied(let items, let alliance, let roster):
      state.review.items = items
      state.review.generation += 1
      // The choice was written to disk; a record with unsaved edits keeps them, and its next save
      // merges them onto the chosen version.
      if let alliance { state.data.workspace.loaded(alliance) }
      if let roster { state.data.workspace.loaded(roster) }
      state.status = StatusMessage(text: state.t(.reviewDone), kind: .info)
    case .failed(let reason):
      state.status = StatusMessage(text: reason(state.language), kind: .error)
    }
    return []
  }

  static func triageIDs(_ state: AppState) -> [String] {
    state.review.triage.map { "\($0.allianceCode)|\($0.kind.rawValue)" }
  }

  /// Checks the step against the record's review as the queue knows it, then asks the runtime.
  static func supervise(_ item: SupervisionItem, _ step: ReviewStep, _ state: inout AppState) -> [Effect] {
    if let reason = state.data.readOnlyReason
      ?? step.refusal(from: item.review, reasons: state.data.reference.reviewReasons)
    {
      state.status = StatusMessage(text: reason(state.language), kind: .error)
      return []
    }
    return [.supervise(code: item.allianceCode, target: item.target, step: step)]
  }

  public static func bindings(_ state: AppState) -> [Binding] { ReviewScreen.bindings(state) }

  public static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    ReviewScreen.render(state, in: area, buffer: &buffer)
  }

  public static func loads(_ state: AppState) -> [Effect] {
    state.review.loadedRevision == state.data.revision ? [] : [.loadReview]
  }
}
