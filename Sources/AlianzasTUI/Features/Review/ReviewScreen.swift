import AlianzasDomain

/// Conflicts and duplicate candidates: the list on top, the selected item's values side by side
/// below, each with who wrote it, on which device and when. Nothing else waits for them.
enum ReviewScreen {
  static let letters = Array("abcdefgh")

  static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    let review = state.review
    guard review.loaded else {
      Paragraph([Line(state.t(.loading))]).render(in: area.inset(1), buffer: &buffer)
      return
    }
    guard !review.items.isEmpty else {
      Paragraph([Line(state.t(.reviewNone))], wrap: true).render(in: area.inset(1), buffer: &buffer)
      return
    }
    var area = area
    if review.search.isShown {
      buffer.put(review.search.line, x: area.x + 1, y: area.y, clip: area)
      area = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
    }
    let items = ReviewFeature.visible(state)
    guard !items.isEmpty else {
      Paragraph([Line(state.t(.noMatches), .dim)]).render(in: area.inset(1), buffer: &buffer)
      return
    }
    let listHeight = min(items.count + 2, max(4, area.height / 2))
    let rows = items.map { item -> [Span] in
      [
        Span(item.kind == .conflict ? state.t(.reviewConflict) : state.t(.reviewDuplicate)),
        Span(item.label(state.language)), Span("\(item.options.count)"),
      ]
    }
    Table(
      columns: [
        TableColumn(state.t(.reviewKind), width: 12), TableColumn(state.t(.reviewWhat), minWidth: 20),
        TableColumn("#", width: 3, alignRight: true),
      ], rows: rows, selected: review.selection.index(in: items.map(\.id))
    ).render(in: Rect(x: area.x, y: area.y, width: area.width, height: listHeight), buffer: &buffer)
    let selected = review.selection.index(in: items.map(\.id))
    let item = items[selected]
    let detail = Rect(x: area.x, y: area.y + listHeight, width: area.width, height: area.height - listHeight)
    var lines: [Line] = [Line([Span(item.label(state.language), Theme.key)]), Line([])]
    for (i, option) in item.options.enumerated() {
      let letter = i < letters.count ? String(letters[i]) : "?"
      lines.append(
        Line([
          Span(" \(letter) ", Theme.key),
          Span(" " + option.value.text(state.language, key: item.place.fieldKey)),
        ]))
      lines.append(
        Line([
          Span(
            "     "
              + state.t(
                .reviewWho, option.officer, option.device,
                Format.time(option.at, offset: state.data.utcOffset)), Theme.muted)
        ])
      )
    }
    lines.append(Line([]))
    lines.append(
      Line([Span(state.t(item.kind == .conflict ? .reviewHintConflict : .reviewHintDuplicate), Theme.muted)]))
    Paragraph(lines, wrap: true).render(in: detail.inset(1), buffer: &buffer)
  }

  static func bindings(_ state: AppState) -> [Binding] {
    let readOnly = state.data.readOnlyReason
    let none = state.review.items.isEmpty ? T.nothingToReview.localized : nil
    let search = state.review.search
    if search.active { return search.bindings { .review(.search($0)) } }
    var list = [
      Binding([.down, .char("j")], .keyMove, .review(.move(1)), keyLabel: "↑↓", inStatusLine: true),
      Binding([.up, .char("k")], .keyMove, .review(.move(-1)), keyLabel: "↑↓"),
      Binding([.pageDown], .keyPage, .review(.move(10))),
      Binding([.pageUp], .keyPage, .review(.move(-10))),
      Binding([.home], .keyFirst, .review(.move(-1_000_000))),
      Binding([.end], .keyLast, .review(.move(1_000_000))),
      Binding([.char("/")], .keySearch, .review(.search(.open)), inStatusLine: true),
      Binding(
        [.char("a")], .keyReviewFirst, .review(.choose(0)), disabledReason: readOnly ?? none,
        inStatusLine: true),
      Binding(
        [.char("b")], .keyReviewSecond, .review(.choose(1)), disabledReason: readOnly ?? none,
        inStatusLine: true),
      Binding([.char("c")], .keyReviewThird, .review(.choose(2)), disabledReason: readOnly ?? none),
    ]
    if let item = ReviewFeature.selected(state), item.kind == .duplicate {
      list.append(
        Binding(
          [.char("d")], .keyReviewDistinct, .review(.choose(-1)), disabledReason: readOnly, inStatusLine: true
        ))
    }
    if !search.text.isEmpty {
      list.insert(Binding([.escape], .keyCancelSearch, .review(.search(.cancel)), inStatusLine: true), at: 0)
    }
    return list
  }
}
