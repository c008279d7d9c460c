/// The two languages of the interface; Spanish is the field's language and the default.
public enum Language: String, Sendable, CaseIterable, Codable {
  case es, en

  /// The other interface language (the `i` key switches to it).
  public var other: Language {
    switch self {
    case .es: .en
    case .en: .es
    }
  }

  /// Picks the language from a `LANG`/`LC_ALL` value such as `en_US.UTF-8`; anything else is Spanish.
  public static func from(localeVariable value: String?) -> Language {
    guard let value, value.lowercased().hasPrefix("en") else { return .es }
    return .en
  }
}

/// A text in both interface languages, for messages that the domain itself produces.
public struct Localized: Hashable, Sendable, Codable {
  public var es: String
  public var en: String

  public init(es: String, en: String) {
    self.es = es
    self.en = en
  }

  /// The same text built for each language by `text`.
  public init(_ text: (Language) -> String) {
    self.init(es: text(.es), en: text(.en))
  }

  /// Each language's text changed the same way (a place added, a prefix).
  public func map(_ transform: (String) -> String) -> Localized {
    Localized(es: transform(es), en: transform(en))
  }

  /// This text as a template, `{0}`, `{1}`… replaced by the figures, each in its language.
  public func filled(_ figures: [Localized]) -> Localized {
    Localized { language in
      var out = self(language)
      for (i, figure) in figures.enumerated() {
        out = out.replacingOccurrences(of: "{\(i)}", with: figure(language))
      }
      return out
    }
  }

  public func callAsFunction(_ language: Language) -> String {
    switch language {
    case .es: es
    case .en: en
    }
  }
}

/// A message the program can say in either language (errors, problems, refusals).
public protocol Bilingual {
  func message(_ language: Language) -> String
}

extension Bilingual {
  /// Both languages at once, for what keeps a message until it is shown.
  public var localized: Localized { Localized(es: message(.es), en: message(.en)) }
}
