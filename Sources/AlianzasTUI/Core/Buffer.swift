/// One cell of the screen: a single grapheme (empty for the second half of a wide one) and its style.
public struct Cell: Hashable, Sendable {
  public var symbol: String
  public var style: Style

  public init(symbol: String = " ", style: Style = .plain) {
    self.symbol = symbol
    self.style = style
  }

  public static let blank = Cell()
}

/// The whole screen as cells. Widgets draw into it; the terminal backend sends only the cells that
/// changed since the last frame. Drawing clips to the given area and never wraps.
public struct Buffer: Hashable, Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set { cells[y * width + x] = newValue }
  }

  /// Draws `text` from (x, y), clipped to `clip` (the whole buffer by default). A wide grapheme
  /// that does not fit whole is replaced by a space. Returns the column after the last one drawn.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
    let bounds = (clip ?? area).intersection(area)
    guard y >= bounds.y, y < bounds.bottom else { return x }
    var column = x
    for character in text {
      let w = DisplayWidth.of(character)
      if w == 0 {
        // A lone combining mark or control: attach nothing, draw nothing.
        continue
      }
      if column >= bounds.right { break }
      if column >= bounds.x {
        if w == 2 && column + 1 >= bounds.right {
          self[column, y] = Cell(symbol: " ", style: style)
        } else {
          self[column, y] = Cell(symbol: String(character), style: style)
          if w == 2 { self[column + 1, y] = Cell(symbol: "", style: style) }
        }
      }
      column += w
    }
    return column
  }

  /// Draws styled pieces one after the other. A line wider than the room left ends in "…", so a
  /// reader knows there is more (a word is never silently cut).
  @discardableResult
  public mutating func put(_ line: Line, x: Int, y: Int, clip: Rect? = nil) -> Int {
    let right = (clip ?? area).intersection(area).right
    var column = x
    guard x + line.width > right, right - x >= 1 else {
      for span in line.spans { column = put(span.text, x: column, y: y, style: span.style, clip: clip) }
      return column
    }
    let room = right - x - 1
    var last = Style.plain
    for span in line.spans {
      var text = ""
      for character in span.text {
        let w = DisplayWidth.of(character)
        if column - x + DisplayWidth.of(text) + w > room { break }
        text.append(character)
      }
      column = put(text, x: column, y: y, style: span.style, clip: clip)
      last = span.style
      if column - x >= room || text.count < span.text.count { break }
    }
    // Trailing spaces of the cut are not worth keeping before the mark.
    return put("…", x: column, y: y, style: last, clip: clip)
  }

  public mutating func fill(_ rect: Rect, style: Style = .plain, symbol: String = " ") {
    let r = rect.intersection(area)
    for y in r.y..<r.bottom { for x in r.x..<r.right { self[x, y] = Cell(symbol: symbol, style: style) } }
  }

  public mutating func setStyle(_ rect: Rect, _ transform: (inout Style) -> Void) {
    let r = rect.intersection(area)
    for y in r.y..<r.bottom { for x in r.x..<r.right { transform(&self[x, y].style) } }
  }

  /// The text of each row, trailing spaces removed: what a person would read, for tests.
  public var lines: [String] {
    (0..<height).map { y in
      var s = ""
      for x in 0..<width { s += self[x, y].symbol }
      while s.hasSuffix(" ") { s.removeLast() }
      return s
    }
  }

  /// Cells that differ from `previous` (all of them when the size changed).
  public func changes(since previous: Buffer?) -> [(x: Int, y: Int, cell: Cell)] {
    var out: [(Int, Int, Cell)] = []
    let same = previous.map { $0.width == width && $0.height == height } ?? false
    for y in 0..<height {
      for x in 0..<width {
        let cell = self[x, y]
        if !same || previous![x, y] != cell { out.append((x, y, cell)) }
      }
    }
    return out
  }
}

/// A piece of text in one style.
public struct Span: Hashable, Sendable {
  public var text: String
  public var style: Style

  public init(_ text: String, _ style: Style = .plain) {
    self.text = text
    self.style = style
  }
}

/// A line of styled pieces.
public struct Line: Hashable, Sendable, ExpressibleByStringLiteral {
  public var spans: [Span]

  public init(_ spans: [Span]) { self.spans = spans }
  public init(_ text: String, _ style: Style = .plain) { spans = [Span(text, style)] }
  public init(stringLiteral value: String) { spans = [Span(value)] }

  public var width: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }
  public var text: String { spans.map(\.text).joined() }
}
