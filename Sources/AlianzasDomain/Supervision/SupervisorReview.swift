/// A supervisor's verdict on a record from the field (a survey, a visit, a rupture) and the
/// officer's answer to it. It lives in the record itself, so it travels by bundle and git with the
/// data, merges field by field and keeps its history like any value: the officer learns of a
/// problem on the laptop, not by phone. A record without one is waiting for review.
public struct SupervisorReview: Hashable, Sendable, Codable {
  public enum Verdict: String, CaseIterable, Sendable, Codable {
    /// Waiting for review (sent, or sent back corrected).
    case pending
    case approved
    /// Something to look at; the record stays with the supervisor.
    case hasIssues
    /// Sent back to the officer to correct.
    case returned

    public var label: Localized {
      switch self {
      case .pending: Localized(es: "Por revisar", en: "Pending")
      case .approved: Localized(es: "Aprobado", en: "Approved")
      case .hasIssues: Localized(es: "Con observaciones", en: "Has issues")
      case .returned: Localized(es: "Devuelto", en: "Returned")
      }
    }
  }

  public var verdict: Verdict
  /// Reason codes from `data/rules/review-reasons.json` (a verdict of issues or return has one).
  public var reasons: [String]
  public var comment: String
  public var by: String
  public var date: Day

  public init(verdict: Verdict, reasons: [String] = [], comment: String = "", by: String, date: Day) {
    self.verdict = verdict
    self.reasons = reasons
    self.comment = comment
    self.by = by
    self.date = date
  }
}

/// What a person may do to a record's review, and why not when they may not. The interface asks;
/// these rules decide.
public enum ReviewStep: Hashable, Sendable {
  case approve
  case markIssues(reasons: [String], comment: String)
  case giveBack(reasons: [String], comment: String)
  /// The officer sends a returned record back, corrected.
  case resubmit(comment: String)

  public var verdict: SupervisorReview.Verdict {
    switch self {
    case .approve: .approved
    case .markIssues: .hasIssues
    case .giveBack: .returned
    case .resubmit: .pending
    }
  }

  /// Why this step cannot be taken on a record whose review is `current`, or nil when it can.
  public func refusal(from current: SupervisorReview?, reasons known: [ReviewReason]) -> Localized? {
    let state = current?.verdict ?? .pending
    switch self {
    case .approve, .markIssues, .giveBack:
      if state == .returned {
        return Localized(
          es: "Está devuelto al técnico: se revisa cuando lo reenvíe corregido.",
          en: "It is back with the officer: it is reviewed when they send it corrected.")
      }
      if state == .approved, self == .approve {
        return Localized(es: "Ya está aprobado.", en: "It is already approved.")
      }
    case .resubmit:
      if state != .returned {
        return Localized(
          es: "Solo se reenvía lo que fue devuelto.", en: "Only a returned record is sent back.")
      }
    }
    switch self {
    case .markIssues(let reasons, _), .giveBack(let reasons, _):
      if reasons.isEmpty {
        return Localized(es: "Elija al menos un motivo.", en: "Choose at least one reason.")
      }
      if let unknown = reasons.first(where: { r in !known.contains { $0.id == r } }) {
        return Localized(es: "Motivo desconocido: \(unknown).", en: "Unknown reason: \(unknown).")
      }
    default: break
    }
    return nil
  }

  /// The review after this step, taken by `officer` on `date`.
  public func review(by officer: String, on date: Day) -> SupervisorReview {
    switch self {
    case .approve: SupervisorReview(verdict: .approved, by: officer, date: date)
    case .markIssues(let reasons, let comment), .giveBack(let reasons, let comment):
      SupervisorReview(verdict: verdict, reasons: reasons, comment: comment, by: officer, date: date)
    case .resubmit(let comment):
      SupervisorReview(verdict: .pending, comment: comment, by: officer, date: date)
    }
  }
}

/// A reason a supervisor gives for issues or a return, from `data/rules/review-reasons.json`.
public struct ReviewReason: Hashable, Sendable, Codable {
  public var id: String
  public var label: Localized
  /// The kinds of record it applies to (`survey`, `visit`, `rupture`).
  public var applies: [SupervisedKind]
}

/// The kinds of field record a supervisor reviews.
public enum SupervisedKind: String, CaseIterable, Sendable, Codable {
  case survey, visit, rupture

  public var label: Localized {
    switch self {
    case .survey: Localized(es: "Encuesta", en: "Survey")
    case .visit: Localized(es: "Visita", en: "Visit")
    case .rupture: Localized(es: "Ruptura", en: "Rupture")
    }
  }
}
