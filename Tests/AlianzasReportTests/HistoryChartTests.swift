import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasReport

/// The charts of an alliance's history and the map of departments, against the numbers they draw.
@Suite("History charts and the map")
struct HistoryChartTests {
  func values(_ svg: String, _ tag: String, _ attribute: String) -> [String] {
    ChartGeometryTests().values(svg, tag, attribute)
  }

  func day(_ iso: String) -> Day { Day(iso: iso)! }

  @Test func anAgreementsBarRunsFromItsStartToItsEnd() {
    let chart = TimelineChart(
      title: "t",
      markRows: [
        ("Etapas", [.init(day: day("2010-01-01"), label: "1"), .init(day: day("2012-01-01"), label: "5")])
      ],
      spans: [
        .init(label: "Comprador A", from: day("2010-07-01"), to: day("2011-07-01"), ruptured: true),
        .init(label: "Comprador B", from: day("2011-09-01"), to: day("2014-01-01"), ruptured: false),
      ], today: day("2014-01-01"))
    let axis = chart.axis
    #expect(axis.from == day("2010-01-01") && axis.to == day("2014-01-01"))
    #expect(axis.x(axis.from) == TimelineChart.labelWidth)
    #expect(abs(axis.x(axis.to) - (TimelineChart.width - TimelineChart.right)) < 1e-9)
    // Four years across: the first agreement's year is a quarter of the width.
    let bars = chart.bars
    #expect(abs(bars[0].width - axis.width * 365 / 1461) < 1e-9)
    #expect(abs(bars[1].x - axis.x(day("2011-09-01"))) < 1e-9)
    #expect(bars[1].y > bars[0].y, "one row per agreement, below the marks")
    let svg = chart.render().render(indentedBy: nil)
    #expect(values(svg, "rect", "x") == bars.map { SVG.number($0.x) })
    #expect(values(svg, "rect", "class") == ["bar-4", "bar-3"], "a rupture red, an agreement in force green")
    #expect(svg.components(separatedBy: "class=\"cross\"").count - 1 == 2, "one cross for the rupture")
    #expect(
      values(svg, "circle", "cx") == [
        SVG.number(axis.x(day("2010-01-01"))), SVG.number(axis.x(day("2012-01-01"))),
      ])
  }

  @Test func columnsRiseToTheirValueAndTheReferenceBreaksWhereThereIsNone() {
    let chart = ColumnChart(
      title: "t", yLabel: "kg", referenceLabel: "pactado",
      columns: [
        .init(label: "2014-01", value: 1_000, reference: 2_000),
        .init(label: "2014-02", value: 2_500, reference: 2_000),
        .init(label: "2014-03", value: 0, reference: nil),
        .init(label: "2014-04", value: 4_000, reference: 3_000),
      ], format: { String(Int($0)) })
    #expect(chart.yMax == 5_000, "a round top above the largest column")
    let r = chart.rectangles
    let bottom = ColumnChart.height - ColumnChart.bottom, h = bottom - ColumnChart.top
    #expect(abs(r[0].height - h / 5) < 1e-9 && abs(r[3].height - h * 0.8) < 1e-9)
    #expect(r[2].height == 0)
    #expect(zip(r, r.dropFirst()).allSatisfy { abs($1.x - $0.x - chart.slot) < 1e-9 }, "evenly spaced")
    let runs = chart.referenceRuns
    #expect(runs.count == 2, "no agreement in March breaks the line")
    #expect(runs[0].count == 4 && runs[0].allSatisfy { abs($0.y - chart.y(2_000)) < 1e-9 })
    #expect(abs(runs[1][0].y - chart.y(3_000)) < 1e-9)
    let svg = chart.render().render(indentedBy: nil)
    #expect(values(svg, "rect", "height").prefix(4) == r.map { SVG.number($0.height) }[...])
    #expect(values(svg, "polyline", "points") == runs.map { SVG.points($0) })
  }

  @Test func aRunningTotalHoldsItsLevelUntilTheNextStepAndToToday() {
    let chart = LineChart(
      title: "t",
      series: [
        .init(
          name: "desembolsado", points: [(day("2010-01-01"), 100), (day("2011-01-01"), 300)], steps: true),
        .init(name: "precio", points: [(day("2010-01-01"), 50), (day("2012-01-01"), 80)]),
      ], today: day("2012-01-01"), format: { String(Int($0)) })
    #expect(chart.yMax == 500)
    let steps = chart.path(chart.series[0])
    let axis = chart.axis
    // Level at 100 until the second point, up to 300, then on to today.
    #expect(steps.count == 4)
    #expect(abs(steps[1].x - axis.x(day("2011-01-01"))) < 1e-9 && abs(steps[1].y - chart.y(100)) < 1e-9)
    #expect(abs(steps[2].y - chart.y(300)) < 1e-9)
    #expect(abs(steps[3].x - axis.x(day("2012-01-01"))) < 1e-9 && abs(steps[3].y - chart.y(300)) < 1e-9)
    #expect(chart.path(chart.series[1]).count == 2, "a plain line only joins its points")
    let svg = chart.render().render(indentedBy: nil)
    #expect(values(svg, "polyline", "points") == chart.series.map { SVG.points(chart.path($0)) })
  }

  @Test func eachDepartmentSitsOnItsSquareShadedByItsValue() {
    let map = TileMap(
      title: "t",
      tiles: [
        .init(column: 0, row: 0, abbreviation: "AAA", name: "A", value: 10, shown: "10"),
        .init(column: 2, row: 1, abbreviation: "BBB", name: "B", value: 20, shown: "20"),
        .init(column: 1, row: 3, abbreviation: "CCC", name: "C", value: 15, shown: "15"),
        .init(column: 3, row: 3, abbreviation: "DDD", name: "D", value: nil, shown: "—"),
      ], lowLabel: "menor", highLabel: "mayor")
    #expect(map.columns == 4 && map.rows == 4)
    #expect(map.step(10) == 1 && map.step(20) == 5 && map.step(15) == 3 && map.step(nil) == 0)
    let b = map.origin(map.tiles[1])
    #expect(b.x == TileMap.margin + 2 * (TileMap.size + TileMap.gap))
    #expect(b.y == TileMap.margin + TileMap.legendHeight + TileMap.size + TileMap.gap)
    let svg = map.render().render(indentedBy: nil)
    // The legend's five steps, then one square per department in its shade.
    let classes = values(svg, "rect", "class")
    #expect(Array(classes.dropFirst(TileMap.steps)) == ["shade-1", "shade-5", "shade-3", "shade-0"])
    #expect(
      Array(values(svg, "rect", "x").dropFirst(TileMap.steps))
        == map.tiles.map { SVG.number(map.origin($0).x) })
    #expect(svg.contains("<title>D: —</title>"), "a department without the figure says so")
  }

  @Test func theTimeAxisMarksYearsOrQuarters() {
    let long = TimeAxis(from: day("2003-05-10"), to: day("2014-06-30"), left: 0, width: 100)
    #expect(long.years.map(\.label) == stride(from: 2004, through: 2014, by: 2).map(String.init))
    let short = TimeAxis(from: day("2013-02-10"), to: day("2014-06-30"), left: 0, width: 100)
    #expect(short.years.map(\.label) == ["2013-04", "2013-07", "2013-10", "2014", "2014-04"])
    #expect(niceCeiling(3_386) == 5_000 && niceCeiling(2_000) == 2_000 && niceCeiling(0.3) == 0.5)
  }
}
