import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

/// Hostile store files: every mutation is either refused with its path and a reason, or read into
/// records that validation and the score path handle without crashing. The count is bounded for
/// `swift test`; ALIANZAS_FUZZ_CASES raises it (the reliability run uses 10,000).
@Suite("Fuzzed store files")
struct FuzzTests {
  static let cases = Int(ProcessInfo.processInfo.environment["ALIANZAS_FUZZ_CASES"] ?? "") ?? 1500

  static func mutate(_ original: [UInt8], _ rng: inout SeededGenerator) -> [UInt8] {
    var b = original
    switch rng.int(0...9) {
    case 0: b = Array(b.prefix(rng.int(0...max(0, b.count - 1))))
    case 1:
      for _ in 0...rng.int(0...7) where !b.isEmpty {
        b[rng.int(0...b.count - 1)] ^= UInt8(1 << rng.int(0...7))
      }
    case 2:
      let text = String(decoding: b, as: UTF8.self)
      let huge = rng.pick([
        "1e999", "-1e999", "99999999999999999999999", "-9223372036854775808", "9223372036854775807", "1.5",
        "-3", "0",
      ])
      b = Array(replacingRandomNumber(in: text, with: huge, &rng).utf8)
    case 3: b = Array(String(repeating: "[", count: rng.int(50...5000)).utf8) + b
    case 4:
      if !b.isEmpty { b.insert(rng.pick([0xFF, 0xC3, 0x80, 0xED, 0xA0]), at: rng.int(0...b.count - 1)) }
    case 5:
      let text = String(decoding: b, as: UTF8.self)
      b = Array(
        text.replacingOccurrences(
          of: "\"code\" : ", with: "\"code\" : \"X\", \"code\" : ", options: [], range: nil
        ).utf8)
    case 6:
      let text = String(decoding: b, as: UTF8.self)
      let replacement = rng.pick(["null", "\"texto\"", "[]", "{}", "true", "-1", "\"2014-13-45\""])
      b = Array(replacingRandomNumber(in: text, with: replacement, &rng).utf8)
    case 7: b = (0..<rng.int(0...400)).map { _ in UInt8(rng.int(0...255)) }
    case 8:
      let text = String(decoding: b, as: UTF8.self)
      b = Array(text.replacingOccurrences(of: "\"2013-", with: "\"\(rng.int(1800...2300))-").utf8)
    default:
      let text = String(decoding: b, as: UTF8.self)
      b = Array(
        text.replacingOccurrences(of: "\"si\"", with: rng.pick(["\"sí\"", "null", "\"yes\"", "1"])).utf8)
    }
    return b
  }

  static func replacingRandomNumber(in text: String, with replacement: String, _ rng: inout SeededGenerator)
    -> String
  {
    let chars = Array(text)
    let starts = chars.indices.filter { i in
      chars[i].isNumber && (i == 0 || !(chars[i - 1].isNumber || chars[i - 1] == ".")) && i > 0
        && chars[i - 1] == " "
    }
    guard !starts.isEmpty else { return text }
    let start = rng.pick(starts)
    var end = start
    while end < chars.count && (chars[end].isNumber || chars[end] == "." || chars[end] == "-") { end += 1 }
    return String(chars[..<start]) + replacement + String(chars[end...])
  }

  @Test func mutatedFilesNeverCrashAndAreNamed() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.01)
    let codes = store.codes()
    let alliancePaths = codes.map { "alliances/\($0).json" }
    let rosterPaths = codes.map { "households/\($0).json" }
    var rng = SeededGenerator(seed: 2024)
    var refused = 0, read = 0
    for n in 0..<Self.cases {
      let isAlliance = rng.chance(0.6)
      let relative = rng.pick(isAlliance ? alliancePaths : rosterPaths)
      let bytes = Self.mutate(Array(FileManager.default.contents(atPath: root + "/" + relative)!), &rng)
      // Through the application's own reading: decode, then the domain rules, then scores.
      let scratch = root + "/fuzz"
      if isAlliance {
        try? FileManager.default.createDirectory(
          atPath: scratch + "/alliances", withIntermediateDirectories: true)
        switch StoreCoding.decode(Alliance.self, from: bytes, path: relative).flatMap({
          a -> Result<Alliance, StoreProblem> in
          let issues = a.validate(reference: reference, today: asOf)
          return issues.isEmpty
            ? .success(a)
            : .failure(
              StoreProblem(
                path: relative, line: nil,
                reason: Localized(es: issues[0].message(.es), en: issues[0].message(.en))))
        }) {
        case .failure(let p):
          refused += 1
          #expect(p.path == relative && !p.reason.es.isEmpty, "case \(n)")
        case .success(let a):
          read += 1
          let figures = a.figures(instruments: instruments, today: asOf)
          var totals = PanelTotals()
          totals.add(figures)
          _ = AgreementSurvival.durations([a], today: asOf)
          _ = RelinkTable(alliances: [a])
        }
      } else {
        switch StoreCoding.decode(HouseholdRoster.self, from: bytes, path: relative) {
        case .failure(let p):
          refused += 1
          #expect(p.path == relative, "case \(n)")
        case .success(let r):
          read += 1
          var tally = HouseholdTally()
          for h in r.households {
            _ = h.validate(instruments: instruments, today: asOf)
            tally.add(instruments.score(h))
          }
        }
      }
    }
    #expect(
      refused > Self.cases / 4 && read > 0,
      "both kinds of outcome were exercised (\(refused) refused, \(read) read)")
  }

  @Test func aStoreWithHostileFilesStillOpens() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = try makeDemoStore(at: root, scale: 0.02)
    let codes = store.codes()
    var rng = SeededGenerator(seed: 77)
    var damaged: [String: [UInt8]] = [:]
    for code in codes.prefix(6) {
      let relative = "alliances/\(code).json"
      var bytes = Self.mutate(bytes(root + "/" + relative), &rng)
      if case .success = StoreCoding.decode(Alliance.self, from: bytes, path: relative) {
        bytes = Array(bytes.prefix(10))
      }
      #expect(FileManager.default.createFile(atPath: root + "/" + relative, contents: Data(bytes)))
      damaged[relative] = bytes
    }
    let refresh = StoreIndex.refresh(store, reference: reference, instruments: instruments, today: asOf)
    #expect(Set(refresh.index.problems.map(\.path)) == Set(damaged.keys))
    #expect(
      refresh.index.engine(instruments: instruments, today: asOf).figures.count == codes.count - damaged.count
    )
    for (relative, content) in damaged {
      #expect(bytes(root + "/" + relative) == content, "\(relative) left as it was")
    }
  }
}
