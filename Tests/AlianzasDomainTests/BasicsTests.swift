import Testing

@testable import AlianzasDomain

@Suite struct BasicsTests {
  @Test func daysRoundTripAcrossLeapYears() {
    for ordinal in stride(from: -1000, through: 60000, by: 17) {
      let d = Day(ordinal: ordinal)
      #expect(Day(iso: d.iso) == d)
    }
    #expect(Day(year: 2012, month: 2, day: 29)?.iso == "2012-02-29")
    #expect(Day(year: 2013, month: 2, day: 29) == nil)
    #expect(Day(iso: "2014-13-01") == nil)
    #expect(Day(iso: "2014-1-01") == nil)
    #expect(Day(iso: "1970-01-01")?.ordinal == 0)
  }

  @Test func monthArithmeticClampsToTheMonthEnd() {
    #expect(day("2013-01-31").adding(months: 1) == day("2013-02-28"))
    #expect(day("2013-11-15").adding(months: 3) == day("2014-02-15"))
  }

  @Test func timestamps() {
    let t = Timestamp(iso: "2014-06-30T23:59:58Z")!
    #expect(t.iso == "2014-06-30T23:59:58Z")
    #expect(t.day == day("2014-06-30"))
    #expect(Timestamp(iso: "2014-06-30T24:00:00Z") == nil)
  }

  @Test func pesosGroupWithDots() {
    #expect(Pesos(1_234_567).description == "$ 1.234.567")
    #expect(Pesos(-1000).description == "$ -1.000")
    #expect(Pesos(12).description == "$ 12")
  }

  @Test func languageFromLocale() {
    #expect(Language.from(localeVariable: "en_US.UTF-8") == .en)
    #expect(Language.from(localeVariable: "C.UTF-8") == .es)
    #expect(Language.from(localeVariable: nil) == .es)
  }
}
