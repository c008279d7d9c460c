import AlianzasDomain

/// What a form field is, typed: a confirmed value goes to the code for that field without an id
/// being parsed back. One kind for every form (alliances, visits, ruptures, households, surveys).
public enum FieldID: Hashable, Sendable {
  /// An `AllianceField` (identity, OP, plan, milestones, finance), by its key in those tables.
  case alliance(String)
  case visit(VisitFact)
  /// Progress of one POA indicator at a visit.
  case poa(RecordID)
  case checklist(ChecklistItem)
  case household(HouseholdFact)
  case vulnerable(VulnerableGroup)
  case survey(SurveyFact)
  /// ELCSA item n and PPI indicator n, from 1.
  case elcsa(Int)
  case ppi(Int)
  /// A value kept until the form's action carries it out (a stage step, a payment, a rupture, a
  /// new buyer or alliance).
  case kept(KeptValue)
  /// The form's action.
  case submit

  public enum VisitFact: Hashable, Sendable {
    case kind, date, officer, kg, price, rejected, members, observations, commitment, due
  }

  public enum ChecklistItem: Hashable, Sendable {
    case costs, books, assembly, cda
  }

  public enum HouseholdFact: Hashable, Sendable {
    case group, headName, document, village, members, minors, trained, joined
    /// The titular's authorization: its date, how it was given, and two of its scopes (surveys
    /// are always covered once it exists).
    case consentDate, consentMeans, consentSensitive, consentResearch
  }

  public enum SurveyFact: Hashable, Sendable {
    case date, enumerator, screener, incomeTotal, incomeProduct
  }

  public enum KeptValue: Hashable, Sendable {
    case date, officer, note, amount, source
    case cause, detail, endedBy, buyer, newBuyer, volume, price
    case department, municipality, callYear, code, name, product, organization, members
  }
}
