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

  private let bytes: UnsafeBufferPointer<UInt8>
  private var i = 0

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
    return household
  }

  private mutating func survey() throws(Unusual) -> Survey {
    var id: String?, stamp: RecordStamp?, date: Day?, enumerator: String?, hasMinors: Bool?
    var elcsa: [ElcsaAnswer?]?, ppi: [String?]?, incomeTotal: Pesos?, incomeFromProduct: Pesos?
    var status: SurveyStatus?, unlocks: [SignedReason]?, review: SupervisorReview?
    var startedAt: Timestamp?, completedAt: Timestamp?
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

  // MARK: JSON

  /// A value the model refused (an unknown code, an impossible date) is for the general path.
  private func need<T>(_ value: T?) throws(Unusual) -> T {
    guard let value else { throw Unusual() }
    return value
  }

  /// A repeated key is not the plain shape.
  private func mark(_ seen: inout UInt32, _ bit: UInt32) throws(Unusual) {
    guard seen & (1 << bit) == 0 else { throw Unusual() }
    seen |= 1 << bit
  }

  private mutating func space() {
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 {
      i += 1
    }
  }

  private mutating func open(_ c: UInt8) throws(Unusual) {
    space()
    guard i < bytes.count, bytes[i] == c else { throw Unusual() }
    i += 1
  }

  /// Whether another member or item follows (after its comma); false once `closing` is passed.
  private mutating func more(_ first: inout Bool, closing: UInt8) throws(Unusual) -> Bool {
    space()
    guard i < bytes.count else { throw Unusual() }
    if bytes[i] == closing {
      i += 1
      return false
    }
    if !first {
      guard bytes[i] == 0x2C else { throw Unusual() }
      i += 1
    }
    first = false
    return true
  }

  private mutating func list<T>(_ item: (inout RosterReader) throws(Unusual) -> T) throws(Unusual) -> [T] {
    var out: [T] = []
    try open(0x5B)
    var first = true
    while try more(&first, closing: 0x5D) { out.append(try item(&self)) }
    return out
  }

  private mutating func key() throws(Unusual) -> String {
    let text = try string()
    try open(0x3A)
    return text
  }

  private mutating func null() -> Bool {
    space()
    guard i + 4 <= bytes.count, bytes[i] == 0x6E, bytes[i + 1] == 0x75, bytes[i + 2] == 0x6C,
      bytes[i + 3] == 0x6C
    else { return false }
    i += 4
    return true
  }

  private mutating func bool() throws(Unusual) -> Bool {
    space()
    if i + 4 <= bytes.count, bytes[i] == 0x74, bytes[i + 1] == 0x72, bytes[i + 2] == 0x75,
      bytes[i + 3] == 0x65
    {
      i += 4
      return true
    }
    if i + 5 <= bytes.count, bytes[i] == 0x66, bytes[i + 1] == 0x61, bytes[i + 2] == 0x6C,
      bytes[i + 3] == 0x73,
      bytes[i + 4] == 0x65
    {
      i += 5
      return false
    }
    throw Unusual()
  }

  /// A whole number of at most 18 digits, as the store writes counts and pesos.
  private mutating func int() throws(Unusual) -> Int {
    space()
    var negative = false
    if i < bytes.count, bytes[i] == 0x2D {
      negative = true
      i += 1
    }
    let start = i
    var value = 0
    while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
      // Past 18 digits it could overflow: such a number is the general path's to refuse.
      guard i - start < 18 else { throw Unusual() }
      value = value * 10 + Int(bytes[i] - 0x30)
      i += 1
    }
    let digits = i - start
    guard digits > 0, digits == 1 || bytes[start] != 0x30 else { throw Unusual() }
    // A fraction or an exponent is for the general path to judge.
    if i < bytes.count, bytes[i] == 0x2E || bytes[i] == 0x65 || bytes[i] == 0x45 { throw Unusual() }
    return negative ? -value : value
  }

  private mutating func day() throws(Unusual) -> Day { try need(Day(iso: string())) }

  /// A string without escapes, in valid UTF-8; an escape is left to the general path only when
  /// it is not one of JSON's simple ones.
  private mutating func string() throws(Unusual) -> String {
    space()
    guard i < bytes.count, bytes[i] == 0x22 else { throw Unusual() }
    i += 1
    let start = i
    var ascii = true
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x22 {
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<i])
        i += 1
        if ascii { return String(decoding: raw, as: UTF8.self) }
        guard let text = String(validating: raw, as: UTF8.self) else { throw Unusual() }
        return text
      }
      if b == 0x5C { return try escaped(from: start) }
      if b < 0x20 { throw Unusual() }
      if b >= 0x80 { ascii = false }
      i += 1
    }
    throw Unusual()
  }

  /// The rest of a string that has escapes, decoded as JSON says.
  private mutating func escaped(from start: Int) throws(Unusual) -> String {
    var out: [UInt8] = Array(bytes[start..<i])
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x22 {
        i += 1
        guard let text = String(validating: out, as: UTF8.self) else { throw Unusual() }
        return text
      }
      if b < 0x20 { throw Unusual() }
      guard b == 0x5C else {
        out.append(b)
        i += 1
        continue
      }
      guard i + 1 < bytes.count else { throw Unusual() }
      let e = bytes[i + 1]
      i += 2
      switch e {
      case 0x22, 0x5C, 0x2F: out.append(e)
      case 0x62: out.append(0x08)
      case 0x66: out.append(0x0C)
      case 0x6E: out.append(0x0A)
      case 0x72: out.append(0x0D)
      case 0x74: out.append(0x09)
      case 0x75:
        var unit = try hex4()
        if (0xD800...0xDBFF).contains(unit) {
          guard i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 else { throw Unusual() }
          i += 2
          let low = try hex4()
          guard (0xDC00...0xDFFF).contains(low) else { throw Unusual() }
          unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(unit) {
          throw Unusual()
        }
        guard let scalar = Unicode.Scalar(unit) else { throw Unusual() }
        out.append(contentsOf: String(Character(scalar)).utf8)
      default: throw Unusual()
      }
    }
    throw Unusual()
  }

  private mutating func hex4() throws(Unusual) -> UInt32 {
    guard i + 4 <= bytes.count else { throw Unusual() }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[i]
      let digit: UInt8
      switch b {
      case 0x30...0x39: digit = b - 0x30
      case 0x41...0x46: digit = b - 0x41 + 10
      case 0x61...0x66: digit = b - 0x61 + 10
      default: throw Unusual()
      }
      value = value << 4 | UInt32(digit)
      i += 1
    }
    return value
  }
}
