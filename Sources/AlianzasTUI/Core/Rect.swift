/// A rectangle of cells: where a widget may draw.
public struct Rect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public var isEmpty: Bool { width <= 0 || height <= 0 }
  public var right: Int { x + width }
  public var bottom: Int { y + height }

  public func inset(_ n: Int) -> Rect {
    Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n)
  }
  public func inset(dx: Int, dy: Int) -> Rect {
    Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
  }

  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x), top = max(y, other.y)
    return Rect(
      x: left, y: top, width: min(right, other.right) - left, height: min(bottom, other.bottom) - top)
  }

  /// The row `i` of this rectangle, one cell high.
  public func row(_ i: Int) -> Rect { Rect(x: x, y: y + i, width: width, height: i < height ? 1 : 0) }

  /// Splits top to bottom: fixed heights, and `nil` entries share what is left.
  public func rows(_ heights: [Int?]) -> [Rect] {
    let fixed = heights.compactMap { $0 }.reduce(0, +)
    let flexible = heights.filter { $0 == nil }.count
    let share = flexible > 0 ? max(0, height - fixed) / flexible : 0
    var extra = flexible > 0 ? max(0, height - fixed) - share * flexible : 0
    var top = y
    return heights.map { h in
      var size = h ?? share
      if h == nil && extra > 0 {
        size += 1
        extra -= 1
      }
      defer { top += size }
      return Rect(x: x, y: top, width: width, height: min(size, bottom - top))
    }
  }

  /// Splits left to right, like `rows`.
  public func columns(_ widths: [Int?]) -> [Rect] {
    let transposed = Rect(x: y, y: x, width: height, height: width).rows(widths)
    return transposed.map { Rect(x: $0.y, y: $0.x, width: $0.height, height: $0.width) }
  }
}
