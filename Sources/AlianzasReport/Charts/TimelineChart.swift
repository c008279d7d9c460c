import AlianzasDomain

/// An alliance's history on one time axis: a row of marks for the stages it reached, then one
/// bar per buyer agreement from its start to its rupture (or to today), a rupture ending in a
/// cross, so the committee sees when the alliance moved and how long each buyer stayed.
struct TimelineChart {
  struct Mark {
    var day: Day
    /// A short label over the mark (the stage's number).
    var label: String
  }

  struct Span {
    var label: String
    var from: Day
    var to: Day
    var ruptured: Bool
  }

  var title: String
  /// Rows of marks (stages reached, visits made), each with its name.
  var markRows: [(name: String, marks: [Mark])]
  var spans: [Span]
  var today: Day

  static let width = 640.0
  static let labelWidth = 150.0
  static let right = 14.0
  static let rowHeight = 24.0
  static let top = 8.0
  static let bottom = 26.0

  var height: Double { Self.top + Double(markRows.count + spans.count) * Self.rowHeight + Self.bottom }

  var axis: TimeAxis {
    let days = markRows.flatMap { $0.marks.map(\.day) } + spans.flatMap { [$0.from, $0.to] }
    return TimeAxis(
      from: days.min() ?? today, to: max(today, days.max() ?? today), left: Self.labelWidth,
      width: Self.width - Self.labelWidth - Self.right)
  }

  /// Each agreement's bar: from its start to its end on the axis, one row each below the marks.
  var bars: [(x: Double, y: Double, width: Double, height: Double)] {
    let axis = axis
    return spans.enumerated().map { i, span in
      let x = axis.x(span.from)
      let row = Double(markRows.count + i)
      return (x, Self.top + row * Self.rowHeight + 5, axis.x(span.to) - x, Self.rowHeight - 10)
    }
  }

  func render() -> SVG.Node {
    let axis = axis
    var nodes: [SVG.Node] = []
    for (row, (name, marks)) in markRows.enumerated() {
      let markY = Self.top + Double(row) * Self.rowHeight + Self.rowHeight / 2 + 4
      nodes.append(SVG.text(name, x: Self.labelWidth - 6, y: markY + 4, anchor: "end"))
      // A label too close to the one before it is left out: the table has every date.
      var lastLabel = -Double.infinity
      for mark in marks {
        let x = axis.x(mark.day)
        nodes.append(
          SVG.element(
            "circle",
            [("cx", SVG.number(x)), ("cy", SVG.number(markY)), ("r", "3"), ("class", "mark-\(row % 2)")]))
        if !mark.label.isEmpty, x - lastLabel >= 7 * Double(mark.label.count) + 4 {
          lastLabel = x
          nodes.append(SVG.text(mark.label, x: x, y: markY - 6, anchor: "middle", className: "axis-label"))
        }
      }
    }
    for (span, bar) in zip(spans, bars) {
      let middle = bar.y + bar.height / 2 + 4
      nodes.append(
        SVG.text(
          SVG.fit(span.label, width: Self.labelWidth - 10), x: Self.labelWidth - 6, y: middle, anchor: "end"))
      nodes.append(
        SVG.rect(
          x: bar.x, y: bar.y, width: max(1, bar.width), height: bar.height,
          className: span.ruptured ? "bar-4" : "bar-3"))
      if span.ruptured {
        let x = bar.x + bar.width
        nodes.append(
          SVG.line(x1: x - 4, y1: bar.y - 2, x2: x + 4, y2: bar.y + bar.height + 2, className: "cross"))
        nodes.append(
          SVG.line(x1: x - 4, y1: bar.y + bar.height + 2, x2: x + 4, y2: bar.y - 2, className: "cross"))
      }
    }
    let todayX = axis.x(today)
    nodes.append(SVG.line(x1: todayX, y1: Self.top, x2: todayX, y2: height - Self.bottom, className: "today"))
    nodes += axis.render(y: height - Self.bottom)
    return SVG.chart(width: Self.width, height: height, title: title, nodes)
  }
}
