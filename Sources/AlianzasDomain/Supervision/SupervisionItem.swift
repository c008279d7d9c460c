/// Which field record a review is about, inside its alliance's files.
public enum SupervisionTarget: Hashable, Sendable, Codable {
  case survey(household: RecordID, survey: RecordID)
  case visit(RecordID)
  /// The rupture of this agreement.
  case rupture(agreement: RecordID)

  public var kind: SupervisedKind {
    switch self {
    case .survey: .survey
    case .visit: .visit
    case .rupture: .rupture
    }
  }

  /// The file it lives in: the households' for a survey, the alliance's otherwise.
  public var inRoster: Bool { kind == .survey }
}

/// One line of the supervisor's queue: a survey, a visit or a rupture from the field, with who
/// recorded it, when, and where its review stands. Derived from the records (and kept in the
/// store's index, so the queue opens without reading every file).
public struct SupervisionItem: Hashable, Sendable, Codable {
  public var allianceCode: String
  public var target: SupervisionTarget
  /// What a person calls it: the household's code for a survey, the buyer for a rupture, the
  /// visit's kind (its code, which the screen names in its language).
  public var subject: String
  public var date: Day
  /// Who recorded it in the field.
  public var officer: String
  public var review: SupervisorReview?
  /// The data-quality findings about this record, and the most serious one's severity (0: none).
  public var findings: [Localized] = []
  public var severity = 0

  public var kind: SupervisedKind { target.kind }

  /// Gives each record the findings about it.
  public static func attach(_ findings: [QualityFinding], to items: inout [SupervisionItem]) {
    let byTarget = Dictionary(grouping: findings.filter { $0.target != nil }) { $0.target! }
    for i in items.indices {
      guard let found = byTarget[items[i].target] else { continue }
      items[i].findings = found.map(\.message)
      items[i].severity = found.map(\.severity).max() ?? 0
    }
  }
  public var verdict: SupervisorReview.Verdict { review?.verdict ?? .pending }
  public var id: String { Self.id(code: allianceCode, target: target) }

  public static func id(code: String, target: SupervisionTarget) -> String {
    switch target {
    case .survey(let household, let survey): "\(code)|s|\(household)|\(survey)"
    case .visit(let visit): "\(code)|v|\(visit)"
    case .rupture(let agreement): "\(code)|r|\(agreement)"
    }
  }

  public init(
    allianceCode: String, target: SupervisionTarget, subject: String, date: Day, officer: String,
    review: SupervisorReview?
  ) {
    self.allianceCode = allianceCode
    self.target = target
    self.subject = subject
    self.date = date
    self.officer = officer
    self.review = review
  }
}

/// A file's records whose reviews can be read and set: an alliance (its visits and ruptures), a
/// roster (its surveys).
public protocol ReviewHolder {
  /// The review a target has now: nil when the target is not here, `.some(nil)` when not reviewed.
  func review(of target: SupervisionTarget) -> SupervisorReview??
  mutating func setReview(_ review: SupervisorReview, on target: SupervisionTarget) -> Bool
}

extension Alliance: ReviewHolder {}
extension HouseholdRoster: ReviewHolder {}

extension Alliance {
  /// Its visits and ruptures, as the supervisor's queue lists them.
  public var supervisionItems: [SupervisionItem] {
    let visitItems = visits.map {
      SupervisionItem(
        allianceCode: code, target: .visit($0.id), subject: $0.kind.rawValue, date: $0.date,
        officer: $0.officer,
        review: $0.review)
    }
    let ruptureItems = agreements.compactMap { g -> SupervisionItem? in
      guard let r = g.rupture else { return nil }
      return SupervisionItem(
        allianceCode: code, target: .rupture(agreement: g.id), subject: g.buyer.name, date: r.date,
        officer: g.stamp.officer, review: r.review)
    }
    return visitItems + ruptureItems
  }

  /// Sets the review of one of its visits or ruptures; false when there is no such record.
  public mutating func setReview(_ review: SupervisorReview, on target: SupervisionTarget) -> Bool {
    switch target {
    case .visit(let id):
      guard let i = visits.firstIndex(where: { $0.id == id }) else { return false }
      visits[i].review = review
    case .rupture(let id):
      guard let i = agreements.firstIndex(where: { $0.id == id }), agreements[i].rupture != nil else {
        return false
      }
      agreements[i].rupture?.review = review
    case .survey: return false
    }
    return true
  }

  /// The review a target of this alliance has now.
  public func review(of target: SupervisionTarget) -> SupervisorReview?? {
    switch target {
    case .visit(let id): visits.first { $0.id == id }.map(\.review)
    case .rupture(let id): agreements.first { $0.id == id }?.rupture.map(\.review)
    case .survey: nil
    }
  }
}

extension HouseholdRoster {
  /// Its households' complete surveys (a draft is still the officer's work), as the queue lists them.
  public var supervisionItems: [SupervisionItem] {
    inUse.flatMap { h in
      h.surveys.filter { $0.status == .complete }.map {
        SupervisionItem(
          allianceCode: allianceCode, target: .survey(household: h.id, survey: $0.id), subject: h.code,
          date: $0.date, officer: $0.enumerator, review: $0.review)
      }
    }
  }

  /// Sets the review of one survey; false when there is no such survey or it is not complete.
  public mutating func setReview(_ review: SupervisorReview, on target: SupervisionTarget) -> Bool {
    guard case .survey(let household, let survey) = target,
      let h = households.firstIndex(where: { $0.id == household }),
      let s = households[h].surveys.firstIndex(where: { $0.id == survey }),
      households[h].surveys[s].status == .complete
    else { return false }
    households[h].surveys[s].review = review
    return true
  }

  public func review(of target: SupervisionTarget) -> SupervisorReview?? {
    guard case .survey(let household, let survey) = target else { return nil }
    return households.first { $0.id == household }?.surveys.first { $0.id == survey }.map(\.review)
  }
}
