import AlianzasDomain

/// Series over time on one axis from zero: each a line through its points, drawn as steps when
/// it is a running total (money disbursed, repaid) or as a plain line through observations
/// (prices), each with its name in a key above the chart.
struct LineChart {
  struct Series {
    var name: String
    var points: [(day: Day, value: Double)]
    /// Holds its level until the next point (a running total), instead of a straight line.
    var steps = false
  }

  var title: String
  var series: [Series]
  var today: Day
  var format: (Double) -> String

  static let width = 640.0
  static let height = 260.0
  static let left = 70.0, right = 14.0, top = 30.0, bottom = 30.0

  var axis: TimeAxis {
    let days = series.flatMap { $0.points.map(\.day) }
    return TimeAxis(
      from: days.min() ?? today, to: max(today, days.max() ?? today), left: Self.left,
      width: Self.width - Self.left - Self.right)
  }
  var yMax: Double { niceCeiling(series.flatMap { $0.points.map(\.value) }.max() ?? 0) }

  func y(_ value: Double) -> Double {
    let h = Self.height - Self.top - Self.bottom
    return Self.top + h * (1 - min(max(value, 0), yMax) / yMax)
  }

  /// A series' corners on the page; a running total goes on to today at its last level.
  func path(_ s: Series) -> [(x: Double, y: Double)] {
    let axis = axis
    var out: [(x: Double, y: Double)] = []
    for (i, p) in s.points.enumerated() {
      if s.steps, i > 0 { out.append((axis.x(p.day), y(s.points[i - 1].value))) }
      out.append((axis.x(p.day), y(p.value)))
    }
    if s.steps, let last = s.points.last, last.day < today { out.append((axis.x(today), y(last.value))) }
    return out
  }

  func render() -> SVG.Node {
    var nodes: [SVG.Node] = []
    for step in stride(from: 0.0, through: yMax, by: yMax / 4) {
      nodes.append(
        SVG.line(x1: Self.left, y1: y(step), x2: Self.width - Self.right, y2: y(step), className: "grid"))
      nodes.append(
        SVG.text(format(step), x: Self.left - 5, y: y(step) + 4, anchor: "end", className: "axis-label"))
    }
    for (i, s) in series.enumerated() where !s.points.isEmpty {
      nodes.append(SVG.element("polyline", [("points", SVG.points(path(s))), ("class", "curve-\(i % 3)")]))
      let keyX = Self.left + Double(i) * 190
      nodes.append(SVG.rect(x: keyX, y: 8, width: 14, height: 3, className: "key-\(i % 3)"))
      nodes.append(SVG.text(s.name, x: keyX + 18, y: 13, className: "axis-label"))
    }
    nodes += axis.render(y: Self.height - Self.bottom)
    return SVG.chart(width: Self.width, height: Self.height, title: title, nodes)
  }
}
