/// Horizontal bars, one per category, each with its label before it and its value after it.
struct BarChart {
  struct Bar {
    var label: String
    var value: Double
    /// The value as the page writes it ("1.234", "47,7 %").
    var shown: String
  }

  var title: String
  var bars: [Bar]

  static let width = 640.0
  static let rowHeight = 22.0
  static let labelWidth = 210.0
  static let valueWidth = 80.0
  static let margin = 6.0

  var height: Double { Self.margin * 2 + Double(bars.count) * Self.rowHeight }

  /// Each bar's rectangle: its length in proportion to its value, the largest filling the space
  /// between the labels and the values; nothing below zero.
  var rectangles: [(x: Double, y: Double, width: Double, height: Double)] {
    let largest = bars.map(\.value).max() ?? 0
    let span = Self.width - Self.labelWidth - Self.valueWidth - 8
    return bars.indices.map { i in
      (
        Self.labelWidth, Self.margin + Double(i) * Self.rowHeight + 4,
        largest > 0 ? span * max(0, bars[i].value) / largest : 0, Self.rowHeight - 8
      )
    }
  }

  func render() -> SVG.Node {
    var nodes: [SVG.Node] = []
    for (bar, r) in zip(bars, rectangles) {
      let middle = r.y + r.height / 2 + 4
      nodes.append(
        SVG.text(
          SVG.fit(bar.label, width: Self.labelWidth - 10), x: Self.labelWidth - 6, y: middle, anchor: "end"))
      nodes.append(SVG.rect(x: r.x, y: r.y, width: r.width, height: r.height, className: "bar"))
      nodes.append(SVG.text(bar.shown, x: r.x + r.width + 5, y: middle, className: "value"))
    }
    return SVG.chart(width: Self.width, height: height, title: title, nodes)
  }
}
