/// A column of a table: title, width (nil shares the room left) and alignment.
public struct TableColumn: Sendable {
  public var title: String
  public var width: Int?
  public var minWidth: Int
  public var alignRight: Bool

  public init(_ title: String, width: Int? = nil, minWidth: Int = 4, alignRight: Bool = false) {
    self.title = title
    self.width = width
    self.minWidth = minWidth
    self.alignRight = alignRight
  }
}

/// Rows under a header, with a selected row kept in view, a sort mark and an optional totals row.
/// Sorting and filtering are decided by the screen; the table shows the result.
public struct Table: Widget {
  public var columns: [TableColumn]
  public var rows: [[Span]]
  public var selected: Int?
  public var sortColumn: Int?
  public var ascending: Bool
  public var totals: [Span]?
  public var focused: Bool
  /// With a long list, the caller may pass only the rows in view: `rowCount` is the whole list's
  /// length and `firstRow` the position of `rows[0]` in it.
  public var rowCount: Int?
  public var firstRow = 0

  public init(
    columns: [TableColumn], rows: [[Span]], selected: Int? = nil, sortColumn: Int? = nil,
    ascending: Bool = true,
    totals: [Span]? = nil, focused: Bool = true
  ) {
    self.columns = columns
    self.rows = rows
    self.selected = selected
    self.sortColumn = sortColumn
    self.ascending = ascending
    self.totals = totals
    self.focused = focused
  }

  /// Column widths for `width` columns of screen, one space between columns.
  public func widths(for width: Int) -> [Int] {
    let gaps = max(0, columns.count - 1)
    let fixed = columns.compactMap(\.width).reduce(0, +)
    let flexible = columns.filter { $0.width == nil }
    let room = max(0, width - gaps - fixed)
    let share = flexible.isEmpty ? 0 : room / flexible.count
    var extra = flexible.isEmpty ? 0 : room - share * flexible.count
    return columns.map { c in
      if let w = c.width { return w }
      var w = max(c.minWidth, share)
      if extra > 0 {
        w += 1
        extra -= 1
      }
      return w
    }
  }

  /// Rows that fit under the header (and above the totals).
  public static func visibleRows(height: Int, hasTotals: Bool) -> Int {
    max(0, height - 1 - (hasTotals ? 1 : 0))
  }

  /// First row shown so that the selected one is in view.
  public static func offset(selected: Int?, visible: Int, count: Int) -> Int {
    guard let selected, visible > 0 else { return 0 }
    // Keep the selection near the middle once the list has scrolled.
    return max(0, min(selected - visible / 2, count - visible))
  }

  public func render(in area: Rect, buffer: inout Buffer) {
    guard !area.isEmpty else { return }
    let widths = widths(for: area.width)
    var x = area.x
    for (i, column) in columns.enumerated() {
      var title = column.title
      if sortColumn == i { title += ascending ? " ▲" : " ▼" }
      buffer.put(
        DisplayWidth.pad(title, to: widths[i], right: column.alignRight), x: x, y: area.y,
        style: Style(bold: true, underline: true), clip: area)
      x += widths[i] + 1
    }
    let visible = Table.visibleRows(height: area.height, hasTotals: totals != nil)
    let first = Table.offset(selected: selected, visible: visible, count: rowCount ?? rows.count)
    for (n, row) in rows.dropFirst(first - firstRow).prefix(visible).enumerated() {
      let y = area.y + 1 + n
      let isSelected = selected == first + n
      drawRow(row, y: y, widths: widths, area: area, buffer: &buffer)
      if isSelected {
        buffer.setStyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { style in
          if focused { style.reverse = true } else { style.underline = true }
        }
      }
    }
    if let totals {
      drawRow(totals, y: area.bottom - 1, widths: widths, area: area, buffer: &buffer)
      buffer.setStyle(Rect(x: area.x, y: area.bottom - 1, width: area.width, height: 1)) { $0.bold = true }
    }
  }

  private func drawRow(_ row: [Span], y: Int, widths: [Int], area: Rect, buffer: inout Buffer) {
    var x = area.x
    for (i, span) in row.prefix(columns.count).enumerated() {
      buffer.put(
        DisplayWidth.pad(span.text, to: widths[i], right: columns[i].alignRight), x: x, y: y,
        style: span.style, clip: area)
      x += widths[i] + 1
    }
  }
}

/// The row of screen names; the current one stands out.
public struct Tabs: Widget {
  public var titles: [String]
  public var selected: Int

  public init(_ titles: [String], selected: Int) {
    self.titles = titles
    self.selected = selected
  }

  public func render(in area: Rect, buffer: inout Buffer) {
    var x = area.x
    for (i, title) in titles.enumerated() {
      let text = " \(title) "
      x = buffer.put(
        text, x: x, y: area.y, style: i == selected ? Style(bold: true, reverse: true) : .plain, clip: area)
      x = buffer.put("│", x: x, y: area.y, style: .dim, clip: area)
    }
  }
}
