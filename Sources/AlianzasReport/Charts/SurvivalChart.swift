import AlianzasDomain

/// Kaplan–Meier curves: for each group the survival as a step line from 1 at time zero, its 95 %
/// interval as a shaded band, time in years along the bottom (the rows count days).
struct SurvivalChart {
  struct Group {
    var name: String
    var rows: [KaplanMeierRow]
  }

  var title: String
  var xLabel: String
  var groups: [Group]

  static let width = 640.0
  static let height = 300.0
  static let left = 46.0, right = 14.0, top = 24.0, bottom = 40.0
  static let year = 365.25

  /// Whole years, enough to hold the longest time observed.
  var years: Double { max(1, ((groups.flatMap { $0.rows.map(\.time) }.max() ?? 0) / Self.year).rounded(.up)) }

  func position(days: Double, survival: Double) -> (x: Double, y: Double) {
    let w = Self.width - Self.left - Self.right, h = Self.height - Self.top - Self.bottom
    return (Self.left + w * days / (years * Self.year), Self.top + h * (1 - survival))
  }

  /// The corners of the step line: level until each time, then down to the survival after it.
  func steps(_ group: Group) -> [(x: Double, y: Double)] {
    var out = [position(days: 0, survival: 1)]
    var level = 1.0
    for row in group.rows {
      out.append(position(days: row.time, survival: level))
      out.append(position(days: row.time, survival: row.survival))
      level = row.survival
    }
    if let last = group.rows.last { out.append(position(days: last.time, survival: level)) }
    return out
  }

  /// The interval's band: its upper steps forward, its lower steps back. Rows with no interval
  /// (after the survival reaches 0) end it.
  func band(_ group: Group) -> [(x: Double, y: Double)] {
    var upper: [(x: Double, y: Double)] = [position(days: 0, survival: 1)]
    var lower: [(x: Double, y: Double)] = [position(days: 0, survival: 1)]
    var up = 1.0, low = 1.0
    for row in group.rows {
      guard let u = row.upper, let l = row.lower else { break }
      upper += [position(days: row.time, survival: up), position(days: row.time, survival: u)]
      lower += [position(days: row.time, survival: low), position(days: row.time, survival: l)]
      (up, low) = (u, l)
    }
    return upper + lower.reversed()
  }

  func render() -> SVG.Node {
    var nodes: [SVG.Node] = []
    let bottom = Self.height - Self.bottom
    for step in stride(from: 0.0, through: 1.0, by: 0.25) {
      let y = position(days: 0, survival: step).y
      nodes.append(SVG.line(x1: Self.left, y1: y, x2: Self.width - Self.right, y2: y, className: "grid"))
      nodes.append(
        SVG.text(
          SVG.number(step * 100) + " %", x: Self.left - 5, y: y + 4, anchor: "end", className: "axis-label"))
    }
    let yearStep = years > 12 ? 2.0 : 1.0
    for year in stride(from: 0.0, through: years, by: yearStep) {
      let x = position(days: year * Self.year, survival: 0).x
      nodes.append(SVG.line(x1: x, y1: bottom, x2: x, y2: bottom + 4, className: "axis"))
      nodes.append(
        SVG.text(SVG.number(year), x: x, y: bottom + 16, anchor: "middle", className: "axis-label"))
    }
    nodes.append(
      SVG.line(x1: Self.left, y1: bottom, x2: Self.width - Self.right, y2: bottom, className: "axis"))
    nodes.append(
      SVG.text(
        xLabel, x: (Self.left + Self.width) / 2, y: Self.height - 4, anchor: "middle", className: "axis-label"
      ))
    for (i, group) in groups.enumerated() {
      nodes.append(SVG.element("polygon", [("points", SVG.points(band(group))), ("class", "band-\(i % 3)")]))
    }
    for (i, group) in groups.enumerated() {
      nodes.append(
        SVG.element("polyline", [("points", SVG.points(steps(group))), ("class", "curve-\(i % 3)")]))
      // The legend: the group's name in its line's colour, across the top.
      let x = Self.left + Double(i) * 190
      nodes.append(SVG.line(x1: x, y1: 10, x2: x + 22, y2: 10, className: "curve-\(i % 3)"))
      nodes.append(SVG.text(group.name, x: x + 28, y: 14))
    }
    return SVG.chart(width: Self.width, height: Self.height, title: title, nodes)
  }
}
