/// How every number a person reads is written, in one place: the interface, the command line's
/// text output and reports. Spanish (Colombia) groups thousands with "." and marks decimals with
/// ","; English the other way round. Amounts carry "$". Machine outputs (JSON, CSV) do not use
/// this: they keep plain numbers.
public enum Format {
  public static func separators(_ language: Language) -> (group: Character, decimal: Character) {
    language == .es ? (".", ",") : (",", ".")
  }

  /// A whole number, grouped: "48.981" (es), "48,981" (en).
  public static func integer(_ value: Int, _ language: Language) -> String {
    integer(Int64(value), language)
  }

  public static func integer(_ value: Int64, _ language: Language) -> String {
    Pesos.grouped(value, separator: separators(language).group)
  }

  /// A number with `digits` decimals, rounded half away from zero, its whole part grouped:
  /// "1.234,5" (es), "1,234.5" (en). Not finite: "—".
  public static func decimal(_ value: Double, digits: Int = 1, _ language: Language) -> String {
    guard value.isFinite, abs(value) < 1e15 else { return "—" }
    let scale = (0..<max(0, digits)).reduce(1.0) { p, _ in p * 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = Int64(scaled / scale)
    let fraction = Int64(scaled - Double(whole) * scale)
    let sign = value < 0 && scaled > 0 ? "-" : ""
    var text = sign + integer(whole, language)
    if digits > 0 {
      let padded = String(fraction)
      text.append(separators(language).decimal)
      text += String(repeating: "0", count: max(0, digits - padded.count)) + padded
    }
    return text
  }

  /// A percentage: "84,5 %" (es, with the space Colombian usage puts before the sign), "84.5%" (en).
  public static func percent(_ value: Double, digits: Int = 1, _ language: Language) -> String {
    decimal(value, digits: digits, language) + (language == .es ? " %" : "%")
  }

  /// Pesos, whole: "$ 1.235.762.000" (es), "$1,235,762,000" (en).
  public static func pesos(_ value: Pesos, _ language: Language) -> String {
    let digits = integer(value.amount.magnitude > UInt64(Int64.max) ? Int64.max : abs(value.amount), language)
    let sign = value.amount < 0 ? "-" : ""
    return language == .es ? "\(sign)$ \(digits)" : "\(sign)$\(digits)"
  }

  /// Pesos in millions when room is short, exact to the unit it names: "$ 1.236 M" (es),
  /// "$1,236M" (en); below a million, whole.
  public static func pesosShort(_ value: Pesos, _ language: Language) -> String {
    let amount = Double(value.amount)
    guard abs(amount) >= 1e6 else { return pesos(value, language) }
    let millions = amount / 1e6
    let digits = abs(millions) < 100 ? 1 : 0
    let number = decimal(millions, digits: digits, language)
    return language == .es ? "$ \(number) M" : "$\(number)M"
  }

  /// A moment in the user's local time, to the minute: "2026-11-28 17:29". `offset` is the
  /// local time's seconds east of UTC (the runtime reads it; the interface reads no clock).
  public static func time(_ at: Timestamp, offset: Int) -> String {
    let local = at.secondsSinceEpoch + Int64(offset)
    let days = local >= 0 ? local / 86400 : (local - 86399) / 86400
    let seconds = Int(local - days * 86400)
    let day = Day(ordinal: Int(days))
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(day.iso) \(two(seconds / 3600)):\(two(seconds % 3600 / 60))"
  }

  /// A counted noun with its number: "1 indicador", "10 indicadores" (the caller gives both forms
  /// in the language it speaks).
  /// A short span as people say it, the same in both languages: "45 s", "3 min 05 s", "1 h 02 min".
  public static func span(seconds: Int) -> String {
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    if seconds < 60 { return "\(max(0, seconds)) s" }
    if seconds < 3600 { return "\(seconds / 60) min \(two(seconds % 60)) s" }
    return "\(seconds / 3600) h \(two(seconds / 60 % 60)) min"
  }

  public static func count(_ n: Int, _ one: String, _ many: String, _ language: Language) -> String {
    "\(integer(n, language)) \(n == 1 ? one : many)"
  }
}
