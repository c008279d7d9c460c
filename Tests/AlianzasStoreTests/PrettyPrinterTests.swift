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
    let value = hostileTree()
    let encoded = try StoreCoding.encode(value)
    #expect(
      String(decoding: JSONPrettyPrinter.bytes(value), as: UTF8.self)
        == String(decoding: encoded, as: UTF8.self))
    #expect(JSONPrettyPrinter.bytes(try JSONTreeParser.parse(encoded)) == encoded)
  }
}
