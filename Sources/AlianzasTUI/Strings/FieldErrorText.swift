import AlianzasDomain

extension FieldError {
  /// Why typed text was refused, in the interface's language.
  public func message(_ language: Language) -> String {
    func n(_ v: Double) -> String {
      Fields.show(v, language)
    }
    switch self {
    case .required: return T.errRequired(language)
    case .tooLong(let max): return T.errTooLong(language, max)
    case .controlCharacters: return T.errControl(language)
    case .notANumber: return T.errNotANumber(language)
    case .range(let min, let max): return T.errRange(language, n(min), n(max))
    case .notADate: return T.errNotADate(language)
    case .future(let day): return T.errFuture(language, day.iso)
    case .notAChoice: return T.errNotAChoice(language)
    case .custom(let text): return text(language)
    case .decimalNotAllowed: return T.errDecimal(language)
    case .misplacedGrouping(let group, let decimal): return T.errGrouping(language, group, decimal)
    }
  }
}
