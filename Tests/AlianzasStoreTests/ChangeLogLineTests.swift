import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

/// History lines are written from the changes' trees (`ChangeLog.line`); they must be the bytes
/// the encoder wrote before, which every store's history already holds: compact JSON, sorted
/// keys, slashes unescaped, every text composed (NFC).
@Suite("History lines are written as the encoder writes them")
struct ChangeLogLineTests {
  /// What `ChangeLog.line` wrote before it wrote from trees.
  static func reference(_ batch: ChangeBatch) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let text = String(decoding: try encoder.encode(batch), as: UTF8.self)
    return Array(text.precomposedStringWithCanonicalMapping.utf8) + [0x0A]
  }

  static func batch(_ changes: [Change], reason: String? = nil) -> ChangeBatch {
    var b = ChangeBatch(
      id: "dev-0123456789abcdef", kind: .edit, at: Timestamp(secondsSinceEpoch: 1_400_000_000),
      device: "dév/1",
      officer: "Ana Mun\u{0303}oz \"la de campo\"", received: Timestamp(secondsSinceEpoch: 1_400_000_001),
      after: "abc", before: ChangeBatch.absentFile, changes: changes)
    b.reason = reason
    return b
  }

  @Test func hostileChangesAreWrittenAsTheEncoderWrote() throws {
    // The shared hostile tree, and a key written decomposed (n + tilde), which the encoder
    // orders by its bytes, before composing it.
    guard case .object(var fields) = hostileTree() else { return }
    fields["n\u{0303}ame"] = fields["ñame"]
    fields["ñame"] = nil
    let value = JSONValue.object(fields)
    let changes = [
      Change(path: ChangePath(text: ""), old: nil, new: value),
      Change(path: ChangePath(text: "households/#h1/headName"), old: .string("Jose\u{0301}"), new: .null),
      Change(path: ChangePath(text: "visits/#v1"), old: value, new: nil, supersedes: ["a.0", "b.1"]),
    ]
    for batch in [
      Self.batch(changes), Self.batch(changes, reason: "importado de hogares/2014.csv"), Self.batch([]),
    ] {
      let written = String(decoding: try ChangeLog.line(batch), as: UTF8.self)
      let expected = String(decoding: try Self.reference(batch), as: UTF8.self)
      let a = Array(written.unicodeScalars), b = Array(expected.unicodeScalars)
      let at = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
      #expect(
        written == expected,
        "differs at \(at): \(String(String.UnicodeScalarView(a[max(0, at - 20)..<min(a.count, at + 20)])).debugDescription) vs \(String(String.UnicodeScalarView(b[max(0, at - 20)..<min(b.count, at + 20)])).debugDescription)"
      )
    }
  }

  @Test func everyFileOfADemoStoreAsACreation() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.02)
    defer { store.release() }
    for folder in FileStore.Folder.allCases {
      for code in store.codes(in: folder) {
        let tree = try JSONTreeParser.parse(bytes(store.path(store.relativePath(folder, code: code))))
        let batch = Self.batch([Change(path: ChangePath(text: ""), old: nil, new: tree)])
        #expect(try ChangeLog.line(batch) == Self.reference(batch), "\(folder.rawValue)/\(code)")
      }
    }
  }
}
