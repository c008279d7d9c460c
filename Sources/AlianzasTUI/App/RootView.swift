import AlianzasDomain

/// Draws the whole screen for a state: header, tabs, the current screen, the status line and any
/// open box. Pure: the same state gives the same cells.
public enum RootView {
  public static func render(_ state: AppState) -> Buffer {
    var buffer = Buffer(width: state.width, height: state.height)
    if state.isTooSmall {
      renderTooSmall(state, &buffer)
      return buffer
    }
    let area = buffer.area
    let header = area.row(0), tabs = area.row(1), status = area.row(area.height - 1)
    let body = Self.body(state)
    renderHeader(state, header, &buffer)
    Tabs(
      Screens.all.map { $0.tab(state.language) },
      selected: Screens.ids.firstIndex(of: state.screen) ?? 0
    )
    .render(in: tabs, buffer: &buffer)
    let screen = Screens.feature(state.screen)
    screen.render(state, in: body, buffer: &buffer)
    if let editor = state.editor {
      // A screen may keep lines above the form visible (an alliance's header, whose IDAP moves
      // as fields are confirmed).
      let top = screen.linesAboveForm(state)
      EditorView.render(
        editor, state: state,
        in: Rect(x: body.x, y: body.y + top, width: body.width, height: body.height - top), buffer: &buffer)
    }
    renderStatus(state, status, &buffer)
    // The tour's box goes over the screen it explains; an open box (help) goes over the tour's.
    if let tour = state.tour { TourView.render(state, tour, in: body, buffer: &buffer) }
    for modal in state.modals { ModalView.render(modal, state: state, in: body, buffer: &buffer) }
    return buffer
  }

  /// The screen's area between the tabs and the status line.
  static func body(_ state: AppState) -> Rect {
    Rect(x: 0, y: 2, width: state.width, height: state.height - 3)
  }

  static func renderHeader(_ state: AppState, _ area: Rect, _ buffer: inout Buffer) {
    buffer.fill(area, style: Theme.header)
    var right: [String] = []
    if state.data.sandbox { right.append(state.t(.sandboxMark)) }
    if state.data.readOnlyReason != nil { right.append(state.t(.readOnly)) }
    // Who signs the changes made here.
    if !state.data.officer.isEmpty {
      let name = state.data.officer
      right.append(name.count > 22 ? String(name.prefix(21)) + "…" : name)
    }
    if let asOf = state.data.asOf { right.append(state.t(.asOf, asOf.iso)) }
    right.append(state.language.rawValue)
    let text = right.joined(separator: " · ") + " "
    let start = area.right - DisplayWidth.of(text)
    // The title gives way to what the right side says (who signs, practice, read-only), and is
    // cut with "…" rather than overwritten.
    buffer.put(
      Line(" \(state.t(.appName)) — \(state.screen.title(state.language))", Theme.header), x: area.x,
      y: area.y,
      clip: Rect(x: area.x, y: area.y, width: max(0, start - area.x - 1), height: 1))
    buffer.put(text, x: start, y: area.y, style: Theme.header, clip: area)
  }

  /// The status line: a message when there is one, else the keys that matter here.
  static func renderStatus(_ state: AppState, _ area: Rect, _ buffer: inout Buffer) {
    if let status = state.status {
      // A message longer than the line ends in "…"; messages put their reason first.
      buffer.put(
        Line(" " + status.text, status.kind == .error ? Theme.error : Theme.info), x: area.x, y: area.y,
        clip: area)
      return
    }
    var x = area.x + 1
    // What typing does comes first (it is the last the key map tries, as it takes any letter).
    let shown = Bindings.current(state).filter { $0.inStatusLine && $0.disabledReason == nil }
    // Only whole entries: one that does not fit is left for the help (`?`), not cut.
    for binding in shown.filter({ $0.typing != nil }) + shown.filter({ $0.typing == nil }) {
      let key = binding.label(state.language), what = " " + binding.description(state.language)
      guard x + DisplayWidth.of(key + what) <= area.right else { break }
      x = buffer.put(key, x: x, y: area.y, style: Theme.key.with(fg: .cyan), clip: area)
      x = buffer.put(what + "  ", x: x, y: area.y, clip: area)
    }
  }

  static func renderTooSmall(_ state: AppState, _ buffer: inout Buffer) {
    let lines = [
      state.t(.tooSmall, state.width, state.height),
      state.t(.minimum, AppState.minimumWidth, AppState.minimumHeight),
      "q: " + state.t(.keyQuit),
    ]
    let top = max(0, (state.height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
      let x = max(0, (state.width - DisplayWidth.of(line)) / 2)
      buffer.put(line, x: x, y: top + i, style: i == 0 ? Style.bold : .plain)
    }
  }
}

/// Boxes drawn over the screen.
enum ModalView {
  static func render(_ modal: Modal, state: AppState, in area: Rect, buffer: inout Buffer) {
    switch modal {
    case .help(let scroll): HelpOverlay.render(state, scroll: scroll, in: area, buffer: &buffer)
    case .explain(let explanation, let scroll):
      ExplainView.render(explanation, scroll: scroll, state: state, in: area, buffer: &buffer)
    case .message(let title, let lines):
      box(
        title: title, lines: lines.map { Line($0) }, footer: "Enter/Esc", style: .bold, in: area,
        buffer: &buffer)
    case .error(let title, let lines):
      box(
        title: title, lines: lines.map { Line($0, Theme.error) }, footer: "Enter/Esc", style: Theme.error,
        in: area, buffer: &buffer)
    case .pick(let list): pickBox(list, state: state, in: area, buffer: &buffer)
    case .prompt(let prompt):
      var lines = prompt.lines.map { Line($0) } + [""]
      lines.append(
        Line([
          Span(prompt.label + " ", .bold), Span(prompt.field.text, Style(underline: true)), Span("▏", .bold),
        ]))
      if let error = prompt.error { lines.append(Line("✗ " + error, Theme.error)) }
      box(
        title: prompt.title, lines: lines, footer: state.t(.promptHint), style: .bold, in: area,
        buffer: &buffer)
    case .confirm(let title, let question, _):
      box(
        title: title,
        lines: [Line(question), "", Line("\(state.t(.confirmYes))   \(state.t(.confirmNo))", Theme.key)],
        footer: nil, style: .bold, in: area, buffer: &buffer)
    }
  }

  /// A pick list: its filter line with the match count, the options that pass, the current value
  /// marked "●" (a mark, not a colour, so it shows without colour too).
  static func pickBox(_ list: PickList, state: AppState, in area: Rect, buffer: inout Buffer) {
    let shown = list.visible
    let room = max(1, area.height - 6)
    let first = max(0, min(list.selected - room / 2, shown.count - room))
    var lines = [
      Line([
        Span("/ ", Theme.key), Span(list.filter.text, Style(underline: true)), Span("▏", .bold),
        Span("  " + state.t(.matchCount, shown.count, list.options.count), .dim),
      ])
    ]
    for (row, index) in shown.enumerated().dropFirst(first).prefix(room) {
      let mark = index == list.current ? "● " : "  "
      // One line per option, cut with "…": a wrapped option would read as two.
      let label = DisplayWidth.truncate(list.options[index].label, to: max(10, area.width - 16))
      lines.append(
        Line(
          (row == list.selected ? "› " : "  ") + mark + label,
          row == list.selected ? Style(bold: true, reverse: true) : .plain))
    }
    if shown.isEmpty { lines.append(Line(state.t(.noMatches), .dim)) }
    box(title: list.title, lines: lines, footer: state.t(.pickHint), style: .bold, in: area, buffer: &buffer)
  }

  /// A centred box sized to its text, wrapped to fit.
  static func box(
    title: String, lines: [Line], footer: String?, style: Style, in area: Rect, buffer: inout Buffer
  ) {
    let maxWidth = max(20, area.width - 8)
    let wrapped = lines.flatMap { Paragraph.wrap($0, width: maxWidth - 4) }
    let width = min(
      maxWidth,
      max(
        DisplayWidth.of(title) + 6, (wrapped.map(\.width).max() ?? 0) + 4,
        (footer.map(DisplayWidth.of) ?? 0) + 4))
    let height = min(area.height, wrapped.count + 2 + (footer == nil ? 0 : 1))
    let rect = Rect(
      x: area.x + (area.width - width) / 2, y: area.y + max(0, (area.height - height) / 2), width: width,
      height: height)
    buffer.fill(rect)
    Frame(title, style: style, titleStyle: style, focused: true).render(in: rect, buffer: &buffer)
    let inner = rect.inset(dx: 2, dy: 1)
    Paragraph(wrapped).render(
      in: Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - (footer == nil ? 0 : 1)),
      buffer: &buffer)
    if let footer {
      buffer.put(
        footer, x: inner.right - DisplayWidth.of(footer), y: inner.bottom - 1, style: .dim, clip: inner)
    }
  }
}

/// The `?` help: every binding of the screen with what it does, and why a disabled one cannot act.
enum HelpOverlay {
  static func lines(_ state: AppState) -> [Line] {
    Bindings.underHelp(state).flatMap { b -> [Line] in
      let line = Line([
        Span(DisplayWidth.pad(b.label(state.language), to: 10), Theme.key),
        Span(b.description(state.language)),
      ])
      guard let reason = b.disabledReason else { return [line] }
      return [
        line,
        Line(
          String(repeating: " ", count: 10) + "\(state.t(.disabledPrefix)) \(reason(state.language))", .dim),
      ]
    }
  }

  static func render(_ state: AppState, scroll: Int, in area: Rect, buffer: inout Buffer) {
    let all = lines(state)
    let visible = max(1, area.height - 4)
    let shown = Array(all.dropFirst(min(scroll, max(0, all.count - visible))))
    ModalView.box(
      title: state.t(.helpTitle), lines: shown, footer: state.t(.helpFooter), style: .bold, in: area,
      buffer: &buffer)
  }
}
