/// Columns, one per period (a month), from zero up to their value, and a step line of a
/// reference level per period (the volume the agreement in force promised), so the shortfall
/// and the excess show at a glance.
struct ColumnChart {
  struct Column {
    var label: String
    var value: Double
    /// The reference for this period, or nil where there is none (no agreement in force).
    var reference: Double?
  }

  var title: String
  var yLabel: String
  var referenceLabel: String
  var columns: [Column]
  /// Writes an axis value as the page writes numbers.
  var format: (Double) -> String

  static let width = 640.0
  static let height = 260.0
  static let left = 62.0, right = 14.0, top = 22.0, bottom = 34.0

  var yMax: Double {
    niceCeiling(max(columns.map(\.value).max() ?? 0, columns.compactMap(\.reference).max() ?? 0))
  }
  var slot: Double { (Self.width - Self.left - Self.right) / Double(max(1, columns.count)) }

  func y(_ value: Double) -> Double {
    let h = Self.height - Self.top - Self.bottom
    return Self.top + h * (1 - min(max(value, 0), yMax) / yMax)
  }

  /// Each column's rectangle: a slot's width less a gap, its top at its value.
  var rectangles: [(x: Double, y: Double, width: Double, height: Double)] {
    let bottom = Self.height - Self.bottom
    return columns.indices.map { i in
      let top = y(columns[i].value)
      return (Self.left + Double(i) * slot + slot * 0.15, top, slot * 0.7, bottom - top)
    }
  }

  /// The reference line's runs: one level across each stretch of periods that has one.
  var referenceRuns: [[(x: Double, y: Double)]] {
    var runs: [[(x: Double, y: Double)]] = []
    var current: [(x: Double, y: Double)] = []
    for (i, column) in columns.enumerated() {
      guard let level = column.reference else {
        if !current.isEmpty { runs.append(current) }
        current = []
        continue
      }
      let x0 = Self.left + Double(i) * slot, x1 = x0 + slot
      current += [(x0, y(level)), (x1, y(level))]
    }
    if !current.isEmpty { runs.append(current) }
    return runs
  }

  func render() -> SVG.Node {
    var nodes: [SVG.Node] = []
    let bottom = Self.height - Self.bottom
    for step in stride(from: 0.0, through: yMax, by: yMax / 4) {
      nodes.append(
        SVG.line(x1: Self.left, y1: y(step), x2: Self.width - Self.right, y2: y(step), className: "grid"))
      nodes.append(
        SVG.text(format(step), x: Self.left - 5, y: y(step) + 4, anchor: "end", className: "axis-label"))
    }
    for r in rectangles {
      nodes.append(SVG.rect(x: r.x, y: r.y, width: r.width, height: r.height, className: "bar"))
    }
    for run in referenceRuns {
      nodes.append(SVG.element("polyline", [("points", SVG.points(run)), ("class", "curve-1")]))
    }
    nodes.append(
      SVG.line(x1: Self.left, y1: bottom, x2: Self.width - Self.right, y2: bottom, className: "axis"))
    // A label under the first column and then every few, so they never touch.
    let every = max(1, Int((44 / slot).rounded(.up)))
    for (i, column) in columns.enumerated() where i % every == 0 {
      nodes.append(
        SVG.text(
          column.label, x: Self.left + (Double(i) + 0.5) * slot, y: bottom + 14, anchor: "middle",
          className: "axis-label"))
    }
    nodes.append(SVG.text(yLabel, x: Self.left, y: Self.top - 8, className: "axis-label"))
    nodes.append(SVG.rect(x: Self.width - 190, y: Self.top - 16, width: 14, height: 3, className: "key-1"))
    nodes.append(SVG.text(referenceLabel, x: Self.width - 172, y: Self.top - 11, className: "axis-label"))
    return SVG.chart(width: Self.width, height: Self.height, title: title, nodes)
  }
}
