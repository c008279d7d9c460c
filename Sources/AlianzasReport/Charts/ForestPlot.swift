import Foundation

/// Hazard ratios with their 95 % intervals, one row per covariate, on a logarithmic axis with a
/// line at 1 (no effect): a point left of it lengthens agreements, right of it shortens them.
struct ForestPlot {
  struct Row {
    var label: String
    var ratio: Double
    var lower: Double
    var upper: Double
  }

  var title: String
  var xLabel: String
  var rows: [Row]

  static let width = 640.0
  static let rowHeight = 24.0
  static let left = 210.0, right = 20.0, top = 8.0, bottom = 40.0

  var height: Double { Self.top + Double(rows.count) * Self.rowHeight + Self.bottom }

  /// The axis spans every interval and 1, in powers of two, within 1/64 and 64.
  var range: (low: Double, high: Double) {
    let low = rows.map(\.lower).filter { $0 > 0 }.min() ?? 1, high = rows.map(\.upper).max() ?? 1
    let l = max(-6, min(-1, (log2(min(low, 1))).rounded(.down)))
    let h = min(6, max(1, (log2(max(high, 1))).rounded(.up)))
    return (pow(2, l), pow(2, h))
  }

  func x(_ ratio: Double) -> Double {
    let (low, high) = range
    let clamped = min(max(ratio, low), high)
    return Self.left + (Self.width - Self.left - Self.right) * (log(clamped) - log(low))
      / (log(high) - log(low))
  }

  func y(_ row: Int) -> Double { Self.top + (Double(row) + 0.5) * Self.rowHeight }

  func render() -> SVG.Node {
    var nodes: [SVG.Node] = []
    let bottom = height - Self.bottom
    let (low, high) = range
    var tick = low
    while tick <= high * 1.0001 {
      nodes.append(
        SVG.line(x1: x(tick), y1: Self.top, x2: x(tick), y2: bottom, className: tick == 1 ? "axis" : "grid"))
      let label = tick >= 1 ? SVG.number(tick) : "1/\(SVG.number(1 / tick))"
      nodes.append(SVG.text(label, x: x(tick), y: bottom + 16, anchor: "middle", className: "axis-label"))
      tick *= 2
    }
    nodes.append(
      SVG.text(
        xLabel, x: (Self.left + Self.width) / 2, y: height - 4, anchor: "middle", className: "axis-label"))
    for (i, row) in rows.enumerated() {
      nodes.append(SVG.text(row.label, x: Self.left - 8, y: y(i) + 4, anchor: "end"))
      nodes.append(SVG.line(x1: x(row.lower), y1: y(i), x2: x(row.upper), y2: y(i), className: "interval"))
      nodes.append(
        SVG.element(
          "circle",
          [("cx", SVG.number(x(row.ratio))), ("cy", SVG.number(y(i))), ("r", "4"), ("class", "estimate")]))
    }
    return SVG.chart(width: Self.width, height: height, title: title, nodes)
  }
}
