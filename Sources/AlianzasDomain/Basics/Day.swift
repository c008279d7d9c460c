/// A calendar day without time or zone: field records are dated, not timed, and days must compare
/// and subtract the same on every laptop whatever its clock zone.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01.
  public let ordinal: Int

  public init(ordinal: Int) { self.ordinal = ordinal }

  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year),
      (1900...2200).contains(year)
    else { return nil }
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    ordinal = era * 146097 + doe - 719468
  }

  /// Parses `YYYY-MM-DD` strictly.
  public init?(iso text: String) {
    // Read in place: every date of every record passes here when a store is read.
    var text = text
    guard let (y, m, d) = text.withUTF8({ Day.parse($0) }) else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// Year, month and day of `YYYY-MM-DD`, digits only.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
    guard bytes.count == 10, bytes[4] == 45, bytes[7] == 45,
      let y = digits(bytes, 0..<4), let m = digits(bytes, 5..<7), let d = digits(bytes, 8..<10)
    else { return nil }
    return (y, m, d)
  }

  /// The number the ASCII digits at `range` write; nil if one is not a digit.
  static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    var value = 0
    for index in range {
      let b = bytes[index]
      guard b >= 48, b <= 57 else { return nil }
      value = value * 10 + Int(b - 48)
    }
    return value
  }

  public var components: (year: Int, month: Int, day: Int) {
    let z = ordinal + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  public var year: Int { components.year }

  public var iso: String {
    let (y, m, d) = components
    return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
  }

  public var description: String { iso }

  public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

  /// Same day of month `months` later, clamped to the month's last day.
  public func adding(months: Int) -> Day {
    let (y, m, d) = components
    let total = y * 12 + (m - 1) + months
    let ny = total / 12
    let nm = total % 12 + 1
    return Day(year: ny, month: nm, day: min(d, Day.daysIn(month: nm, year: ny)))
      ?? self
  }

  public func days(until other: Day) -> Int { other.ordinal - ordinal }

  public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

extension Day: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let day = Day(iso: text) else {
      // The value itself is not repeated: messages about files never echo what a field holds.
      throw DecodingError.dataCorruptedError(in: container, debugDescription: ValueFormat.date.rawValue)
    }
    self = day
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }
}

/// The form a decoded value should have had, said by a decoding error instead of the value
/// itself (which may be a person's name typed in the wrong field).
public enum ValueFormat: String, Sendable {
  case date = "expected a date YYYY-MM-DD"
  case time = "expected a time YYYY-MM-DDTHH:MM:SSZ"
}
