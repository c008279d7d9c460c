import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasReport

/// Each chart kind's geometry against the numbers it draws, and the drawn SVG against the geometry.
@Suite("Chart geometry")
struct ChartGeometryTests {
  /// The values of `attribute` on every `<tag …>` of the rendered chart, in order.
  func values(_ svg: String, _ tag: String, _ attribute: String) -> [String] {
    svg.components(separatedBy: "<\(tag) ").dropFirst().compactMap { element in
      guard let start = element.range(of: "\(attribute)=\"") else { return nil }
      return String(element[start.upperBound...].prefix { $0 != "\"" })
    }
  }

  @Test func barsAreInProportionToTheirValues() {
    let chart = BarChart(
      title: "t",
      bars: [
        .init(label: "a", value: 10, shown: "10"), .init(label: "b", value: 20, shown: "20"),
        .init(label: "c", value: 0, shown: "0"), .init(label: "d", value: 5, shown: "5"),
      ])
    let r = chart.rectangles
    let span = BarChart.width - BarChart.labelWidth - BarChart.valueWidth - 8
    #expect(r[1].width == span, "the largest fills the space")
    #expect(abs(r[0].width - span / 2) < 1e-9 && abs(r[3].width - span / 4) < 1e-9)
    #expect(r[2].width == 0)
    #expect(Set(r.map(\.x)).count == 1, "every bar starts at the same place")
    #expect(zip(r, r.dropFirst()).allSatisfy { $1.y > $0.y }, "one below the other")
    let svg = chart.render().render(indentedBy: nil)
    #expect(values(svg, "rect", "width") == r.map { SVG.number($0.width) })
    #expect(svg.contains(">20</text>"))
  }

  @Test func survivalStepsFollowTheKaplanMeierTable() throws {
    // Six agreements: ruptures at 100, 400 (two) and 900 days, two still running.
    let observations = [(100.0, true), (400, true), (400, true), (700, false), (900, true), (1200, false)].map
    {
      SurvivalObservation(time: $0.0, event: $0.1)
    }
    let rows = KaplanMeier.fit(observations).rows
    let chart = SurvivalChart(title: "t", xLabel: "x", groups: [.init(name: "g", rows: rows)])
    #expect(chart.years == 4, "1,200 days fit in four whole years")
    let steps = chart.steps(chart.groups[0])
    #expect(steps.first! == chart.position(days: 0, survival: 1))
    // After each time, the line stands at that row's survival.
    for (i, row) in rows.enumerated() {
      let after = steps[2 + 2 * i]
      let at = chart.position(days: row.time, survival: row.survival)
      #expect(abs(after.x - at.x) < 1e-9 && abs(after.y - at.y) < 1e-9, "row \(i)")
    }
    let lastEvent = try #require(rows.last { $0.events > 0 })
    // 5 of 6 left after day 100, 3 of the 5 at risk after day 400, 1 of the 2 after day 900.
    #expect(abs(lastEvent.survival - (5.0 / 6) * (3.0 / 5) * (1.0 / 2)) < 1e-12)
    let band = chart.band(chart.groups[0])
    #expect(band.count >= 4 && band.allSatisfy { $0.y >= SurvivalChart.top && $0.y <= SurvivalChart.height })
    let svg = chart.render().render(indentedBy: nil)
    #expect(values(svg, "polyline", "points") == [SVG.points(steps)])
  }

  @Test func pointsStandWhereTheirValuesAre() {
    let chart = ScatterChart(title: "t", xLabel: "x", yLabel: "y", points: [(0, 0), (7.2, 100), (4, 50)])
    #expect(chart.xMax == 8)
    let origin = chart.position((0, 0)), corner = chart.position((8, 100)), middle = chart.position((4, 50))
    #expect(origin.x == ScatterChart.left && origin.y == ScatterChart.height - ScatterChart.bottom)
    #expect(corner.x == ScatterChart.width - ScatterChart.right && corner.y == ScatterChart.top)
    #expect(
      abs(middle.x - (origin.x + corner.x) / 2) < 1e-9 && abs(middle.y - (origin.y + corner.y) / 2) < 1e-9)
    let svg = chart.render().render(indentedBy: nil)
    let drawn = chart.points.map { chart.position($0) }
    #expect(values(svg, "circle", "cx") == drawn.map { SVG.number($0.x) })
    #expect(values(svg, "circle", "cy") == drawn.map { SVG.number($0.y) })
  }

  @Test func hazardRatiosStandOnALogarithmicAxisAroundOne() {
    let plot = ForestPlot(
      title: "t", xLabel: "x",
      rows: [
        .init(label: "a", ratio: 0.5, lower: 0.3, upper: 0.9),
        .init(label: "b", ratio: 2, lower: 1.1, upper: 3.5),
        .init(label: "c", ratio: 1, lower: 0.8, upper: 1.25),
      ])
    #expect(plot.range.low == 0.25 && plot.range.high == 4, "powers of two around every interval")
    let one = plot.x(1)
    // Equal ratios either side of 1 stand equally far from it; an interval holds its estimate.
    #expect(abs((one - plot.x(0.5)) - (plot.x(2) - one)) < 1e-9)
    #expect(
      abs(one - (ForestPlot.left + ForestPlot.width - ForestPlot.right) / 2) < 1e-9,
      "1 in the middle of 1/4…4")
    for row in plot.rows {
      #expect(plot.x(row.lower) <= plot.x(row.ratio) && plot.x(row.ratio) <= plot.x(row.upper))
    }
    let svg = plot.render().render(indentedBy: nil)
    #expect(values(svg, "circle", "cx") == plot.rows.map { SVG.number(plot.x($0.ratio)) })
    #expect(values(svg, "circle", "cy") == plot.rows.indices.map { SVG.number(plot.y($0)) })
  }

  @Test func textIsEscapedOnceAndNamesWithAmpersandsStayText() {
    let svg = BarChart(title: "A&B; <x>", bars: [.init(label: "Tom&Jerry;", value: 1, shown: "1")]).render()
      .render(indentedBy: nil)
    #expect(svg.contains("Tom&amp;Jerry;") && svg.contains("A&amp;B; &lt;x&gt;"))
    #expect(!svg.contains("<x>"))
  }
}
