import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

@Suite("Corrupt files are named, left untouched, and the rest opens")
struct CorruptFileTests {
  struct Damage: CustomStringConvertible, Sendable {
    var name: String
    var apply: @Sendable ([UInt8]) -> [UInt8]
    var line: Int?
    var reason: String
    var description: String { name }
  }

  static let damages: [Damage] = [
    Damage(name: "truncated", apply: { Array($0.prefix($0.count / 2)) }, line: nil, reason: "termina"),
    Damage(
      name: "invalid UTF-8",
      apply: { b in
        var b = b
        let i = b.firstIndex(of: 0xC3) ?? b.firstIndex(of: UInt8(ascii: "A"))!
        b[i] = 0xFF
        return b
      }, line: nil, reason: "UTF-8"),
    Damage(
      name: "wrong type",
      apply: { b in
        Array(
          String(decoding: b, as: UTF8.self).replacingOccurrences(
            of: "\"callYear\" : ", with: "\"callYear\" : \"x\", \"y\" : "
          ).utf8)
      },
      line: nil, reason: "callYear"),
    Damage(
      name: "duplicate key",
      apply: { b in
        Array(
          String(decoding: b, as: UTF8.self).replacingOccurrences(
            of: "\"callYear\" : ", with: "\"code\" : \"X\",\n  \"callYear\" : "
          ).utf8)
      },
      line: nil, reason: "dos veces"),
    Damage(name: "empty", apply: { _ in [] }, line: 1, reason: "termina"),
    Damage(
      name: "deep nesting",
      apply: { _ in Array((String(repeating: "[", count: 500) + String(repeating: "]", count: 500)).utf8) },
      line: 1, reason: "niveles"),
  ]

  @Test(arguments: damages)
  func damagedAllianceFile(_ damage: Damage) throws {
    let root = temporaryFolder(damage.name)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.01)
    let code = store.codes()[1]
    let path = root + "/alliances/\(code).json"
    let damaged = damage.apply(bytes(path))
    #expect(FileManager.default.createFile(atPath: path, contents: Data(damaged)))
    let problems = StoreValidator.validate(store, reference: reference, instruments: instruments, today: asOf)
    #expect(problems.count == 1)
    let problem = try #require(problems.first)
    #expect(problem.path == "alliances/\(code).json")
    #expect(problem.line != nil)
    if let line = damage.line { #expect(problem.line == line) }
    #expect(problem.message(.es).contains(damage.reason), "\(problem.message(.es))")
    #expect(bytes(path) == damaged, "the damaged file stays byte-identical")

    let contents = store.loadAll()
    #expect(contents.problems.map(\.path) == ["alliances/\(code).json"])
    #expect(contents.alliances.count == store.codes().count - 1, "the rest opens")
  }

  @Test func wrongTypeIsReportedOnItsLine() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.005)
    let code = store.codes()[0]
    let path = root + "/alliances/\(code).json"
    let text = String(decoding: bytes(path), as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let target = try #require(lines.firstIndex { $0.contains("\"members\" :") })
    write(
      text.replacingOccurrences(of: "\"members\" : ", with: "\"members\" : \"muchos\", \"x\" : "), to: path)
    let problem = try #require(
      StoreValidator.validate(store, reference: reference, instruments: instruments, today: asOf).first)
    #expect(problem.line == target + 1)
    #expect(problem.message(.es).contains("organization.members"))
    #expect(problem.message(.es).contains("número entero"))
  }

  @Test func invalidRecordIsReportedOnTheFieldsLine() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.005)
    let code = store.codes()[0]
    var a = try store.loadAlliance(code: code).get()
    a.organization.members = -3
    try store.save(a)
    let text = String(decoding: bytes(root + "/alliances/\(code).json"), as: UTF8.self)
    let line =
      text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
        $0.contains("\"members\" : -3")
      }! + 1
    let problem = try #require(
      StoreValidator.validate(store, reference: reference, instruments: instruments, today: asOf).first)
    #expect(
      problem.message(.es)
        == "alliances/\(code).json:\(line): organization.members: debe estar entre 1 y 5000")
  }

  @Test func householdsWithoutAllianceAndMismatchedNames() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.005)
    let code = store.codes()[0]
    try FileManager.default.copyItem(
      atPath: root + "/households/\(code).json", toPath: root + "/households/ZZZ-2010-001.json")
    let messages = StoreValidator.validate(store, reference: reference, instruments: instruments, today: asOf)
      .map { $0.message(.en) }
    #expect(
      messages.contains {
        $0.contains("ZZZ-2010-001.json") && $0.contains("allianceCode: does not match the file name")
      })
    #expect(messages.contains { $0.contains("there is no alliance ZZZ-2010-001") })
  }

  @Test func newerFormatIsRefusedAndLeftAlone() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try makeDemoStore(at: root, scale: 0.005).release()
    let manifest = root + "/store.json"
    write(
      String(decoding: bytes(manifest), as: UTF8.self).replacingOccurrences(
        of: "\"formatVersion\" : 2", with: "\"formatVersion\" : 99"), to: manifest)
    let before = snapshot(root)
    #expect {
      _ = try FileStore.open(at: root, mode: .write, officer: "t", now: now)
    } throws: { error in
      guard case StoreError.newerFormat(99, 2) = error else { return false }
      return (error as! StoreError).message(.es).contains("actualice Alianzas")
    }
    #expect(snapshot(root) == before)
  }

  @Test func aFolderThatIsNotAStoreIsNamed() {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect {
      _ = try FileStore.open(at: root, mode: .read, officer: "t", now: now)
    } throws: { error in
      (error as! StoreError).message(.es).contains("no es un almacén de Alianzas")
    }
  }
}
