import AlianzasDomain

/// The tour's box over a real screen: the step's title and text, where it stands and its keys;
/// the text it explains is found on the screen and shown in reverse video, and the box sits on the
/// other half so it never covers it.
enum TourView {
  /// Where the step's anchor is on the drawn screen (the first place, below the tabs), if shown.
  static func anchor(_ text: String, in buffer: Buffer, below top: Int) -> Rect? {
    let lines = buffer.lines
    for y in top..<lines.count {
      guard let range = lines[y].range(of: text) else { continue }
      let x = DisplayWidth.of(String(lines[y][..<range.lowerBound]))
      return Rect(x: x, y: y, width: DisplayWidth.of(text), height: 1)
    }
    return nil
  }

  static func render(_ state: AppState, _ tour: TourState, in body: Rect, buffer: inout Buffer) {
    let l = state.language
    let step = tour.step
    let found = anchor(step.anchor(l), in: buffer, below: body.y)
    if let found {
      buffer.setStyle(found) {
        $0.reverse = true; $0.bold = true
      }
    }
    let width = min(body.width, 76)
    let text = Paragraph.wrap(Line(step.text(l)), width: width - 4)
    let footer =
      "→ \(T.keyTourNext(l))  ← \(T.keyTourPrevious(l))  Esc \(T.keyTourLeave(l))"
      + (state.data.sandbox ? "  Ctrl-R \(T.keySandboxReset(l))" : "")
    let height = min(body.height / 2, text.count + 3)
    // The half of the body the anchor is not in (the lower one when there is no anchor). Above
    // an anchor the box ends right over it and leaves the screen's first two lines (the record's
    // code and its tabs) in sight when there is room.
    let y: Int
    if let found, found.y >= body.y + body.height / 2 {
      y = found.y - height >= body.y + 2 ? found.y - height : max(body.y, min(body.y + 2, found.y - height))
    } else {
      y = body.bottom - height
    }
    let rect = Rect(x: body.x + (body.width - width) / 2, y: y, width: width, height: height)
    buffer.fill(rect)
    let title = T.tourStepOf(l, tour.index + 1, tour.steps.count) + " · " + step.title(l)
    Frame(title, style: .bold, titleStyle: .bold, focused: true).render(in: rect, buffer: &buffer)
    let inner = rect.inset(dx: 2, dy: 1)
    Paragraph(text).render(
      in: Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1), buffer: &buffer)
    buffer.put(
      Line(DisplayWidth.of(footer) <= inner.width ? footer : "→ ← Esc", .dim), x: inner.x,
      y: inner.bottom - 1,
      clip: inner)
  }
}
