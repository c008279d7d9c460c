import AlianzasDomain

/// Reads a household roster file straight into the model in one pass over its bytes. Rosters are
/// three quarters of a store, and Foundation's decoder (with the checker before it) was most of
/// the time of everything that reads a whole store: an export, `summary`, the index's rebuild.
/// No faster JSON package is available here (see docs/architecture.md).
///
/// It knows only the shape the store writes. Anything else (a key it does not know, a repeated
/// key, a number with a fraction, a syntax error, text that is not UTF-8) stops it, and the file
/// goes the general way, which decodes it or says exactly what is wrong and on which line. So a
/// file it reads is one Foundation would have read the same; a test holds the two equal on every
/// roster of a demo store.
struct RosterReader {
  struct Unusual: Error {}

  // The bytes and the cursor the JSON steps (RosterReader+JSON.swift) move over.
  let bytes: UnsafeBufferPointer<UInt8>
  var i = 0

  private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// The roster, or nil when the file is not in the plain shape.
  static func read(_ data: [UInt8]) -> HouseholdRoster? {
    data.withUnsafeBufferPointer { buffer in
      var reader = RosterReader(buffer)
      guard let roster = try? reader.roster() else { return nil }
      reader.space()
      return reader.i == buffer.count ? roster : nil
    }
  }

  // MARK: the records

  private mutating func roster() throws(Unusual) -> HouseholdRoster {
    var code: String?, households: [Household]?
    var seen: UInt32 = 0
    try open(0x7B)
    var first = true
    while try more(&first, closing: 0x7D) {
      switch try key() {
      case "allianceCode": try mark(&seen, 0); code = try string()
      case "households":
        try mark(&seen, 1)
        var list: [Household] = []
        try open(0x5B)
        var firstItem = true
        while try more(&firstItem, closing: 0x5D) { list.append(try household()) }
        households = list
      default: throw Unusual()
      }
    }
    guard let code, let households else { throw Unusual() }
    return HouseholdRoster(allianceCode: code, households: households)
  }

  private mutating func household() throws(Unusual) -> Household {
    var id: String?, stamp: RecordStamp?, code: String?, group: HouseholdGroup?, headName: String?
    var document: String?, village: String?, members: Int?, minors: Int?
    var vulnerability: [VulnerableGroup]?, trained: Bool?, joined: Day?, surveys: [Survey]?
    var distinctFrom: [String]?, joinedBeforeControl: Day?, archived: SignedReason?
    var authorization: Authorization?
    var seen: UInt32 = 0
    try open(0x7B)
    var first = true
    while try more(&first, closing: 0x7D) {
      switch try key() {
      case "id": try mark(&seen, 0); id = try string()
      case "stamp": try mark(&seen, 1); stamp = try recordStamp()
      case "code": try mark(&seen, 2); code = try string()
      case "group": try mark(&seen, 3); group = try need(HouseholdGroup(rawValue: string()))
      case "headName": try mark(&seen, 4); headName = try string()
      case "documentNumber": try mark(&seen, 5); document = try string()
      case "village": try mark(&seen, 6); village = try string()
      case "members": try mark(&seen, 7); members = try int()
      case "minors": try mark(&seen, 8); minors = try int()
      case "vulnerability":
        try mark(&seen, 9)
        vulnerability = try list { (r: inout RosterReader) throws(Unusual) in
          try r.need(VulnerableGroup(rawValue: r.string()))
        }
      case "trained": try mark(&seen, 10); trained = try bool()
      case "joined": try mark(&seen, 11); joined = try null() ? nil : day()
      case "surveys":
        try mark(&seen, 12)
        surveys = try list { (r: inout RosterReader) throws(Unusual) in try r.survey() }
      case "distinctFrom":
        try mark(&seen, 13)
        distinctFrom = try null() ? nil : list { (r: inout RosterReader) throws(Unusual) in try r.string() }
      case "joinedBeforeControl": try mark(&seen, 14); joinedBeforeControl = try null() ? nil : day()
      case "archived": try mark(&seen, 15); archived = try null() ? nil : signedReason()
      case "authorization": try mark(&seen, 16); authorization = try null() ? nil : titularAuthorization()
      default: throw Unusual()
      }
    }
    guard let id, let stamp, let code, let group, let headName, let document, let village, let members,
      let minors, let vulnerability, let trained, let surveys
    else { throw Unusual() }
    var household = Household(
      id: id, stamp: stamp, code: code, group: group, headName: headName, documentNumber: document,
      village: village, members: members, minors: minors, vulnerability: vulnerability, trained: trained,
      joined: joined, surveys: surveys)
    household.distinctFrom = distinctFrom
    household.joinedBeforeControl = joinedBeforeControl
    household.archived = archived
    household.authorization = authorization
    return household
  }

  private mutating func titularAuthorization() throws(Unusual) -> Authorization {
    var date: Day?, officer: String?, means: Authorization.Means?, scope: [Authorization.Scope]?
    var seen: UInt32 = 0
    try open(0x7B)
    var first = true
    while try more(&first, closing: 0x7D) {
      switch try key() {
      case "date": try mark(&seen, 0); date = try day()
      case "officer": try mark(&seen, 1); officer = try string()
      case "means": try mark(&seen, 2); means = try need(Authorization.Means(rawValue: string()))
      case "scope":
        try mark(&seen, 3)
        scope = try list { (r: inout RosterReader) throws(Unusual) in
          try r.need(Authorization.Scope(rawValue: r.string()))
        }
      default: throw Unusual()
      }
    }
    guard let date, let officer, let means, let scope else { throw Unusual() }
    var authorization = Authorization(date: date, officer: officer, means: means)
    // As written, not re-sorted: the reader gives what Foundation's decoder gives.
    authorization.scope = scope
    return authorization
  }

  private mutating func survey() throws(Unusual) -> Survey {
    var id: String?, stamp: RecordStamp?, date: Day?, enumerator: String?, hasMinors: Bool?
    var elcsa: [ElcsaAnswer?]?, ppi: [String?]?, incomeTotal: Pesos?, incomeFromProduct: Pesos?
    var status: SurveyStatus?, unlocks: [SignedReason]?, review: SupervisorReview?
    var startedAt: Timestamp?, completedAt: Timestamp?, sample: SurveySample?
    var seen: UInt32 = 0
    try open(0x7B)
    var first = true
    while try more(&first, closing: 0x7D) {
      switch try key() {
      case "id": try mark(&seen, 0); id = try string()
      case "stamp": try mark(&seen, 1); stamp = try recordStamp()
      case "date": try mark(&seen, 2); date = try day()
      case "enumerator": try mark(&seen, 3); enumerator = try string()
      case "hasMinors": try mark(&seen, 4); hasMinors = try null() ? nil : bool()
      case "elcsa":
        try mark(&seen, 5)
        elcsa = try list { (r: inout RosterReader) throws(Unusual) -> ElcsaAnswer? in
          try r.null() ? nil : r.need(ElcsaAnswer(rawValue: r.string()))
        }
      case "ppi":
        try mark(&seen, 6)
        ppi = try list { (r: inout RosterReader) throws(Unusual) -> String? in try r.null() ? nil : r.string()
        }
      case "incomeTotal": try mark(&seen, 7); incomeTotal = try null() ? nil : Pesos(Int64(int()))
      case "incomeFromProduct": try mark(&seen, 8); incomeFromProduct = try null() ? nil : Pesos(Int64(int()))
      case "status": try mark(&seen, 9); status = try need(SurveyStatus(rawValue: string()))
      case "unlocks":
        try mark(&seen, 10)
        unlocks = try null() ? nil : list { (r: inout RosterReader) throws(Unusual) in try r.signedReason() }
      case "review": try mark(&seen, 11); review = try null() ? nil : supervisorReview()
      case "startedAt": try mark(&seen, 12); startedAt = try null() ? nil : need(Timestamp(iso: string()))
      case "completedAt": try mark(&seen, 13); completedAt = try null() ? nil : need(Timestamp(iso: string()))
      case "sample": try mark(&seen, 14); sample = try null() ? nil : need(SurveySample(rawValue: string()))
      default: throw Unusual()
      }
    }
    guard let id, let stamp, let date, let enumerator, let elcsa, let ppi, let status else { throw Unusual() }
    var survey = Survey(
      id: id, stamp: stamp, date: date, enumerator: enumerator, hasMinors: hasMinors, elcsa: elcsa, ppi: ppi,
      incomeTotal: incomeTotal, incomeFromProduct: incomeFromProduct, status: status)
    survey.unlocks = unlocks
    survey.review = review
    survey.startedAt = startedAt
    survey.completedAt = completedAt
    survey.sample = sample
    return survey
  }

  private mutating func supervisorReview() throws(Unusual) -> SupervisorReview {
    var verdict: SupervisorReview.Verdict?, reasons: [String]?, comment: String?, by: String?, date: Day?
    var seen: UInt32 = 0
    try open(0x7B)
    var first = true
    while try more(&first, closing: 0x7D) {
      switch try key() {
      case "verdict": try mark(&seen, 0); verdict = try need(SupervisorReview.Verdict(rawValue: string()))
      case "reasons":
        try mark(&seen, 1)
        reasons = try list { (r: inout RosterReader) throws(Unusual) -> String in try r.string() }
      case "comment": try mark(&seen, 2); comment = try string()
      case "by": try mark(&seen, 3); by = try string()
      case "date": try mark(&seen, 4); date = try day()
      default: throw Unusual()
      }
    }
    guard let verdict, let reasons, let comment, let by, let date else { throw Unusual() }
    return SupervisorReview(verdict: verdict, reasons: reasons, comment: comment, by: by, date: date)
  }

  private mutating func recordStamp() throws(Unusual) -> RecordStamp {
    var revision: Int?, device: String?, officer: String?, at: Timestamp?
    var seen: UInt32 = 0
    try open(0x7B)
    var first = true
    while try more(&first, closing: 0x7D) {
      switch try key() {
      case "revision": try mark(&seen, 0); revision = try int()
      case "device": try mark(&seen, 1); device = try string()
      case "officer": try mark(&seen, 2); officer = try string()
      case "at": try mark(&seen, 3); at = try need(Timestamp(iso: string()))
      default: throw Unusual()
      }
    }
    guard let revision, let device, let officer, let at else { throw Unusual() }
    return RecordStamp(revision: revision, device: device, officer: officer, at: at)
  }

  private mutating func signedReason() throws(Unusual) -> SignedReason {
    var date: Day?, by: String?, reason: String?
    var seen: UInt32 = 0
    try open(0x7B)
    var first = true
    while try more(&first, closing: 0x7D) {
      switch try key() {
      case "date": try mark(&seen, 0); date = try day()
      case "by": try mark(&seen, 1); by = try string()
      case "reason": try mark(&seen, 2); reason = try string()
      default: throw Unusual()
      }
    }
    guard let date, let by, let reason else { throw Unusual() }
    return SignedReason(date: date, by: by, reason: reason)
  }
}
