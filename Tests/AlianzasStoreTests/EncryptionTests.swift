import AlianzasDomain
import Crypto
import Foundation
import Testing

@testable import AlianzasStore

/// scrypt at 2^12 in tests: the same code path as the default 2^17, at a cost that lets a test
/// open many stores (the benchmark and the command line use the default).
let testLogN = 12
let testPassphrase = "una frase de paso de prueba"

/// Makes a small demo store with some history, then encrypts it in place; returns the recovery
/// key and the key file.
func makeEncryptedStore(at root: String, scale: Double = 0.01) throws -> (RecoveryKey, StoreKeyFile) {
  let store = try makeDemoStore(at: root, scale: scale)
  // Edits before encrypting, so the history holds names and previous values to seal.
  let code = store.codes()[0]
  let roster = try store.loadRoster(code: code).get()
  var changed = roster
  changed.households[0].headName = "Nombre Corregido Antes"
  try store.save(changed, base: roster)
  store.release()
  let recovery = RecoveryKey()
  _ = try StoreEncryption.encrypt(
    root: root,
    setup: StoreEncryptionSetup(passphrase: testPassphrase, recovery: recovery.publicKey, logN: testLogN),
    officer: "t", now: now)
  let file = try StoreKeyFile.decode(bytes(root + "/" + StoreKeyFile.fileName))
  return (recovery, file)
}

/// Every name and document number of a store's households, read in plain.
func personalStrings(_ root: String) throws -> Set<String> {
  let store = try FileStore.open(at: root, mode: .read, officer: "t", now: now)
  var found: Set<String> = []
  for code in store.codes() {
    for household in try store.loadRoster(code: code).get().households {
      found.insert(household.headName)
      found.insert(household.documentNumber)
    }
  }
  return found
}

/// Whether any file under `root` (hidden ones too) holds `needle` in its bytes.
func anyFile(under root: String, holds needles: Set<String>) -> [String] {
  var hits: [String] = []
  for (path, content) in snapshot(root, hidden: true) {
    let text = Data(content)
    for needle in needles where text.range(of: Data(needle.utf8)) != nil {
      hits.append("\(path): \(needle)")
    }
  }
  return hits
}

@Suite("An encrypted store holds no plaintext and opens only with its keys")
struct EncryptionTests {
  @Test func noPersonalDataInAnyFile() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let plain = root + "/plain"
    try makeDemoStore(at: plain, scale: 0.01).release()
    let names = try personalStrings(plain)
    #expect(names.count > 100)
    let encrypted = root + "/encrypted"
    _ = try makeEncryptedStore(at: encrypted)
    // After encrypting, edits keep the files sealed: history appended, caches rebuilt.
    let store = try FileStore.open(at: encrypted, mode: .write, officer: "t", now: now)
    let code = store.codes()[1]
    let roster = try store.loadRoster(code: code).get()
    var changed = roster
    changed.households[0].headName = "Nombre Corregido Después"
    try store.save(changed, base: roster)
    store.release()
    let needles =
      names.union([
        "Nombre Corregido Antes", "Nombre Corregido Después", "headName", "documentNumber", "elcsa",
      ])
    #expect(anyFile(under: encrypted, holds: needles).isEmpty)
    // The history (and so the sealed appends) is there, and reads back.
    let reopened = try FileStore.open(at: encrypted, mode: .read, officer: "t", now: now)
    #expect(try reopened.loadRoster(code: code).get().households[0].headName == "Nombre Corregido Después")
    let files = StoreEncryption.storeFiles(root: encrypted)
    #expect(files.contains { $0.hasSuffix(".jsonl") })
    for file in files { #expect(SealedFrames.isSealed(bytes(file)), "\(file) is sealed") }
  }

  @Test func opensWithPassphraseOrRecoveryAndTellsWhy() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let (recovery, file) = try makeEncryptedStore(at: root)
    func open(_ credentials: StoreCredentials?) -> Result<FileStore, StoreError> {
      StoreKeyring.forget(keyID: file.keyID)
      return Result { () throws(StoreError) in
        try FileStore.open(at: root, mode: .read, officer: "t", now: now, credentials: credentials)
      }
    }
    let expected = try personalStrings(root)
    #expect((try? open(.passphrase(testPassphrase)).get()) != nil)
    #expect((try? open(.recovery(recovery)).get()) != nil)
    #expect(try personalStrings(root) == expected)
    guard case .failure(.key(.wrongPassphrase)) = open(.passphrase("otra frase cualquiera")) else {
      Issue.record("a wrong passphrase is named as such")
      return
    }
    guard case .failure(.key(.wrongRecoveryKey)) = open(.recovery(RecoveryKey())) else {
      Issue.record("another organization's recovery key is named as such")
      return
    }
    // Without credentials (no environment variable, no prompt), it says what it needs.
    if ProcessInfo.processInfo.environment["ALIANZAS_PASSPHRASE"] == nil {
      guard case .failure(.key(.needsCredentials)) = open(nil) else {
        Issue.record("no credentials is named as such")
        return
      }
    }
    // A damaged key file is told apart from a wrong passphrase.
    let keyPath = root + "/" + StoreKeyFile.fileName
    let original = bytes(keyPath)
    var damaged = original
    let at = damaged.firstIndex(of: UInt8(ascii: "s"))!
    damaged[at] = UInt8(ascii: "S")
    try Data(damaged).write(to: URL(fileURLWithPath: keyPath))
    guard case .failure(.key(.damagedKeyFile)) = open(.passphrase(testPassphrase)) else {
      Issue.record("a damaged key file is named as such")
      return
    }
    try Data(original).write(to: URL(fileURLWithPath: keyPath))
    // A damaged record file, with the right passphrase: that file is named, the rest reads.
    let store = try open(.passphrase(testPassphrase)).get()
    let code = store.codes()[0]
    let recordPath = root + "/alliances/\(code).json"
    var record = bytes(recordPath)
    record[record.count / 2] ^= 0x01
    try Data(record).write(to: URL(fileURLWithPath: recordPath))
    guard case .failure(let problem) = store.loadAlliance(code: code) else {
      Issue.record("a flipped bit is found")
      return
    }
    #expect(problem.message(.en).contains("cannot be decrypted"))
    #expect((try? store.loadAlliance(code: store.codes()[1]).get()) != nil)
  }

  @Test func keyFileAloneOpensNothing() throws {
    let key = SymmetricKey(size: .bits256)
    let recovery = RecoveryKey()
    let file = try StoreKeyFile.make(
      key: key, passphrase: testPassphrase, recovery: recovery.publicKey, complete: true, logN: testLogN)
    let text = String(decoding: file.encoded(), as: UTF8.self)
    #expect(!text.contains(key.withUnsafeBytes { Data($0).base64EncodedString() }))
    #expect(try file.unwrap(passphrase: testPassphrase) == key)
    #expect(try file.unwrap(recovery: recovery) == key)
    // A new passphrase keeps the key; the old one no longer opens it.
    let rewrapped = try file.rewrapped(key, passphrase: "la nueva frase de paso", logN: testLogN)
    #expect(try rewrapped.unwrap(passphrase: "la nueva frase de paso") == key)
    #expect(throws: StoreKeyError.wrongPassphrase) { try rewrapped.unwrap(passphrase: testPassphrase) }
    // The passphrase is compared as typed, whatever the keyboard composed: é is é.
    let composed = try StoreKeyFile.make(
      key: key, passphrase: "caf\u{E9} con az\u{FA}car", recovery: recovery.publicKey, complete: true,
      logN: testLogN)
    #expect(try composed.unwrap(passphrase: "cafe\u{301} con azu\u{301}car") == key)
  }

  @Test func encryptionKilledHalfWayStillOpens() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let base = root + "/base"
    try makeDemoStore(at: base, scale: 0.02).release()
    let expected = try personalStrings(base)
    let codes = try FileStore.open(at: base, mode: .read, officer: "t", now: now).codes()
    let trials = max(4, CrashTests.trials / 3)
    var cut = 0
    for trial in 0..<trials {
      let target = root + "/t\(trial)"
      try FileManager.default.copyItem(atPath: base, toPath: target)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: productsFolder + "/store-stress")
      process.arguments = ["encrypt", target, String(testLogN)]
      process.environment = ["ALIANZAS_PASSPHRASE": testPassphrase]
      let output = Pipe()
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
      _ = output.fileHandleForReading.availableData
      usleep(UInt32.random(in: 0...150_000))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      if process.terminationReason == .uncaughtSignal { cut += 1 }
      // Whatever moment it died at, the store reads whole, plain and sealed files alike.
      let credentials: StoreCredentials = .passphrase(testPassphrase)
      let reader = try FileStore.open(
        at: target, mode: .read, officer: "t", now: now, credentials: credentials)
      #expect(reader.codes() == codes, "trial \(trial)")
      #expect(try personalStrings(target) == expected, "trial \(trial)")
      // The next writer finishes the work: every file sealed, the key file marked finished.
      let writer = try FileStore.open(
        at: target, mode: .write, officer: "t", now: now, credentials: credentials)
      writer.release()
      if StoreEncryption.isEncrypted(root: target) {
        #expect(try StoreKeyFile.decode(bytes(target + "/" + StoreKeyFile.fileName)).complete)
        #expect(anyFile(under: target, holds: Set(expected.prefix(200))).isEmpty, "trial \(trial)")
      }
      try? FileManager.default.removeItem(atPath: target)
    }
    print("Encryption crash safety: \(trials) trials, \(cut) encryptions killed before they finished")
  }

  @Test func encryptedWritesSurviveKills() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try makeDemoStore(at: root, scale: 0.005).release()
    _ = try StoreEncryption.encrypt(
      root: root,
      setup: StoreEncryptionSetup(
        passphrase: testPassphrase, recovery: RecoveryKey().publicKey, logN: testLogN),
      officer: "t", now: now)
    let trials = max(5, CrashTests.trials / 2)
    let checked = try CrashTests.killWriterRepeatedly(
      root: root, trials: trials, environment: ["ALIANZAS_PASSPHRASE": testPassphrase])
    print("Encrypted crash safety: \(trials) SIGKILLs, \(checked) acknowledged edits checked")
  }

  @Test func cutsInsideAFrameKeepWhatIsAsked() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let key = SymmetricKey(size: .bits256)
    let fs = StoreCipherFileSystem(base: PosixFileSystem(), key: key, root: root, acceptsPlain: false)
    let path = root + "/h.jsonl"
    try fs.writeAtomically(Array("uno\ndos\n".utf8), to: path)
    try fs.append(Array("tres\n".utf8), to: path)
    #expect(try fs.read(path) == Array("uno\ndos\ntres\n".utf8))
    try fs.truncate(path, to: 8)
    #expect(try fs.read(path) == Array("uno\ndos\n".utf8))
    try fs.truncate(path, to: 4)
    #expect(try fs.read(path) == Array("uno\n".utf8))
    try fs.append(Array("cuatro\n".utf8), to: path)
    // An append cut short by a crash reads as a line cut short, which the history drops.
    var torn = bytes(path)
    torn.removeLast(5)
    try Data(torn).write(to: URL(fileURLWithPath: path))
    let read = try fs.read(path)
    #expect(read.starts(with: Array("uno\n".utf8)) && read.last != 0x0A)
    try fs.truncate(path, to: 4)
    #expect(try fs.read(path) == Array("uno\n".utf8))
    // A plain file in a finished encrypted store is refused, named as not sealed.
    try Data("{}".utf8).write(to: URL(fileURLWithPath: root + "/plain.json"))
    #expect(throws: FileError(path: root + "/plain.json", operation: .read, code: FileError.notSealed)) {
      try fs.read(root + "/plain.json")
    }
  }

  /// Python's hashlib and `cryptography` open the store from docs/store-format.md alone: the
  /// format is the standard primitives it names.
  @Test func anIndependentReaderOpensIt() throws {
    let python = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(".venv/bin/python3").path
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("tools/open_sealed.py").path
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let (recovery, _) = try makeEncryptedStore(at: root)
    let keyPath = root + "/org.key"
    try Data(recovery.privateFileText.utf8).write(to: URL(fileURLWithPath: keyPath))
    let store = try FileStore.open(at: root, mode: .read, officer: "t", now: now)
    let code = store.codes()[0]
    for (arguments, environment) in [
      ([script, root], ["ALIANZAS_PASSPHRASE": testPassphrase]),
      ([script, "--recovery", keyPath, root], [:]),
    ] {
      for relative in ["households/\(code).json", "history/households/\(code).jsonl"] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = arguments + [root + "/" + relative]
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let read = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(relative)")
        #expect(Array(read) == (try store.fs.read(root + "/" + relative)), "\(relative) reads the same")
      }
    }
  }

  @Test func historiesMergeEveryLineOnce() {
    let ours = Array("a\nb\nc\n".utf8)
    let theirs = Array("a\nd\nb\ne\ntorn".utf8)
    #expect(HistoryUnion.merge(ours, theirs) == Array("a\nb\nc\nd\ne\n".utf8))
    #expect(HistoryUnion.merge(ours, ours) == ours)
  }
}
