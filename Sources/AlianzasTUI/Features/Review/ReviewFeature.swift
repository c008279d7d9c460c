import AlianzasDomain

extension ScreenID {
  public static let review = ScreenID("review")
}

/// The review screen's state: the items waiting, and which one is selected.
public struct ReviewState: Sendable {
  public var items: [ReviewItem] = []
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

/// Screen 5: conflicts and duplicate candidates left by merges. Choosing sends the choice to the
/// runtime, which records it like any change.
public enum ReviewFeature: ScreenFeature {
  public typealias State = ReviewState

  public enum Action: FeatureAction {
    public typealias Feature = ReviewFeature
    /// The runtime read the items waiting.
    case loaded([ReviewItem])
    case move(Int)
    case search(SearchField.Edit)
    /// Choose option `n` (a, b, …) of the selected item; for duplicates `-1` means "different families".
    case choose(Int)
    /// A choice was applied: the new list, and the record as it now is.
    case applied([ReviewItem], alliance: Alliance?, roster: HouseholdRoster?)
    case failed(Localized)
  }

  public static let id = ScreenID.review
  public static let title = T.screenReview
  public static let tab = T.tabReview
  public static var initialState: State { ReviewState() }

  /// The items the search lets through, in order.
  static func visible(_ state: AppState) -> [ReviewItem] {
    let search = state.review.search
    return state.review.items.filter { search.matches([$0.label(state.language)]) }
  }

  static func selected(_ state: AppState) -> ReviewItem? {
    let items = visible(state)
    guard !items.isEmpty else { return nil }
    return items[state.review.selection.index(in: items.map(\.id))]
  }

  public static func reduce(_ action: Action, _ state: inout AppState) -> [Effect] {
    switch action {
    case .loaded(let items):
      state.review.items = items
      state.review.loaded = true
      state.review.loadedRevision = state.data.revision
      state.data.requested.remove(.loadReview)
    case .move(let step):
      state.review.selection.move(step, in: visible(state).map(\.id))
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

  public static func bindings(_ state: AppState) -> [Binding] { ReviewScreen.bindings(state) }

  public static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    ReviewScreen.render(state, in: area, buffer: &buffer)
  }

  public static func loads(_ state: AppState) -> [Effect] {
    state.review.loadedRevision == state.data.revision ? [] : [.loadReview]
  }
}
