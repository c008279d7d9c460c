import Foundation
import Plot

/// SVG elements through Plot's generic nodes, so every chart's text is escaped like the page's.
/// Coordinates are written with one decimal: enough for print, short enough to read in a test.
enum SVG {
  typealias Node = Plot.Node<HTML.BodyContext>

  static func element(_ name: String, _ attributes: [(String, String)], _ children: [Node] = []) -> Node {
    .element(
      named: name, nodes: attributes.map { .attribute(named: $0.0, value: Page.attribute($0.1)) } + children)
  }

  static func number(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
  }

  /// The chart's frame: a view box that scales to the page, a title for screen readers.
  static func chart(width: Double, height: Double, title: String, _ children: [Node]) -> Node {
    element(
      "svg",
      [
        ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(number(width)) \(number(height))"),
        ("role", "img"), ("class", "chart"),
      ],
      [element("title", [], [.text(Page.text(title))])] + children)
  }

  static func text(
    _ content: String, x: Double, y: Double, anchor: String = "start", className: String = "label"
  ) -> Node {
    element(
      "text", [("x", number(x)), ("y", number(y)), ("text-anchor", anchor), ("class", className)],
      [.text(Page.text(content))])
  }

  static func rect(x: Double, y: Double, width: Double, height: Double, className: String) -> Node {
    element(
      "rect",
      [
        ("x", number(x)), ("y", number(y)), ("width", number(max(0, width))), ("height", number(height)),
        ("class", className),
      ])
  }

  static func line(x1: Double, y1: Double, x2: Double, y2: Double, className: String) -> Node {
    element(
      "line",
      [("x1", number(x1)), ("y1", number(y1)), ("x2", number(x2)), ("y2", number(y2)), ("class", className)])
  }

  /// A label cut with "…" to fit a width, judged at the charts' 11-pixel type (a character of
  /// DejaVu Sans is at most about 6.6 pixels wide); the full text is in the chart's table.
  static func fit(_ label: String, width: Double) -> String {
    let room = Int(width / 6.6)
    return label.count <= room ? label : String(label.prefix(max(1, room - 1))) + "…"
  }

  /// Points as SVG writes them: "x,y x,y …".
  static func points(_ points: [(x: Double, y: Double)]) -> String {
    points.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")
  }
}
