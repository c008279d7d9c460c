/// A moment in UTC with second precision, written `YYYY-MM-DDTHH:MM:SSZ`: enough to order the
/// changes of one officer and readable in a diff.
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public var secondsSinceEpoch: Int64

  public init(secondsSinceEpoch: Int64) { self.secondsSinceEpoch = secondsSinceEpoch }

  public init(day: Day, hour: Int = 0, minute: Int = 0, second: Int = 0) {
    secondsSinceEpoch = Int64(day.ordinal) * 86400 + Int64(hour * 3600 + minute * 60 + second)
  }

  public init?(iso text: String) {
    var text = text
    let parts: (Int, Int, Int, Int, Int, Int)? = text.withUTF8 { bytes in
      guard bytes.count == 20, bytes[10] == 84, bytes[13] == 58, bytes[16] == 58, bytes[19] == 90,
        let (y, mo, d) = Day.parse(UnsafeBufferPointer(rebasing: bytes[0..<10])),
        let h = Day.digits(bytes, 11..<13), let m = Day.digits(bytes, 14..<16),
        let s = Day.digits(bytes, 17..<19)
      else { return nil }
      return (y, mo, d, h, m, s)
    }
    guard let (y, mo, d, h, m, s) = parts, let day = Day(year: y, month: mo, day: d), (0..<24).contains(h),
      (0..<60).contains(m), (0..<61).contains(s)
    else { return nil }
    self.init(day: day, hour: h, minute: m, second: s)
  }

  public var day: Day {
    Day(ordinal: Int((secondsSinceEpoch - (secondsSinceEpoch % 86400 + 86400) % 86400) / 86400))
  }

  public var iso: String {
    let rest = Int((secondsSinceEpoch % 86400 + 86400) % 86400)
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    return "\(day.iso)T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
  }

  public var description: String { iso }

  public static func < (a: Timestamp, b: Timestamp) -> Bool {
    a.secondsSinceEpoch < b.secondsSinceEpoch
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = Timestamp(iso: text) else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: ValueFormat.time.rawValue)
    }
    self = value
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }
}
