import Testing

@testable import AlianzasDomain

/// Every number a person reads is written one way per language: Spanish groups with "." and
/// marks decimals with ","; English the other way round.
@Suite("Number formats")
struct FormatTests {
  @Test func groupingAndDecimalsFollowTheLanguage() {
    #expect(Format.integer(48_981, .es) == "48.981")
    #expect(Format.integer(48_981, .en) == "48,981")
    #expect(Format.integer(-1_234_567, .es) == "-1.234.567")
    #expect(Format.decimal(69.66, .es) == "69,7")
    #expect(Format.decimal(69.66, .en) == "69.7")
    #expect(Format.decimal(11_551.25, digits: 2, .es) == "11.551,25")
    #expect(Format.decimal(-0.04, .es) == "0,0")
    #expect(Format.decimal(-0.06, .en) == "-0.1")
    #expect(Format.decimal(.nan, .es) == "—")
    #expect(Format.percent(84.5, .es) == "84,5 %")
    #expect(Format.percent(84.5, .en) == "84.5%")
  }

  @Test func pesosAreWholeOrAbbreviatedWithTheirUnit() {
    #expect(Format.pesos(Pesos(1_235_762_000), .es) == "$ 1.235.762.000")
    #expect(Format.pesos(Pesos(1_235_762_000), .en) == "$1,235,762,000")
    #expect(Format.pesos(Pesos(-5_000), .es) == "-$ 5.000")
    #expect(Format.pesosShort(Pesos(1_235_762_000), .es) == "$ 1.236 M")
    #expect(Format.pesosShort(Pesos(1_235_762_000), .en) == "$1,236M")
    #expect(Format.pesosShort(Pesos(2_340_000), .es) == "$ 2,3 M")
    #expect(Format.pesosShort(Pesos(14_420_000), .en) == "$14.4M")
    #expect(Format.pesosShort(Pesos(999_999), .es) == "$ 999.999")
  }

  @Test func timesAreLocal() {
    let day = Day(iso: "2026-11-28")!
    #expect(Format.time(Timestamp(day: day, hour: 22, minute: 29), offset: -5 * 3600) == "2026-11-28 17:29")
    #expect(Format.time(Timestamp(day: day, hour: 2, minute: 5), offset: -5 * 3600) == "2026-11-27 21:05")
    #expect(Format.time(Timestamp(day: day, hour: 23, minute: 0), offset: 3600) == "2026-11-29 00:00")
  }

  @Test func countedNounsAgreeWithTheirNumber() {
    #expect(Format.count(1, "indicador", "indicadores", .es) == "1 indicador")
    #expect(Format.count(1_000, "indicator", "indicators", .en) == "1,000 indicators")
  }
}
