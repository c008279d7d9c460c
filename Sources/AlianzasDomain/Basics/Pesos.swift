/// Colombian pesos as whole units: money is counted, never approximated with floating point.
public struct Pesos: Hashable, Comparable, Sendable, Codable, AdditiveArithmetic,
  CustomStringConvertible, ExpressibleByIntegerLiteral
{
  public var amount: Int64

  public init(_ amount: Int64) { self.amount = amount }
  public init(integerLiteral value: Int64) { amount = value }

  public static let zero = Pesos(0)
  // Saturating: a hostile or mistyped file must not crash a sum; validation reports the amount.
  public static func + (a: Pesos, b: Pesos) -> Pesos {
    let (sum, overflow) = a.amount.addingReportingOverflow(b.amount)
    return Pesos(overflow ? (b.amount > 0 ? .max : .min) : sum)
  }

  public static func - (a: Pesos, b: Pesos) -> Pesos {
    let (difference, overflow) = a.amount.subtractingReportingOverflow(b.amount)
    return Pesos(overflow ? (b.amount < 0 ? .max : .min) : difference)
  }
  public static func < (a: Pesos, b: Pesos) -> Bool { a.amount < b.amount }

  public init(from decoder: any Decoder) throws {
    amount = try decoder.singleValueContainer().decode(Int64.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(amount)
  }

  /// `$ 1.234.567`: Colombian grouping with dots.
  public var description: String { "$ " + Pesos.grouped(amount) }

  public var double: Double { Double(amount) }

  public static func grouped(_ value: Int64, separator: Character = ".") -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out.append(separator) }
      out.append(digit)
    }
    return value < 0 ? "-" + out : out
  }
}

extension Sequence {
  public func sum(_ value: (Element) -> Pesos) -> Pesos {
    reduce(Pesos.zero) { $0 + value($1) }
  }
}
