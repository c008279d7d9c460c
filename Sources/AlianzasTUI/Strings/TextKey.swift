import AlianzasDomain

/// Every text a person reads in the interface, by key. Each key has a Spanish and an English
/// entry; a test fails when a catalog misses one.
public enum T: String, CaseIterable, Sendable {
  case appName, readOnly, asOf, tooSmall, minimum, loading, noData
  case screenPanel, tabPanel
  case byStage, byStatus, agreements, agreementsActive, agreementsRuptured, agreementsRelinked, searching
  case elcsaSecure, elcsaMild, elcsaModerate, elcsaSevere, elcsaIncompleteShort, povertyShort
  case idap, idapMean, idapPartial, idapScored, households, elcsaIncomplete, poverty, surveys, surveysComplete
  case departments, mostAlliances, fewestAlliances, byCallYear, alerts, alertNoVisit, alertRepayments,
    alertRuptured
  case alliancesWord, familiesWord, buyersWord, byProduct
  case helpTitle, helpFooter, disabledPrefix
  case keyHelp, keyQuit, keyNextScreen, keyPreviousScreen, keyPanel, keyLanguage, keyClose, keyProblems,
    keyScroll
  case problemsTitle, problemsCount, problemsNone, readOnlyBecause
  case messageTitle, errorTitle, confirmYes, confirmNo, pickHint
}

extension T {
  /// The text in `language`, with `{0}`, `{1}`… replaced by `arguments`.
  public func callAsFunction(_ language: Language, _ arguments: CustomStringConvertible...) -> String {
    var text = (language == .es ? Catalog.es : Catalog.en)[self] ?? rawValue
    for (i, argument) in arguments.enumerated() {
      text = text.replacingAll("{\(i)}", with: argument.description)
    }
    return text
  }
}

extension String {
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var out = ""
    var rest = Substring(self)
    while let range = rest.range(of: target) {
      out += rest[..<range.lowerBound] + replacement
      rest = rest[range.upperBound...]
    }
    return out + rest
  }
}

extension Substring {
  func range(of target: String) -> Range<Index>? {
    guard let first = target.first else { return nil }
    var i = startIndex
    while i < endIndex {
      if self[i] == first && self[i...].hasPrefix(target) {
        return i..<index(i, offsetBy: target.count)
      }
      i = index(after: i)
    }
    return nil
  }
}
