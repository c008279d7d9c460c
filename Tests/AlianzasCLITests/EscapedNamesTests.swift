import Foundation
import Testing

/// Names from outside reach the terminal escaped, and messages about files never repeat what a
/// field holds (a name typed into a date field is personal data, and in the user's language).
@Suite("Names escaped, values not echoed")
struct EscapedNamesTests {
  @Test func aFileNamedWithAnEscapeSequenceIsPrintedEscaped() throws {
    let store = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: store) }
    #expect(try alianzas(["demo", "--store", store, "--scale", "0.01", "--no-open"]).status == 0)
    let name = "ANT-2012-001\u{1B}[2J\u{1B}]0;pwned\u{07}.json"
    #expect(FileManager.default.createFile(atPath: store + "/alliances/" + name, contents: Data("{".utf8)))
    let result = try alianzas(["validate", "--store", store])
    #expect(
      !result.out.contains("\u{1B}") && !result.err.contains("\u{1B}"), "no raw escape reaches the terminal")
    #expect(result.out.contains("\\x1b[2J"), "the name is shown, escaped: \(result.out)")
    let bundle = temporaryFolder() + "\u{1B}[31m.alianzas"
    let imported = try alianzas(["sync", "import", bundle, "--store", store])
    #expect(imported.status != 0)
    #expect(!imported.err.contains("\u{1B}"), "\(imported.err)")
  }

  @Test func aNameTypedIntoADateIsNotRepeatedInTheMessage() throws {
    let store = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: store) }
    #expect(try alianzas(["demo", "--store", store, "--scale", "0.01", "--no-open"]).status == 0)
    let file = try FileManager.default.contentsOfDirectory(atPath: store + "/households").sorted()[0]
    let path = store + "/households/" + file
    var text = try String(contentsOfFile: path, encoding: .utf8)
    let joined = try #require(text.range(of: #""joined" : "\d{4}-\d{2}-\d{2}""#, options: .regularExpression))
    text.replaceSubrange(joined, with: #""joined" : "Carlos Pérez Sánchez""#)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let result = try alianzas(["validate", "--store", store])
    #expect(result.status == 1)
    #expect(!result.out.contains("Carlos Pérez Sánchez"), "\(result.out)")
    #expect(result.out.contains("no es una fecha AAAA-MM-DD"), "said in Spanish, with the form it needs")
  }
}
