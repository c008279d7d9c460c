import AlianzasDomain
import Foundation

/// What a form field accepts. Parsing turns typed text into a value or a message that says why not.
public enum FieldKind: Hashable, Sendable {
  case text(maxLength: Int, required: Bool)
  case integer(min: Int, max: Int)
  case decimal(min: Double, max: Double)
  case money
  case date(notAfter: Day?)
  case choice([Choice])
  /// Sí / No / No sabe / No responde, keyed s / n / x / r.
  case elcsa
  /// Not a value: Enter on it carries out the form (register, create).
  case action

  public struct Choice: Hashable, Sendable {
    public var id: String
    public var label: String
    public var key: Character?

    /// The label as a list with keys shows it: "Tres" after "b)", not "B · Tres".
    public var listed: String {
      label.hasPrefix(id + " · ") ? String(label.dropFirst(id.count + 3)) : label
    }

    public init(id: String, label: String, key: Character? = nil) {
      self.id = id
      self.label = label
      self.key = key
    }
  }

  /// Fields whose value is picked with one key rather than typed.
  public var isPicked: Bool {
    switch self {
    case .choice, .elcsa, .action: true
    default: false
    }
  }
}

/// A value confirmed in a form.
public enum FieldValue: Hashable, Sendable {
  case empty
  case text(String)
  case integer(Int)
  case decimal(Double)
  case money(Pesos)
  case date(Day)
  case choice(String)
  case elcsa(ElcsaAnswer)
}

extension FieldKind {
  /// Reads typed text. Accepts Colombian habits: "1.234.567" for money, "2,5" for decimals.
  public func parse(_ raw: String, language: Language) -> Result<FieldValue, FieldError> {
    let text = String(
      raw.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    if text.isEmpty {
      if case .text(_, true) = self { return .failure(.required) }
      return .success(.empty)
    }
    switch self {
    case .text(let maxLength, _):
      // Stored as typed, composed (NFC): "n" + combining tilde becomes "ñ", never "n" or nothing.
      let composed = text.precomposedStringWithCanonicalMapping
      if composed.count > maxLength { return .failure(.tooLong(maxLength)) }
      if composed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
        return .failure(.controlCharacters)
      }
      return .success(.text(composed))
    case .integer(let min, let max):
      switch NumberInput.integer(text, language: language) {
      case .failure(let problem): return .failure(FieldError(problem, language: language))
      case .success(let value):
        guard value >= min && value <= max else { return .failure(.range(Double(min), Double(max))) }
        return .success(.integer(value))
      }
    case .decimal(let min, let max):
      switch NumberInput.decimal(text, language: language) {
      case .failure(let problem): return .failure(FieldError(problem, language: language))
      case .success(let value):
        guard value >= min && value <= max else { return .failure(.range(min, max)) }
        return .success(.decimal(value))
      }
    case .money:
      // Pesos are whole: "1.235.762.000" (or "1,235,762,000" in English), never cents.
      switch NumberInput.integer(text, language: language) {
      case .failure(let problem): return .failure(FieldError(problem, language: language))
      case .success(let value):
        guard value >= 0, value <= 10_000_000_000_000 else { return .failure(.range(0, 1e13)) }
        return .success(.money(Pesos(Int64(value))))
      }
    case .date(let notAfter):
      guard let day = Day(iso: text) else { return .failure(.notADate) }
      if let notAfter, day > notAfter { return .failure(.future(notAfter)) }
      return .success(.date(day))
    case .choice(let choices):
      guard let choice = choices.first(where: { $0.id == text || $0.label == text }) else {
        return .failure(.notAChoice)
      }
      return .success(.choice(choice.id))
    case .elcsa:
      guard let answer = ElcsaAnswer(rawValue: text) else { return .failure(.notAChoice) }
      return .success(.elcsa(answer))
    case .action: return .success(.empty)
    }
  }
}

/// Why typed text was not accepted.
public enum FieldError: Error, Hashable, Sendable {
  case required, tooLong(Int), controlCharacters, notANumber, range(Double, Double), notADate, future(Day),
    notAChoice
  case custom(Localized)
  /// A decimal where a whole number is asked ("12,5" or "12.5" for a number of families).
  case decimalNotAllowed
  /// Thousands marks out of place ("12.34"), with the separators the language uses.
  case misplacedGrouping(group: Character, decimal: Character)

  init(_ problem: NumberInput.Problem, language: Language) {
    switch problem {
    case .notANumber: self = .notANumber
    case .decimal: self = .decimalNotAllowed
    case .grouping:
      let s = Format.separators(language)
      self = .misplacedGrouping(group: s.group, decimal: s.decimal)
    }
  }

}
