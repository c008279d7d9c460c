import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

@Suite("Trees are written byte for byte as the encoder writes records")
struct PrettyPrinterTests {
  @Test func everyFileOfADemoStoreRoundTrips() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.05)
    defer { store.release() }
    var files = 0
    for folder in FileStore.Folder.allCases {
      for code in store.codes(in: folder) {
        let original = bytes(store.path(store.relativePath(folder, code: code)))
        let again = JSONPrettyPrinter.bytes(try JSONTreeParser.parse(original))
        #expect(again == original, "\(folder.rawValue)/\(code)")
        files += 1
      }
    }
    #expect(files > 50)
  }

  @Test func hostileValuesAreWrittenAsTheEncoderWritesThem() throws {
    let controls = String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) }) + "\u{7F}"
    let doubles: [Double] = [
      0.1, 12, -0.5, 1e-7, 1e21, 123_456_789.123, .leastNonzeroMagnitude, 1.7976931348623157e308, 2.5e-5,
      1e16, 0.000_1,
    ]
    let value = JSONValue.object([
      "b": .string("/ruta\\con \"comillas\" y ñandú 🌽 \u{202E}abc"),
      "B": .string(controls),
      "a": .array([]),
      "_x": .object([:]),
      "Z": .array(doubles.map { .double($0) }),
      "ñame": .array([.int(.min), .int(.max), .int(0), .null, .bool(true), .bool(false)]),
      "é": .object(["z": .array([.object([:]), .array([.array([])])]), "A": .string("")]),
      "10": .int(1), "9": .int(2), "a b": .int(3), "a-b": .int(4), "aB": .int(5), "ab": .int(6),
    ])
    let encoded = try StoreCoding.encode(value)
    #expect(
      String(decoding: JSONPrettyPrinter.bytes(value), as: UTF8.self)
        == String(decoding: encoded, as: UTF8.self))
    #expect(JSONPrettyPrinter.bytes(try JSONTreeParser.parse(encoded)) == encoded)
  }
}
