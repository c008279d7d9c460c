import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

/// The first save of a session reads a summary of the file's history instead of the history: it
/// must write exactly the changes a save that read the whole history would, and the summary must
/// be ignored whenever it might not describe the history or the file.
@Suite("A save reads the history's summary, never less safely than the history")
struct HistoryHeadsTests {
  /// A store whose first alliance has `edits` saved edits (some to the same fields, so changes
  /// replace each other), released so the summaries are written.
  func storeWithHistory(edits: Int) throws -> (root: String, code: String) {
    let root = temporaryFolder()
    let store = try makeDemoStore(at: root, scale: 0.01)
    let code = store.codes()[0]
    var alliance = try store.loadAlliance(code: code).get()
    for i in 0..<edits {
      alliance.oga = "OGA \(i % 3)"
      if i % 4 == 0 { alliance.name += "·" }
      _ = try store.save(alliance)
    }
    store.release()
    return (root, code)
  }

  func copy(_ root: String, dropSummaries: Bool) throws -> String {
    let copy = root + "-copy-\(UUID().uuidString.prefix(6))"
    // `cp -a` keeps the files' stamps, as a store left where it was does.
    let cp = Process()
    cp.executableURL = URL(fileURLWithPath: "/bin/cp")
    cp.arguments = ["-a", root, copy]
    try cp.run()
    cp.waitUntilExit()
    #expect(cp.terminationStatus == 0)
    try? FileManager.default.removeItem(atPath: copy + "/.lock")
    if dropSummaries { try FileManager.default.removeItem(atPath: copy + "/.cache/heads") }
    return copy
  }

  /// The changes of the last history line: path, old, new and what each replaced.
  func lastChanges(_ root: String, _ code: String) throws -> [Change] {
    let log = bytes(root + "/history/alliances/\(code).jsonl")
    return ChangeLog.read(log).batches.last?.changes ?? []
  }

  func edit(_ root: String, _ code: String, _ change: (inout Alliance) -> Void) throws
    -> (store: FileStore, quick: Bool)
  {
    let store = try FileStore.open(at: root, mode: .write, officer: "test", now: now)
    var alliance = try store.loadAlliance(code: code).get()
    change(&alliance)
    _ = try store.save(alliance)
    let quick = store.histories["alliances/\(code).json"]?.quick != nil
    return (store, quick)
  }

  @Test func aFirstSaveFromTheSummaryRecordsWhatTheWholeHistoryWould() throws {
    let (root, code) = try storeWithHistory(edits: 40)
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(FileManager.default.fileExists(atPath: root + "/.cache/heads/alliances/\(code).json"))
    let summarized = try copy(root, dropSummaries: false), whole = try copy(root, dropSummaries: true)
    defer {
      try? FileManager.default.removeItem(atPath: summarized)
      try? FileManager.default.removeItem(atPath: whole)
    }
    let change: (inout Alliance) -> Void = {
      $0.oga = "OGA nueva"
      $0.name += "!"
    }
    let a = try edit(summarized, code, change), b = try edit(whole, code, change)
    #expect(a.quick, "the summary was used")
    #expect(!b.quick, "without a summary the history is read")
    let fromSummary = try lastChanges(summarized, code), fromHistory = try lastChanges(whole, code)
    #expect(!fromSummary.isEmpty && fromSummary.allSatisfy { !$0.supersedes.isEmpty })
    #expect(fromSummary == fromHistory)
    // Later saves of the session, and the history as a view reads it, agree as well.
    for store in [a.store, b.store] {
      var alliance = try store.loadAlliance(code: code).get()
      alliance.oga = "OGA 1"
      _ = try store.save(alliance)
    }
    // (Each copy's new batch has an id of its own, so only the shape of what they replace compares.)
    func shape(_ changes: [Change]) -> [String] {
      changes.map {
        "\($0.path) \(String(describing: $0.old)) \(String(describing: $0.new)) \($0.supersedes.count)"
      }
    }
    #expect(try shape(lastChanges(summarized, code)) == shape(lastChanges(whole, code)))
    #expect(
      a.store.history(of: "alliances/\(code).json").batches.count
        == b.store.history(of: "alliances/\(code).json").batches.count)
    a.store.release()
    b.store.release()
    // The summary written at release equals one made from the whole history.
    let left = try JSONDecoder().decode(
      HistoryHeads.self, from: Data(bytes(summarized + "/.cache/heads/alliances/\(code).json")))
    let right = try JSONDecoder().decode(
      HistoryHeads.self, from: Data(bytes(whole + "/.cache/heads/alliances/\(code).json")))
    #expect(left.live.mapValues(\.count) == right.live.mapValues(\.count))
    #expect(left.batchCount == right.batchCount && left.batchCount == 42)
  }

  @Test func aSummaryThatMayBeStaleIsIgnored() throws {
    let (root, code) = try storeWithHistory(edits: 12)
    defer { try? FileManager.default.removeItem(atPath: root) }
    // The file changed by hand: the summary does not describe it; the save reads the history and
    // records the outside change first, as it always did.
    let edited = try copy(root, dropSummaries: false)
    defer { try? FileManager.default.removeItem(atPath: edited) }
    let text = String(decoding: bytes(edited + "/alliances/\(code).json"), as: UTF8.self)
    write(
      text.replacingOccurrences(of: "\"OGA ", with: "\"Otra OGA "), to: edited + "/alliances/\(code).json")
    let outside = try edit(edited, code) { $0.name += "?" }
    #expect(!outside.quick)
    let kinds = ChangeLog.read(bytes(edited + "/history/alliances/\(code).jsonl")).batches.suffix(2).map(
      \.kind)
    #expect(kinds == [.external, .edit])
    outside.store.release()

    // The history grew without the summary (a process that died before releasing): ignored.
    let grown = try copy(root, dropSummaries: false)
    defer { try? FileManager.default.removeItem(atPath: grown) }
    let summary = bytes(grown + "/.cache/heads/alliances/\(code).json")
    let other = try edit(grown, code) { $0.oga = "OGA X" }
    other.store.release()
    // As if that process had died before releasing: the older summary is what is left.
    try Data(summary).write(to: URL(fileURLWithPath: grown + "/.cache/heads/alliances/\(code).json"))
    let again = try edit(grown, code) { $0.oga = "OGA Y" }
    #expect(!again.quick, "the history's stamp moved on: read whole")
    let changes = try lastChanges(grown, code)
    #expect(changes.count == 1 && changes[0].supersedes.count == 1)
    again.store.release()
  }
}
