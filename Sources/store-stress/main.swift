import AlianzasDomain
import AlianzasStore
import Foundation

// A writer for crash tests: `store-stress STORE COUNT` saves COUNT edits, round-robin over the
// store's alliances, each giving the alliance revision `n`; it prints `code n` only after the
// save returned, so every printed line is an acknowledged edit that must survive a SIGKILL.
// `store-stress import STORE BUNDLE` imports a bundle, to be killed at a random moment of it.
/// Writes straight to file descriptor 1, unbuffered: a line is out before the next save starts.
func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

let arguments = CommandLine.arguments
// `store-stress encrypt STORE LOGN` encrypts STORE in place (passphrase from ALIANZAS_PASSPHRASE,
// a fresh recovery key), to be killed half-way.
if arguments.count == 4, arguments[1] == "encrypt", let logN = Int(arguments[3]) {
  let now = Timestamp(secondsSinceEpoch: Int64(Date().timeIntervalSince1970))
  let setup = StoreEncryptionSetup(
    passphrase: ProcessInfo.processInfo.environment["ALIANZAS_PASSPHRASE"] ?? "",
    recovery: RecoveryKey().publicKey, logN: logN)
  do {
    say("ready")
    let report = try StoreEncryption.encrypt(root: arguments[2], setup: setup, officer: "stress", now: now)
    say("sealed \(report.sealed)")
    exit(0)
  } catch {
    FileHandle.standardError.write(Data("store-stress: \(error.message(.en))\n".utf8))
    exit(1)
  }
}
if arguments.count == 4, arguments[1] == "import" {
  do {
    let now = Timestamp(secondsSinceEpoch: Int64(Date().timeIntervalSince1970))
    let bundle = try SyncBundle.decode(try PosixFileSystem().read(arguments[3], followingLinks: true)).get()
    let store = try FileStore.open(at: arguments[2], mode: .write, officer: "stress", now: now)
    store.device = "stress"
    let reference = try ReferenceData.embedded(), instruments = try Instruments.embedded()
    say("ready")
    let report = try store.importBundle(
      bundle, dryRun: false, reference: reference, instruments: instruments,
      today: store.manifest.asOf ?? now.day)
    say("imported \(report.filesWritten.count)")
    exit(0)
  } catch {
    FileHandle.standardError.write(Data("store-stress: \(error)\n".utf8))
    exit(1)
  }
}
guard arguments.count == 3, let count = Int(arguments[2]) else {
  FileHandle.standardError.write(Data("usage: store-stress STORE COUNT\n".utf8))
  exit(2)
}
let now = Timestamp(secondsSinceEpoch: Int64(Date().timeIntervalSince1970))
do {
  let store = try FileStore.open(at: arguments[1], mode: .write, officer: "stress", now: now)
  let codes = store.codes()
  var alliances: [Alliance] = try codes.map { try store.loadAlliance(code: $0).get() }
  say("ready \(codes.count)")
  for n in 1...count {
    let index = n % alliances.count
    alliances[index].stamp.revision = n
    alliances[index].name = "Edición \(n) — \(String(repeating: "ñ", count: n % 50))"
    try store.save(alliances[index])
    say("\(alliances[index].code) \(n)")
  }
} catch let error as StoreError {
  FileHandle.standardError.write(Data("store-stress: \(error.message(.en))\n".utf8))
  exit(1)
} catch {
  FileHandle.standardError.write(Data("store-stress: \(error)\n".utf8))
  exit(1)
}
