import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasStore

@Suite("A killed writer leaves every file old or new, never torn")
struct CrashTests {
  /// Trials per run; the reliability harness runs many more.
  static let trials = Int(ProcessInfo.processInfo.environment["ALIANZAS_CRASH_TRIALS"] ?? "") ?? 25

  @Test func killDuringWrites() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try makeDemoStore(at: root, scale: 0.005).release()
    let totalAcknowledged = try CrashTests.killWriterRepeatedly(root: root, trials: CrashTests.trials)
    // The figures docs/reliability.md reports; a lost edit would have failed an expectation above.
    print(
      "Crash safety: \(CrashTests.trials) trials, \(CrashTests.trials) SIGKILLs, \(totalAcknowledged) acknowledged edits checked"
    )
  }

  /// Runs `store-stress` on `root` `trials` times, each killed at a random moment while it
  /// saves, and checks after each kill that every acknowledged edit is on disk and no file is
  /// torn. `environment` reaches the writer (an encrypted store's passphrase). Returns how many
  /// acknowledged edits were checked.
  static func killWriterRepeatedly(root: String, trials: Int, environment: [String: String]? = nil) throws
    -> Int
  {
    let codes = try FileStore.open(at: root, mode: .read, officer: "t", now: now).codes()
    var generator = SystemRandomNumberGenerator()
    var acknowledged: [String: Int] = [:]
    var totalAcknowledged = 0
    for trial in 0..<trials {
      let writer = Process()
      writer.executableURL = URL(fileURLWithPath: productsFolder + "/store-stress")
      writer.arguments = [root, "100000"]
      if let environment {
        writer.environment = ProcessInfo.processInfo.environment.merging(environment) { _, given in given }
      }
      let output = Pipe()
      writer.standardOutput = output
      writer.standardError = FileHandle.nullDevice
      try writer.run()
      // Kill at a random moment after the writer is writing (its first edit acknowledged), not
      // while it is still starting: on a loaded machine the first write can take longer than the
      // random delay, and a kill before it would test nothing.
      var text = ""
      func writing() -> Bool {
        // "ready N", then at least one "code n" line.
        guard let ready = text.range(of: "ready") else { return false }
        return text[ready.upperBound...].filter { $0 == "\n" }.count >= 2
      }
      while !writing() {
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { break }
        text += String(decoding: chunk, as: UTF8.self)
      }
      usleep(UInt32.random(in: 2_000...40_000, using: &generator))
      kill(writer.processIdentifier, SIGKILL)
      writer.waitUntilExit()
      text += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      for line in text.split(separator: "\n") {
        let parts = line.split(separator: " ")
        if parts.count == 2, parts[0] != "ready", let n = Int(parts[1]) {
          acknowledged[String(parts[0])] = n
          totalAcknowledged += 1
        }
      }
      let store = try FileStore.open(at: root, mode: .read, officer: "t", now: now)
      #expect(store.codes() == codes, "trial \(trial): no file missing")
      for code in codes {
        let loaded = store.loadAlliance(code: code)
        guard case .success(let alliance) = loaded else {
          Issue.record("trial \(trial): \(code) is torn: \(loaded)")
          continue
        }
        // Each run numbers its edits from 1 again, so compare with what this run acknowledged.
        if let last = acknowledged[code] {
          #expect(
            alliance.stamp.revision >= last || alliance.stamp.revision < 1,
            "trial \(trial): \(code) lost edit \(last)")
          #expect(
            alliance.stamp.revision == last || alliance.stamp.revision == last + codes.count,
            "trial \(trial): \(code) has revision \(alliance.stamp.revision), acknowledged \(last)")
        }
      }
      acknowledged = [:]
    }
    #expect(totalAcknowledged >= trials, "the writer got far enough to be interrupted mid-stream")
    return totalAcknowledged
  }

  /// `sync import` killed with SIGKILL at a random moment, then run again: the store ends exactly
  /// as a clean import leaves it — every edit of the bundle present, none reverted, no file torn.
  @Test func killDuringImports() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let base = root + "/base"
    try makeDemoStore(at: base, scale: 0.01).release()
    // The laptop whose edits travel: a name on every alliance, a village on households.
    let origin = root + "/origin"
    try FileManager.default.copyItem(atPath: base, toPath: origin)
    let source = try FileStore.open(at: origin, mode: .write, officer: "o", now: now)
    source.device = "origin"
    for code in source.codes() {
      let before = try source.loadAlliance(code: code).get()
      var after = before
      after.name = "Nombre traído \(code)"
      try source.save(after, base: before)
      let roster = try source.loadRoster(code: code).get()
      var changed = roster
      for i in changed.households.indices.prefix(5) { changed.households[i].village = "Vereda traída \(i)" }
      try source.save(changed, base: roster)
    }
    let bundlePath = root + "/bundle.alianzas"
    try Data(try source.exportBundle(since: nil).encoded()).write(to: URL(fileURLWithPath: bundlePath))
    source.release()
    // What a clean import gives.
    let clean = root + "/clean"
    try FileManager.default.copyItem(atPath: base, toPath: clean)
    #expect(runImport(clean, bundlePath, killAfter: nil))
    let expected = snapshot(clean).filter {
      $0.key.hasPrefix("alliances/") || $0.key.hasPrefix("households/")
    }
    var killed = 0
    let trials = max(4, CrashTests.trials / 3)
    for trial in 0..<trials {
      let target = root + "/t\(trial)"
      try FileManager.default.copyItem(atPath: base, toPath: target)
      if !runImport(target, bundlePath, killAfter: UInt32.random(in: 0...400_000)) { killed += 1 }
      #expect(runImport(target, bundlePath, killAfter: nil), "trial \(trial): the import runs again")
      let records = snapshot(target).filter {
        $0.key.hasPrefix("alliances/") || $0.key.hasPrefix("households/")
      }
      let differing = Set(records.keys).union(expected.keys).filter { records[$0] != expected[$0] }.sorted()
      #expect(differing.isEmpty, "trial \(trial): differs from a clean import in \(differing)")
      if let file = differing.first, ProcessInfo.processInfo.environment["ALIANZAS_KEEP_FAILED"] != nil {
        try? Data(records[file] ?? []).write(to: URL(fileURLWithPath: "/tmp/failed-got.json"))
        try? Data(expected[file] ?? []).write(to: URL(fileURLWithPath: "/tmp/failed-want.json"))
        try? FileManager.default.copyItem(atPath: target + "/history", toPath: "/tmp/failed-history-\(trial)")
      }
      let store = try FileStore.open(at: target, mode: .read, officer: "t", now: now)
      #expect(
        StoreValidator.validate(store, reference: reference, instruments: instruments, today: asOf).isEmpty)
      try? FileManager.default.removeItem(atPath: target)
    }
    print("Import crash safety: \(trials) trials, \(killed) imports killed before they finished")
  }

  /// Runs `store-stress import`; kills it `killAfter` microseconds after it is ready. Returns
  /// whether it finished on its own.
  func runImport(_ store: String, _ bundle: String, killAfter: UInt32?) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: productsFolder + "/store-stress")
    process.arguments = ["import", store, bundle]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    if let killAfter {
      var text = ""
      while !text.contains("ready") {
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { break }
        text += String(decoding: chunk, as: UTF8.self)
      }
      usleep(killAfter)
      kill(process.processIdentifier, SIGKILL)
    }
    process.waitUntilExit()
    return process.terminationReason == .exit && process.terminationStatus == 0
  }
}
