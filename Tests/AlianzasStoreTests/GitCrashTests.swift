import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

/// `alianzas sync git` killed with SIGKILL at a random moment (while it commits, fetches, merges,
/// settles or pushes), then run again: both laptops' confirmed edits are in the store, nothing is
/// reverted, and it validates.
@Suite("A killed git sync loses nothing")
final class GitCrashTests: @unchecked Sendable {
  /// The standard error of the last run that was not killed.
  var lastErrors = ""

  static let trials = max(
    3, (Int(ProcessInfo.processInfo.environment["ALIANZAS_CRASH_TRIALS"] ?? "") ?? 25) / 8)

  /// Runs the real binary; kills it `killAfter` microseconds in when given. Returns its status.
  @discardableResult
  func sync(_ store: String, remote: String, device: String, killAfter: UInt32? = nil) -> Int32? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: productsFolder + "/alianzas")
    process.arguments = ["sync", "git", "--store", store, "--remote", remote]
    var environment = ProcessInfo.processInfo.environment
    environment["ALIANZAS_DEVICE"] = device
    environment["ALIANZAS_OFFICER"] = device
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    // What a run that fails says is kept for the failure message.
    let errors = Pipe()
    process.standardError = killAfter == nil ? errors : FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    defer {
      if killAfter == nil {
        lastErrors = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      }
    }
    if let killAfter {
      usleep(killAfter)
      kill(process.processIdentifier, SIGKILL)
    }
    process.waitUntilExit()
    return process.terminationReason == .exit ? process.terminationStatus : nil
  }

  /// One confirmed edit of an alliance on a laptop, as the interface makes it.
  func edit(_ folder: String, _ code: String, device: String, _ change: (inout Alliance) -> Void) throws {
    let store = try FileStore.open(at: folder, mode: .write, officer: device, now: now)
    store.device = device
    defer { store.release() }
    let before = try store.loadAlliance(code: code).get()
    var after = before
    change(&after)
    try store.save(after, base: before)
  }

  @Test func killedAtRandomThenRunAgainKeepsBothLaptopsEdits() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/git") else { return }
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    var generator = SystemRandomNumberGenerator()
    var killed = 0
    for trial in 0..<GitCrashTests.trials {
      let base = root + "/t\(trial)"
      let hub = base + "/hub.git"
      let a = base + "/a", b = base + "/b"
      try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
      #expect(run("/usr/bin/git", ["init", "-q", "--bare", hub]) == 0)
      try makeDemoStore(at: a, scale: 0.005).release()
      #expect(sync(a, remote: hub, device: "lapA") == 0, "trial \(trial): first push")
      #expect(sync(b, remote: hub, device: "lapB") == 0, "trial \(trial): clone")
      let codes = try FileStore.open(at: a, mode: .read, officer: "t", now: now).codes()
      // A renames every alliance and pushes; B sets every OGA and syncs, killed at a random moment.
      for code in codes { try edit(a, code, device: "lapA") { $0.name = "Nombre de A \(code)" } }
      #expect(sync(a, remote: hub, device: "lapA") == 0)
      for code in codes { try edit(b, code, device: "lapB") { $0.oga = "OGA de B \(code)" } }
      if sync(b, remote: hub, device: "lapB", killAfter: UInt32.random(in: 0...1_500_000, using: &generator))
        == nil
      {
        killed += 1
      }
      #expect(sync(b, remote: hub, device: "lapB") == 0, "trial \(trial): the sync runs again: \(lastErrors)")
      let store = try FileStore.open(at: b, mode: .read, officer: "t", now: now)
      for code in codes {
        let alliance = try store.loadAlliance(code: code).get()
        #expect(alliance.name == "Nombre de A \(code)", "trial \(trial): A's edit of \(code) arrived")
        #expect(alliance.oga == "OGA de B \(code)", "trial \(trial): B's own edit of \(code) kept")
      }
      #expect(
        StoreValidator.validate(store, reference: reference, instruments: instruments, today: asOf).isEmpty)
    }
    print(
      "Git sync crash safety: \(GitCrashTests.trials) trials, \(killed) syncs killed before they finished")
  }

  func run(_ executable: String, _ arguments: [String]) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return -1 }
    process.waitUntilExit()
    return process.terminationStatus
  }
}
