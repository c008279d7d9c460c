/// A fact about a record that cannot be accepted, naming the field (a path such as
/// `organization.members` or `agreements[1].pricePerKg`) and why.
public struct ValidationIssue: Hashable, Sendable, Error, CustomStringConvertible, Bilingual {
  public var field: String
  public var problem: Problem

  public init(_ field: String, _ problem: Problem) {
    self.field = field
    self.problem = problem
  }

  public enum Problem: Hashable, Sendable {
    case empty
    case tooLong(max: Int)
    case controlCharacters
    case badFormat(expected: Localized)
    case negative
    case outOfRange(min: Double, max: Double)
    case notAfter(field: String)
    case inFuture
    case unknownCode(String)
    case duplicate(String)
    case mismatch(Localized)
    case wrongCount(expected: Int, found: Int)
  }

  public func message(_ language: Language) -> String {
    "\(field): \(reason(language))"
  }

  public func reason(_ language: Language) -> String {
    let es = language == .es
    switch problem {
    case .empty: return es ? "no puede estar vacío" : "must not be empty"
    case .tooLong(let max):
      return es ? "tiene más de \(max) caracteres" : "is longer than \(max) characters"
    case .controlCharacters:
      return es ? "contiene caracteres de control" : "contains control characters"
    case .badFormat(let expected):
      return es
        ? "no tiene la forma esperada (\(expected.es))" : "is not of the expected form (\(expected.en))"
    case .negative: return es ? "no puede ser negativo" : "must not be negative"
    case .outOfRange(let min, let max):
      return es
        ? "debe estar entre \(Self.number(min)) y \(Self.number(max))"
        : "must be between \(Self.number(min)) and \(Self.number(max))"
    case .notAfter(let other):
      return es ? "no puede ser anterior a \(other)" : "cannot be earlier than \(other)"
    case .inFuture: return es ? "no puede estar en el futuro" : "cannot be in the future"
    case .unknownCode(let code): return es ? "código desconocido «\(code)»" : "unknown code «\(code)»"
    case .duplicate(let what): return es ? "repetido: \(what)" : "repeated: \(what)"
    case .mismatch(let text): return text(language)
    case .wrongCount(let expected, let found):
      return es
        ? "debe tener \(expected) elementos y tiene \(found)"
        : "must have \(expected) items but has \(found)"
    }
  }

  public var description: String { message(.en) }

  private static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }
}

/// Collects issues while walking a record; keeps validators short and uniform.
struct IssueCollector {
  var issues: [ValidationIssue] = []
  let prefix: String

  init(prefix: String = "") { self.prefix = prefix }

  mutating func add(_ field: String, _ problem: ValidationIssue.Problem) {
    issues.append(ValidationIssue(prefix + field, problem))
  }

  mutating func text(_ field: String, _ value: String, required: Bool = true, max: Int = 200) {
    if required && value.trimmingWhitespace.isEmpty { add(field, .empty) }
    if value.count > max { add(field, .tooLong(max: max)) }
    if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" }) {
      add(field, .controlCharacters)
    }
  }

  mutating func nonNegative(_ field: String, _ value: Int) {
    if value < 0 { add(field, .negative) }
  }

  mutating func nonNegative(_ field: String, _ value: Double) {
    if !(value >= 0) || !value.isFinite { add(field, .negative) }
  }

  mutating func nonNegative(_ field: String, _ value: Pesos) {
    if value.amount < 0 { add(field, .negative) }
  }

  mutating func notFuture(_ field: String, _ day: Day?, today: Day) {
    if let day, day > today { add(field, .inFuture) }
  }

  mutating func merge(_ other: [ValidationIssue], prefix extra: String) {
    issues += other.map { ValidationIssue(prefix + extra + $0.field, $0.problem) }
  }
}

extension String {
  var trimmingWhitespace: Substring {
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return slice
  }
}
