/// Where a change lands inside one file: object keys, records of a list by their id (`#id`) and
/// positions of a fixed list by index (`@3`), joined with `/`. Keys are escaped as in JSON Pointer
/// (`~0` for `~`, `~1` for `/`) so any key survives the trip.
public enum PathStep: Hashable, Sendable {
  case key(String)
  case record(String)
  case index(Int)

  var text: String {
    switch self {
    case .key(let key): return PathStep.escape(key)
    case .record(let id): return "#" + PathStep.escape(id)
    case .index(let i): return "@\(i)"
    }
  }

  init(text: Substring) {
    if text.first == "#" {
      self = .record(PathStep.unescape(text.dropFirst()))
    } else if text.first == "@", let i = Int(text.dropFirst()), i >= 0 {
      self = .index(i)
    } else {
      self = .key(PathStep.unescape(text))
    }
  }

  static func escape(_ text: String) -> String {
    guard text.contains(where: { $0 == "~" || $0 == "/" || $0 == "#" || $0 == "@" }) else { return text }
    var out = ""
    for c in text {
      switch c {
      case "~": out += "~0"
      case "/": out += "~1"
      case "#": out += "~2"
      case "@": out += "~3"
      default: out.append(c)
      }
    }
    return out
  }

  static func unescape(_ text: Substring) -> String {
    guard text.contains("~") else { return String(text) }
    var out = ""
    var iterator = text.makeIterator()
    while let c = iterator.next() {
      guard c == "~" else {
        out.append(c)
        continue
      }
      switch iterator.next() {
      case "0": out += "~"
      case "1": out += "/"
      case "2": out += "#"
      case "3": out += "@"
      case let other?: out += "~" + String(other)
      case nil: out += "~"
      }
    }
    return out
  }
}

/// A path inside one file; the empty path is the whole file.
public struct ChangePath: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var steps: [PathStep]

  public init(_ steps: [PathStep]) { self.steps = steps }

  public init(text: String) {
    steps =
      text.isEmpty ? [] : text.split(separator: "/", omittingEmptySubsequences: false).map(PathStep.init)
  }

  public var description: String { steps.map(\.text).joined(separator: "/") }

  public func appending(_ step: PathStep) -> ChangePath { ChangePath(steps + [step]) }

  public var parent: ChangePath? { steps.isEmpty ? nil : ChangePath(Array(steps.dropLast())) }

  /// True when `self` lies inside `other` (or is it).
  public func isWithin(_ other: ChangePath) -> Bool {
    steps.count >= other.steps.count && Array(steps.prefix(other.steps.count)) == other.steps
  }

  /// A record's stamp changes with every edit on every device; it is kept last-writer-wins and
  /// never reported as a conflict.
  public var isStamp: Bool { steps.last == .key("stamp") }

  /// The innermost record (list element with an id) this path belongs to.
  public var record: ChangePath? {
    guard let last = steps.lastIndex(where: { if case .record = $0 { return true } else { return false } })
    else { return nil }
    return ChangePath(Array(steps[...last]))
  }

  public static func < (a: ChangePath, b: ChangePath) -> Bool {
    if a.steps.count != b.steps.count { return a.steps.count < b.steps.count }
    return a.description < b.description
  }
}
