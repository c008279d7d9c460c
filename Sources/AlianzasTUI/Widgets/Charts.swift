import AlianzasDomain

/// Horizontal bars: a label, the bar and the value, one row per item.
public struct BarChart: Widget {
  public struct Bar: Sendable {
    public var label: String
    public var value: Double
    /// The figure written after the bar; by default the value, as the chart's language writes it.
    public var text: String?
    public var style: Style

    public init(_ label: String, value: Double, text: String? = nil, style: Style = .plain) {
      self.label = label
      self.value = value
      self.text = text
      self.style = style
    }

    func shown(_ language: Language) -> String {
      text ?? Format.decimal(value, digits: value == value.rounded() ? 0 : 1, language)
    }
  }

  public var bars: [Bar]
  public var labelWidth: Int?
  /// Largest value the bars are scaled to; the largest bar by default.
  public var maximum: Double?

  public var language: Language

  public init(_ bars: [Bar], labelWidth: Int? = nil, maximum: Double? = nil, language: Language) {
    self.language = language
    self.bars = bars
    self.labelWidth = labelWidth
    self.maximum = maximum
  }

  static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  public func render(in area: Rect, buffer: inout Buffer) {
    let labels = labelWidth ?? min(bars.map { DisplayWidth.of($0.label) }.max() ?? 0, area.width / 2)
    let texts = bars.map { $0.shown(language) }
    let values = texts.map { DisplayWidth.of($0) }.max() ?? 0
    let room = max(0, area.width - labels - values - 2)
    let top = maximum ?? bars.map(\.value).max() ?? 0
    for (i, bar) in bars.prefix(area.height).enumerated() {
      let y = area.y + i
      buffer.put(DisplayWidth.pad(bar.label, to: labels), x: area.x, y: y, clip: area)
      buffer.put(
        DisplayWidth.pad(texts[i], to: values, right: true), x: area.x + labels + 1, y: y, clip: area)
      guard top > 0, room > 0 else { continue }
      let eighthsTotal = Int((bar.value / top * Double(room) * 8).rounded())
      let full = String(repeating: "█", count: eighthsTotal / 8) + Self.eighths[eighthsTotal % 8]
      buffer.put(full, x: area.x + labels + values + 2, y: y, style: bar.style, clip: area)
    }
  }
}

/// A row of block characters showing a series' shape.
public struct Sparkline: Widget {
  public var values: [Double]
  public var style: Style

  public init(_ values: [Double], style: Style = .plain) {
    self.values = values
    self.style = style
  }

  static let levels = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  public func render(in area: Rect, buffer: inout Buffer) {
    let top = values.max() ?? 0
    let text = values.suffix(area.width).map { v in
      top > 0 ? Self.levels[min(7, Int(v / top * 7.99))] : " "
    }.joined()
    buffer.put(text, x: area.x, y: area.y + area.height - 1, style: style, clip: area)
  }
}

/// Survival-type step curves drawn with braille dots (2×4 per cell), one style per series, with
/// y from 0 to 1 and a shared x scale.
public struct StepCurve: Widget {
  public struct Series: Sendable {
    public var points: [(x: Double, y: Double)]
    public var style: Style
    public init(points: [(x: Double, y: Double)], style: Style) {
      self.points = points
      self.style = style
    }
  }

  public var series: [Series]
  public var maxX: Double
  /// The bottom of the y axis (the top is 1).
  public var minY: Double

  public init(_ series: [Series], maxX: Double, minY: Double = 0) {
    self.series = series
    self.maxX = maxX
    self.minY = min(max(0, minY), 0.99)
  }

  /// y on a step function defined by its jump points (starting at 1 before the first).
  static func value(_ points: [(x: Double, y: Double)], at x: Double) -> Double {
    points.last { $0.x <= x }?.y ?? 1
  }

  /// Whether series `index` draws in cell column `cell`: the first is solid, the next dashed,
  /// then sparser, so curves are told apart without colour (NO_COLOR) and the legend can show the
  /// same mark.
  public static func draws(series index: Int, cell: Int) -> Bool {
    index == 0 || cell % (index + 1) == 0
  }

  /// The legend's sample of series `index`: four cells drawn by the same rule as its curve.
  public static func legendMark(_ index: Int) -> String {
    String((0..<4).map { draws(series: index, cell: $0) ? "⠒" : " " })
  }

  public func render(in area: Rect, buffer: inout Buffer) {
    guard area.width > 0, area.height > 0, maxX > 0 else { return }
    let dotsX = area.width * 2, dotsY = area.height * 4
    for (index, s) in series.enumerated() {
      var previousRow: Int?
      for dx in 0..<dotsX {
        let x = Double(dx) / Double(dotsX - 1) * maxX
        let y = StepCurve.value(s.points, at: x)
        let scaled = (max(y, minY) - minY) / (1 - minY)
        let row = min(dotsY - 1, Int(((1 - scaled) * Double(dotsY - 1)).rounded()))
        // Vertical drops are drawn too, so a step reads as a step.
        let rows = previousRow.map { min($0, row)...max($0, row) } ?? row...row
        if StepCurve.draws(series: index, cell: dx / 2) {
          for r in rows { plot(dx, r, style: s.style, area: area, buffer: &buffer) }
        }
        previousRow = row
      }
    }
  }

  private func plot(_ dx: Int, _ dy: Int, style: Style, area: Rect, buffer: inout Buffer) {
    let cx = area.x + dx / 2, cy = area.y + dy / 4
    guard cx < area.right, cy < area.bottom else { return }
    let bits: [[UInt32]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
    let existing = buffer[cx, cy].symbol.unicodeScalars.first.map { $0.value } ?? 0
    let base: UInt32 = (0x2800...0x28FF).contains(existing) ? existing : 0x2800
    let value = base | bits[dy % 4][dx % 2]
    buffer[cx, cy] = Cell(symbol: String(Character(Unicode.Scalar(value)!)), style: style)
  }
}

/// A progress bar with a label: for work that takes longer than a moment.
public struct ProgressBar: Widget {
  public var label: String
  public var fraction: Double

  public init(label: String, fraction: Double) {
    self.label = label
    self.fraction = min(1, max(0, fraction))
  }

  public func render(in area: Rect, buffer: inout Buffer) {
    let percent = " \(Int((fraction * 100).rounded())) %"
    buffer.put(label, x: area.x, y: area.y, clip: area)
    let room = max(0, area.width - DisplayWidth.of(percent))
    let filled = Int(Double(room) * fraction)
    buffer.put(
      String(repeating: "█", count: filled) + String(repeating: "░", count: room - filled) + percent,
      x: area.x, y: area.y + min(1, area.height - 1), clip: area)
  }
}
