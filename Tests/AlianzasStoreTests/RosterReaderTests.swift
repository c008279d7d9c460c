import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

/// The one-pass roster reader against Foundation's decoder: the same records from every file it
/// reads, and every file outside the plain shape left to the general path.
@Suite("Roster files read in one pass")
struct RosterReaderTests {
  func foundation(_ bytes: [UInt8]) throws -> HouseholdRoster {
    try JSONDecoder().decode(HouseholdRoster.self, from: Data(bytes))
  }

  @Test func everyRosterOfADemoStoreReadsAsFoundationReadsIt() throws {
    let root = temporaryFolder()
    let store = try makeDemoStore(at: root, scale: 0.1)
    defer { store.release() }
    let codes = store.codes(in: .households)
    #expect(codes.count > 50)
    var surveys = 0
    for code in codes {
      let data = bytes(root + "/households/\(code).json")
      let fast = try #require(RosterReader.read(data), "\(code) was left to the general path")
      #expect(fast == (try foundation(data)), "\(code)")
      surveys += fast.households.reduce(0) { $0 + $1.surveys.count }
    }
    #expect(surveys > 100)
  }

  /// Every optional field, escapes of every kind, text beyond Latin-1 and a surrogate pair.
  static let rich = #"""
    {"allianceCode":"CAU-2010-001","households":[{"archived":{"by":"Ana","date":"2014-02-03","reason":"Se fue \"lejos\"\n\ttab"},
    "code":"H1","distinctFrom":["a","b"],"documentNumber":"12","group":"control","headName":"Ñandú \u00d1 \ud83d\ude00 \u0301e",
    "id":"x","joined":null,"joinedBeforeControl":"2012-01-31","members":7,"minors":0,
    "stamp":{"at":"2014-02-03T10:20:30Z","device":"d","officer":"o\/p","revision":12},
    "surveys":[{"date":"2013-12-31","elcsa":["si",null,"noSabe","noResponde","no"],"enumerator":"E \\ F",
    "hasMinors":null,"id":"s1","incomeFromProduct":-5,"incomeTotal":123456789012345678,"ppi":["A",null,"C"],
    "stamp":{"at":"2013-12-31T00:00:00Z","device":"d","officer":"o","revision":1},"status":"complete",
    "unlocks":[{"by":"B","date":"2014-01-01","reason":"r"}]}],"trained":true,"village":"Peñas",
    "vulnerability":["displaced","indigenous"]}]}
    """#

  @Test func everyOptionalFieldAndEscapeComesBackTheSame() throws {
    let data = Array(Self.rich.utf8)
    let fast = try #require(RosterReader.read(data))
    #expect(fast == (try foundation(data)))
    let h = try #require(fast.households.first)
    #expect(h.headName == "Ñandú Ñ 😀 \u{301}e")
    #expect(h.archived?.reason == "Se fue \"lejos\"\n\ttab")
    #expect(h.surveys.first?.incomeTotal == Pesos(123_456_789_012_345_678))
  }

  /// The rich roster with one thing changed: each change alone takes it off the plain shape.
  @Test(arguments: [
    ("an unknown key", #""trained":true"#, #""trained":true,"extra":1"#),
    ("a repeated key", #""minors":0"#, #""minors":0,"minors":1"#),
    ("a missing key", #""village":"Peñas","#, ""),
    ("a fraction", #""members":7"#, #""members":7.0"#),
    ("an exponent", #""members":7"#, #""members":7e0"#),
    ("a leading zero", #""members":7"#, #""members":07"#),
    (
      "a number too long to hold", #""incomeTotal":123456789012345678"#,
      #""incomeTotal":123456789012345678901234"#
    ),
    ("an unknown code", #""group":"control""#, #""group":"both""#),
    ("an impossible date", #""date":"2013-12-31""#, #""date":"2013-02-30""#),
    ("an unknown escape", #"E \\ F"#, #"E \q F"#),
    ("a lone surrogate", #"\ud83d\ude00"#, #"\ude00"#),
    ("a control character", #""reason":"r""#, "\"reason\":\"r\u{01}\""),
    ("text after the end", #"]}]}"#, #"]}]} x"#),
    ("a truncated file", #"]}]}"#, #"]}"#),
  ])
  func aFileOutsideThePlainShapeGoesTheGeneralWay(_ why: String, _ from: String, _ to: String) throws {
    let text = Self.rich.replacingOccurrences(of: from, with: to)
    #expect(text != Self.rich, "\(why): the change did not apply")
    #expect(RosterReader.read(Array(text.utf8)) == nil, "\(why)")
  }

  @Test func invalidUTF8GoesTheGeneralWayAndIsNamedThere() {
    var data = Array(#"{"allianceCode":"A","households":[]}"#.utf8)
    data[17] = 0xFF
    #expect(RosterReader.read(data) == nil)
    guard case .failure(let problem) = StoreCoding.decode(HouseholdRoster.self, from: data, path: "h.json")
    else {
      Issue.record("a file with invalid UTF-8 was read")
      return
    }
    #expect(problem.path == "h.json" && problem.line == 1)
  }
}
