/// Colombia as a tile-grid map: one square per department at its place on the grid (from
/// `data/reference/departments.json`), shaded by a figure in five steps from the smallest to the
/// largest value, with its abbreviation and its value written inside. A department without the
/// figure is left pale and marked "—". Squares of equal size let small departments be read as
/// well as large ones, which a map of real boundaries would not.
struct TileMap {
  struct Tile {
    var column: Int
    var row: Int
    var abbreviation: String
    var name: String
    var value: Double?
    var shown: String
  }

  var title: String
  var tiles: [Tile]
  /// The legend's words for the lightest and darkest steps.
  var lowLabel: String
  var highLabel: String

  static let size = 62.0
  static let gap = 4.0
  static let margin = 8.0
  static let legendHeight = 30.0
  static let steps = 5

  var columns: Int { (tiles.map(\.column).max() ?? 0) + 1 }
  var rows: Int { (tiles.map(\.row).max() ?? 0) + 1 }
  var width: Double { Self.margin * 2 + Double(max(columns, 5)) * (Self.size + Self.gap) }
  var height: Double { Self.margin * 2 + Double(rows) * (Self.size + Self.gap) + Self.legendHeight }

  func origin(_ tile: Tile) -> (x: Double, y: Double) {
    (
      Self.margin + Double(tile.column) * (Self.size + Self.gap),
      Self.margin + Self.legendHeight + Double(tile.row) * (Self.size + Self.gap)
    )
  }

  var range: (low: Double, high: Double)? {
    let values = tiles.compactMap(\.value)
    guard let low = values.min(), let high = values.max() else { return nil }
    return (low, high)
  }

  /// The shade of a value: 1 (lightest) to 5 (darkest) in equal steps of the range; 0 when the
  /// department has no figure.
  func step(_ value: Double?) -> Int {
    guard let value, let range else { return 0 }
    guard range.high > range.low else { return 3 }
    let share = (value - range.low) / (range.high - range.low)
    return min(Self.steps, 1 + Int(share * Double(Self.steps)))
  }

  func render() -> SVG.Node {
    var nodes: [SVG.Node] = []
    for i in 1...Self.steps {
      nodes.append(
        SVG.rect(
          x: Self.margin + 60 + Double(i - 1) * 22, y: Self.margin, width: 20, height: 12,
          className: "shade-\(i)"))
    }
    nodes.append(
      SVG.text(lowLabel, x: Self.margin + 56, y: Self.margin + 10, anchor: "end", className: "axis-label"))
    nodes.append(
      SVG.text(
        highLabel, x: Self.margin + 64 + Double(Self.steps) * 22, y: Self.margin + 10, className: "axis-label"
      ))
    for tile in tiles {
      let at = origin(tile)
      let shade = step(tile.value)
      nodes.append(
        SVG.element(
          "g", [],
          [
            SVG.element("title", [], [.text(Page.text("\(tile.name): \(tile.shown)"))]),
            SVG.rect(x: at.x, y: at.y, width: Self.size, height: Self.size, className: "shade-\(shade)"),
            SVG.text(
              tile.abbreviation, x: at.x + Self.size / 2, y: at.y + 24, anchor: "middle",
              className: shade >= 4 ? "tile-label dark" : "tile-label"),
            SVG.text(
              tile.shown, x: at.x + Self.size / 2, y: at.y + 44, anchor: "middle",
              className: shade >= 4 ? "tile-value dark" : "tile-value"),
          ]))
    }
    return SVG.chart(width: width, height: height, title: title, nodes)
  }
}
