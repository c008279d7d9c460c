/// The eight terminal colors; `nil` in a style means the terminal's default.
public enum Color: Int, Sendable, Hashable, CaseIterable {
  case black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell looks. Colors are dropped on monochrome terminals and with `NO_COLOR`, so anything
/// that matters also has an attribute (bold, reverse, underline) or a symbol.
public struct Style: Hashable, Sendable {
  public var fg: Color?
  public var bg: Color?
  public var bold = false
  public var reverse = false
  public var underline = false
  public var dim = false

  public init(
    fg: Color? = nil, bg: Color? = nil, bold: Bool = false, reverse: Bool = false, underline: Bool = false,
    dim: Bool = false
  ) {
    self.fg = fg
    self.bg = bg
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
    self.dim = dim
  }

  public static let plain = Style()
  public static let bold = Style(bold: true)
  public static let reverse = Style(reverse: true)
  public static let dim = Style(dim: true)

  public func with(fg: Color?) -> Style {
    var s = self
    s.fg = fg
    return s
  }

  public func bolded() -> Style {
    var s = self
    s.bold = true
    return s
  }
}
