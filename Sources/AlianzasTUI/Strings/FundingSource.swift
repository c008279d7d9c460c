import AlianzasDomain

/// Where money came from, as the finance tab names it. The generic sources the field writes in
/// Spanish ("Cofinanciación", "Aliado comercial", "Incentivo Modular") read in the interface's
/// language; a named source (a governorate, a town hall) is a proper name and stays as written.
enum FundingSource {
  static func label(_ source: String, _ language: Language) -> String {
    switch source.folded {
    case "cofinanciacion", "co-financing", "cofinancing": T.cofinancing(language)
    case "aliado comercial", "aliado", "buyer": T.fieldBuyer(language)
    default: source
    }
  }
}
