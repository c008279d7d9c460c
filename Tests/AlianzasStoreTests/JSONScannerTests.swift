import Testing

@testable import AlianzasStore

@Suite struct JSONScannerTests {
  func failure(_ text: String) -> JSONScanner.Failure? {
    do {
      try JSONScanner.check(Array(text.utf8))
      return nil
    } catch { return error }
  }

  @Test func acceptsValidDocuments() {
    #expect(failure("{\"a\": [1, -2.5e3, true, false, null, \"x\\u00f1\\n\"], \"b\": {}}") == nil)
    #expect(failure("\u{FEFF}[]") == nil)
  }

  @Test func locatesSyntaxErrors() {
    #expect(failure("{\n  \"a\": 1,\n  \"b\": 2,\n}")?.line == 4)
    #expect(failure("{\n  \"a\": tru\n}")?.line == 2)
    #expect(failure("{\"a\": 01}")?.reason.en == "a number cannot start with 0")
    #expect(failure("[1] x")?.reason.es == "hay texto después del final del documento")
    #expect(failure("{\"a\": \"\u{0001}\"}")?.reason.en == "a control character inside a string")
    #expect(failure("{\"a\": 1, \"a\": 2}")?.reason.en == "the key «a» appears twice in the same object")
  }

  /// Numbers no record holds and halves of characters used to pass the scanner and then fail in
  /// the decoder as "not valid JSON" at line 1; they are named at their own line.
  @Test func numbersOutOfRangeAndLoneSurrogatesAreLocated() {
    #expect(failure("{\n  \"amount\": 1e308\n}")?.line == 2)
    #expect(
      failure("{\n  \"amount\": 1e308\n}")?.reason.es.contains("fuera de lo que un registro guarda") == true)
    #expect(failure("{\n\n  \"n\": 12345678901234567890\n}")?.line == 3)
    #expect(failure("{\n  \"n\": 1e400\n}")?.line == 2)
    #expect(failure("{\n  \"name\": \"a\\ud800b\"\n}")?.reason.en.contains("half a character") == true)
    #expect(failure("{\n  \"name\": \"\\udc00\"\n}")?.line == 2)
    #expect(
      failure("{\"name\": \"\\ud83d\\ude00\", \"n\": 999999999999999999}") == nil,
      "a pair, and 18 digits, pass")
  }

  @Test func findsTheLineOfAPath() {
    let text = "{\n  \"a\" : [\n    1,\n    {\n      \"b\" : 2\n    }\n  ]\n}"
    #expect(JSONScanner.line(of: [.key("a"), .index(1), .key("b")], in: Array(text.utf8)) == 5)
    #expect(JSONScanner.line(of: [.key("a"), .index(0)], in: Array(text.utf8)) == 3)
    #expect(JSONScanner.line(of: [.key("zzz")], in: Array(text.utf8)) == nil)
  }
}
