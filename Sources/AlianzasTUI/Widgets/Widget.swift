/// Something that draws itself into a rectangle of the buffer. Widgets are short-lived values
/// built for each frame from the state; they keep nothing between frames.
public protocol Widget {
  func render(in area: Rect, buffer: inout Buffer)
}

/// A box with a title; its content goes in `inner`.
public struct Frame: Widget {
  public var title: String
  public var style: Style
  public var titleStyle: Style
  public var focused: Bool

  public init(_ title: String = "", style: Style = .plain, titleStyle: Style = .bold, focused: Bool = false) {
    self.title = title
    self.style = style
    self.titleStyle = titleStyle
    self.focused = focused
  }

  public static func inner(_ area: Rect) -> Rect { area.inset(1) }

  public func render(in area: Rect, buffer: inout Buffer) {
    guard area.width >= 2, area.height >= 2 else { return }
    let (h, v, tl, tr, bl, br) = focused ? ("━", "┃", "┏", "┓", "┗", "┛") : ("─", "│", "┌", "┐", "└", "┘")
    let line = String(repeating: h, count: area.width - 2)
    buffer.put(tl + line + tr, x: area.x, y: area.y, style: style, clip: area)
    buffer.put(bl + line + br, x: area.x, y: area.bottom - 1, style: style, clip: area)
    for y in (area.y + 1)..<(area.bottom - 1) {
      buffer.put(v, x: area.x, y: y, style: style, clip: area)
      buffer.put(v, x: area.right - 1, y: y, style: style, clip: area)
    }
    if !title.isEmpty && area.width > 4 {
      buffer.put(
        " " + DisplayWidth.truncate(title, to: area.width - 4) + " ", x: area.x + 1, y: area.y,
        style: titleStyle, clip: area)
    }
  }
}

/// Lines of text, clipped (never wrapped) unless `wrap` is set, then wrapped at word boundaries.
public struct Paragraph: Widget {
  public var lines: [Line]
  public var wrap: Bool
  public var scroll: Int

  public init(_ lines: [Line], wrap: Bool = false, scroll: Int = 0) {
    self.lines = lines
    self.wrap = wrap
    self.scroll = scroll
  }

  public func render(in area: Rect, buffer: inout Buffer) {
    let shown = wrap ? lines.flatMap { Paragraph.wrap($0, width: area.width) } : lines
    for (i, line) in shown.dropFirst(scroll).prefix(area.height).enumerated() {
      buffer.put(line, x: area.x, y: area.y + i, clip: area)
    }
  }

  /// Splits a line into lines of at most `width` columns at spaces, keeping each piece's style.
  /// A word longer than the width is cut.
  public static func wrap(_ line: Line, width: Int) -> [Line] {
    guard width > 0, line.width > width else { return [line] }
    // Words with the style of each character, and the spaces before them.
    var words: [(spaces: Int, chars: [(Character, Style)])] = []
    var spaces = 0
    var current: [(Character, Style)] = []
    for span in line.spans {
      for ch in span.text {
        if ch == " " {
          if !current.isEmpty {
            words.append((spaces, current))
            current = []
            spaces = 0
          }
          spaces += 1
        } else {
          current.append((ch, span.style))
        }
      }
    }
    if !current.isEmpty { words.append((spaces, current)) }
    // "$ 269.385.000" stays on one line: a sign is never left at the end of a line without its
    // number.
    var i = 0
    while i + 1 < words.count {
      if words[i].chars.map(\.0) == ["$"] {
        let space = (Character(" "), words[i].chars[0].1)
        words[i].chars += Array(repeating: space, count: words[i + 1].spaces) + words[i + 1].chars
        words.remove(at: i + 1)
      }
      i += 1
    }
    var lines: [[(Character, Style)]] = [[]]
    var used = 0
    for word in words {
      let w = word.chars.reduce(0) { $0 + DisplayWidth.of($1.0) }
      let gap = used == 0 ? (lines.count == 1 ? word.spaces : 0) : word.spaces
      if used > 0 && used + gap + w > width {
        lines.append([])
        used = 0
      }
      let lead = used == 0 && lines.count > 1 ? 0 : gap
      lines[lines.count - 1] +=
        Array(repeating: (Character(" "), word.chars[0].1), count: lead) + word.chars.prefix(width)
      used += lead + min(w, width)
    }
    return lines.map { chars in
      var spans: [Span] = []
      for (ch, style) in chars {
        if let last = spans.last, last.style == style {
          spans[spans.count - 1].text.append(ch)
        } else {
          spans.append(Span(String(ch), style))
        }
      }
      return Line(spans)
    }
  }
}
