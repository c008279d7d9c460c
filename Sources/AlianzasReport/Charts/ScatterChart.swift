/// Points on two axes that start at zero: a figure (the IDAP, 0 to 100) against a quantity (years
/// in operation), with gridlines at round steps.
struct ScatterChart {
  var title: String
  var xLabel: String
  var yLabel: String
  var points: [(x: Double, y: Double)]
  var yMax = 100.0

  static let width = 640.0
  static let height = 300.0
  static let left = 46.0, right = 14.0, top = 10.0, bottom = 40.0

  /// The x axis ends at the next whole step above the largest value.
  var xMax: Double { max(1, (points.map(\.x).max() ?? 1).rounded(.up)) }
  var xStep: Double { xMax > 12 ? 5 : (xMax > 6 ? 2 : 1) }

  func position(_ p: (x: Double, y: Double)) -> (x: Double, y: Double) {
    let w = Self.width - Self.left - Self.right, h = Self.height - Self.top - Self.bottom
    return (Self.left + w * min(p.x, xMax) / xMax, Self.top + h * (1 - min(max(p.y, 0), yMax) / yMax))
  }

  func render() -> SVG.Node {
    var nodes: [SVG.Node] = []
    let bottom = Self.height - Self.bottom
    for step in stride(from: 0.0, through: yMax, by: yMax / 4) {
      let y = position((0, step)).y
      nodes.append(SVG.line(x1: Self.left, y1: y, x2: Self.width - Self.right, y2: y, className: "grid"))
      nodes.append(
        SVG.text(SVG.number(step), x: Self.left - 5, y: y + 4, anchor: "end", className: "axis-label"))
    }
    for step in stride(from: 0.0, through: xMax, by: xStep) {
      let x = position((step, 0)).x
      nodes.append(SVG.line(x1: x, y1: bottom, x2: x, y2: bottom + 4, className: "axis"))
      nodes.append(
        SVG.text(SVG.number(step), x: x, y: bottom + 16, anchor: "middle", className: "axis-label"))
    }
    nodes.append(
      SVG.line(x1: Self.left, y1: bottom, x2: Self.width - Self.right, y2: bottom, className: "axis"))
    nodes.append(SVG.line(x1: Self.left, y1: Self.top, x2: Self.left, y2: bottom, className: "axis"))
    nodes.append(
      SVG.text(
        xLabel, x: (Self.left + Self.width) / 2, y: Self.height - 4, anchor: "middle", className: "axis-label"
      ))
    nodes.append(SVG.text(yLabel, x: Self.left + 4, y: Self.top + 10, className: "axis-label"))
    for p in points {
      let at = position(p)
      nodes.append(
        SVG.element(
          "circle", [("cx", SVG.number(at.x)), ("cy", SVG.number(at.y)), ("r", "3"), ("class", "point")]))
    }
    return SVG.chart(width: Self.width, height: Self.height, title: title, nodes)
  }
}
