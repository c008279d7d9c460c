import Testing

@testable import AlianzasTUI

@Suite("Cell buffer")
struct BufferTests {
  @Test func widthsDoNotDependOnTheLocale() {
    #expect(DisplayWidth.of("ñ") == 1)
    #expect(DisplayWidth.of("n\u{0303}") == 1, "decomposed ñ is one grapheme of width 1")
    #expect(DisplayWidth.of("日") == 2)
    #expect(DisplayWidth.of("🌽") == 2)
    #expect(DisplayWidth.of("Nariño") == 6)
    #expect(DisplayWidth.of("\u{0007}") == 0)
  }

  @Test func oneGraphemePerCell() {
    var b = Buffer(width: 10, height: 1)
    b.put("Man\u{0303}a日x", x: 0, y: 0)
    #expect(b[2, 0].symbol == "n\u{0303}")
    #expect(b[4, 0].symbol == "日")
    #expect(b[5, 0].symbol == "")
    #expect(b[6, 0].symbol == "x")
    #expect(b.lines == ["Man\u{0303}a日x"])
  }

  @Test func clippingNeverWraps() {
    var b = Buffer(width: 8, height: 2)
    let end = b.put("¿listo? sí", x: 3, y: 0)
    #expect(b.lines == ["   ¿list", ""])
    #expect(end == 8, "drawing stops at the edge")
    var c = Buffer(width: 4, height: 1)
    c.put("ab日", x: 1, y: 0)
    #expect(c.lines == [" ab"], "a wide glyph that does not fit whole becomes a space")
    var d = Buffer(width: 10, height: 1)
    d.put("abcdef", x: 0, y: 0, clip: Rect(x: 2, y: 0, width: 3, height: 1))
    #expect(d.lines == ["  cde"])
  }

  @Test func diffListsOnlyChangedCells() {
    var a = Buffer(width: 5, height: 2)
    a.put("hola", x: 0, y: 0)
    var b = a
    b.put("X", x: 1, y: 1, style: .bold)
    let changes = b.changes(since: a)
    #expect(changes.count == 1)
    #expect(changes[0].x == 1 && changes[0].y == 1 && changes[0].cell.style.bold)
    #expect(b.changes(since: Buffer(width: 4, height: 2)).count == 10, "a new size repaints all")
  }

  @Test func rectanglesSplit() {
    let r = Rect(x: 0, y: 0, width: 80, height: 21)
    #expect(r.rows([14, nil]).map(\.height) == [14, 7])
    #expect(r.columns([nil, nil, nil]).map(\.width) == [27, 27, 26])
    #expect(r.rows([6, 4, 6, nil]).map(\.y) == [0, 6, 10, 16])
  }

  @Test func wrapKeepsStylesAndSpaces() {
    let line = Line([Span("p         ", .bold), Span("archivos con problemas")])
    let wrapped = Paragraph.wrap(line, width: 20)
    #expect(wrapped.map(\.text) == ["p         archivos", "con problemas"])
    #expect(wrapped[0].spans[0].style.bold)
  }

  @Test func barsScaleToTheLargest() {
    var b = Buffer(width: 20, height: 2)
    BarChart([BarChart.Bar("a", value: 10), BarChart.Bar("b", value: 5)], language: .es).render(
      in: b.area, buffer: &b)
    #expect(b.lines[0] == "a 10 ███████████████")
    #expect(b.lines[1] == "b  5 ███████▌")
  }

  @Test func stepCurveDrawsBraille() {
    var b = Buffer(width: 10, height: 2)
    StepCurve([StepCurve.Series(points: [(x: 5, y: 0.5)], style: .plain)], maxX: 10).render(
      in: b.area, buffer: &b)
    // y = 1 until x = 5 (top dots of row 0), then 0.5 (the middle of the 8 dot rows).
    #expect(b.lines == ["⠉⠉⠉⠉⠉⡇", "     ⠉⠉⠉⠉⠉"])
  }

  @Test func tableShowsSortMarkSelectionAndTotals() {
    var b = Buffer(width: 24, height: 5)
    Table(
      columns: [TableColumn("Código"), TableColumn("N", width: 4, alignRight: true)],
      rows: (1...6).map { [Span("A\($0)"), Span("\($0)")] }, selected: 4, sortColumn: 1, ascending: false,
      totals: [Span("Total"), Span("21")]
    ).render(in: b.area, buffer: &b)
    #expect(b.lines[0].hasPrefix("Código"))
    #expect(b.lines[0].contains("N ▼") || b.lines[0].contains("▼"))
    #expect(b.lines[4] == "Total                 21")
    let selectedRow = (1...3).first { b[0, $0].style.reverse }
    #expect(selectedRow.map { b.lines[$0].hasPrefix("A5") } == true)
  }
}
