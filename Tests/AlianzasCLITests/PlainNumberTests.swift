import AlianzasDomain
import Testing

@testable import alianzas

/// The CSV reader's numbers come from the cells' bytes by an exact shortcut for short numerals;
/// every value must be the very double `Double(String)` gives, and every refusal the same.
@Suite("Numbers read from CSV cells")
struct PlainNumberTests {
  static func parse(_ text: String) -> Double? {
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { PlainNumber.parse(UnsafeBufferPointer($0)) }
  }

  @Test func equalsTheStandardLibraryToTheLastBit() {
    var rng = SeededGenerator(seed: 42)
    for _ in 0..<200_000 {
      let whole = String(rng.int(0...999_999_999)).prefix(rng.int(0...9))
      let fraction = String(rng.int(0...999_999_999)).prefix(rng.int(0...9))
      var text = (rng.chance(0.2) ? "-" : "") + whole
      if rng.chance(0.7) { text += "." + fraction }
      if rng.chance(0.2) { text += "e" + (rng.chance(0.5) ? "-" : "") + String(rng.int(0...30)) }
      let expected = Double(text)
      let ours = Self.parse(text)
      if whole.isEmpty && fraction.isEmpty || text.hasSuffix("e") {
        continue
      }
      #expect(ours?.bitPattern == expected?.bitPattern, "\(text)")
    }
  }

  @Test func longAndExtremeNumeralsTakeTheCarefulWay() {
    for text in [
      "0.1", "0.30000000000000004", "123456789012345678901234567890", "9007199254740993", "1e22", "1e23",
      "4.9e-324", "2.2250738585072014e-308", "1.7976931348623157e308", "-0", "-0.0", "000012.5000",
      "1e-400", "1e999", ".5", "3.", "+3", "1E5",
    ] {
      #expect(Self.parse(text)?.bitPattern == Double(text)?.bitPattern, "\(text)")
    }
  }

  @Test func refusesWhatNoSpreadsheetWritesForAMeasurement() {
    for text in [
      "", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "0x1p3", "nan", "inf", "1,5", " 7", "7 ", "1_000",
    ] {
      #expect(Self.parse(text) == nil, "\(text)")
    }
  }
}
