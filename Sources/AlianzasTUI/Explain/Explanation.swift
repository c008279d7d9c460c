import AlianzasDomain

/// What a score, a screen or a term means and how it was computed, in a pane over the screen
/// (`=` on a score, `G` for the glossary): the figures come from the same domain computations the
/// screens show, never from copies of them.
public struct Explanation: Hashable, Sendable {
  public var title: String
  public var lines: [Line]
}

/// What the pane explains.
public enum ExplainSubject: Hashable, Sendable {
  /// An alliance's IDAP; nil: the index in general.
  case idap(code: String?)
  /// A household survey's ELCSA and PPI.
  case survey(code: String, household: RecordID, survey: RecordID?)
  case lifecycle(code: String)
  /// The survival screen with the analysis on it.
  case survival
  case glossary
}

enum Explain {
  static func build(_ subject: ExplainSubject, _ state: AppState) -> Explanation? {
    let l = state.language
    switch subject {
    case .idap(let code):
      return IDAPExplanation.build(
        code.flatMap { state.data.alliances[$0] }, state.data.instruments.idap, state.data.today, l)
    case .survey(let code, let householdID, let surveyID):
      guard let h = state.data.household(code, householdID) else { return nil }
      // A round not answered yet is explained as empty: the rules, with nothing counted.
      let s =
        h.surveys.first { $0.id == surveyID }
        ?? Survey(
          id: "", stamp: state.author.stamp, date: state.data.today, enumerator: "", hasMinors: h.minors > 0)
      return HouseholdExplanation.build(h, s, state.data.instruments, l)
    case .lifecycle(let code):
      return state.data.alliances[code].map { LifecycleExplanation.build($0, l) }
    case .survival:
      return state.ruptures.analysis.map { SurvivalExplanation.build($0, l) }
    case .glossary:
      return Explanation(
        title: T.glossaryTitle(l),
        // Each term in the interface's language only: a screen never mixes the two.
        lines: state.data.reference.glossary.flatMap { g -> [Line] in
          [Line([Span(g.term(l), .bold)]), Line("  " + g.meaning(l)), ""]
        })
    }
  }

  /// The binding that opens the pane, for the screens that show a score.
  static func binding(_ subject: ExplainSubject?) -> Binding {
    Binding(
      [.char("=")], .keyExplain, subject.map { .explain($0) }, keyLabel: "=",
      // In the help and the tour, not the status line: the screens' own keys fill it at 80 columns.
      disabledReason: subject == nil ? T.nothingToExplain.localized : nil)
  }

  /// A paragraph of prose, and an empty line after it.
  static func prose(_ text: String, _ style: Style = .plain) -> [Line] { [Line(text, style), ""] }
}

/// The pane: as wide and tall as the screen allows, its lines wrapped to fit and scrolled by rows.
enum ExplainView {
  /// The lines wrapped to `width`; an indented line's continuations keep its indent.
  static func rows(_ explanation: Explanation, width: Int) -> [Line] {
    explanation.lines.flatMap { line -> [Line] in
      guard !line.text.isEmpty else { return [Line("")] }
      let indent = line.text.prefix { $0 == " " }.count
      guard indent > 0, indent < width / 2, line.width > width else {
        return Paragraph.wrap(line, width: width)
      }
      var body = line
      body.spans[0].text = String(body.spans[0].text.dropFirst(min(indent, body.spans[0].text.count)))
      let pad = String(repeating: " ", count: indent)
      return Paragraph.wrap(body, width: width - indent).map { Line([Span(pad)] + $0.spans) }
    }
  }

  /// The pane's frame over the screen's body, and the room for text inside it (its last row is
  /// the footer's).
  static func frame(_ area: Rect) -> (rect: Rect, inner: Rect, room: Int) {
    let rect = Rect(x: area.x + 1, y: area.y, width: max(10, area.width - 2), height: area.height)
    let inner = rect.inset(dx: 2, dy: 1)
    return (rect, inner, max(1, inner.height - 1))
  }

  /// How far the pane scrolls: its last screenful.
  static func lastScroll(_ explanation: Explanation, in area: Rect) -> Int {
    let (_, inner, room) = frame(area)
    return max(0, rows(explanation, width: inner.width).count - room)
  }

  static func render(
    _ explanation: Explanation, scroll: Int, state: AppState, in area: Rect, buffer: inout Buffer
  ) {
    let (rect, inner, room) = frame(area)
    let all = rows(explanation, width: inner.width)
    let first = min(max(0, scroll), max(0, all.count - room))
    buffer.fill(rect)
    Frame(explanation.title, style: .bold, titleStyle: .bold, focused: true).render(in: rect, buffer: &buffer)
    for (i, line) in all.dropFirst(first).prefix(room).enumerated() {
      buffer.put(line, x: inner.x, y: inner.y + i, clip: inner)
    }
    let position = all.count > room ? "\(first + 1)–\(min(all.count, first + room))/\(all.count)  " : ""
    let footer = position + T.explainFooter(state.language)
    buffer.put(
      footer, x: inner.right - DisplayWidth.of(footer), y: inner.bottom - 1, style: .dim, clip: inner)
  }
}
