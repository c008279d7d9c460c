import AlianzasDomain
import AlianzasStore
import Foundation

/// What encryption at rest costs, measured side by side on the national demo and its encrypted
/// copy: warm opens in fresh processes (alternating, so both see the same machine), saves of one
/// confirmed field and of one answer in the largest roster, and the passphrase's scrypt once.
/// The children get the store key as `sync git` hands it to its merge driver, so the open is
/// measured apart from the key derivation, which a session pays once, by design.
func encryptionFigures(folder: String, runs: Int, reference: ReferenceData, instruments: Instruments) throws
  -> [(name: String, plain: Double, encrypted: Double)]
{
  let plain = folder + "/national"
  let sealed = folder + "/national-encrypted"
  try Stores.ensure(plain, scale: 1, reference: reference, instruments: instruments)
  let passphrase = "frase de paso del banco de pruebas"
  if !FileManager.default.fileExists(atPath: sealed + "/" + StoreKeyFile.fileName) {
    try? FileManager.default.removeItem(atPath: sealed)
    try FileManager.default.copyItem(atPath: plain, toPath: sealed)
    try? FileManager.default.removeItem(atPath: sealed + "/.lock")
    FileHandle.standardError.write(Data("alianzas-bench: encrypting a copy of the national store…\n".utf8))
    _ = try StoreEncryption.encrypt(
      root: sealed, setup: StoreEncryptionSetup(passphrase: passphrase, recovery: RecoveryKey().publicKey),
      officer: "bench", now: Timestamp.wallClock)
  }
  let file = try StoreKeyFile.decode(try PosixFileSystem().read(sealed + "/" + StoreKeyFile.fileName))
  var key = try file.unwrap(passphrase: passphrase)
  let kdf = median(try (0..<3).map { _ in try time { key = try file.unwrap(passphrase: passphrase) } })
  StoreKeyring.remember(key)
  setenv("ALIANZAS_STORE_KEY", key.withUnsafeBytes { Data($0).base64EncodedString() }, 1)
  let app = Stores.applicationBinary()
  for store in [plain, sealed] { _ = Child.run(app, ["validate", "--quarantine", "--store", store]) }
  var opens: (plain: [Double], sealed: [Double]) = ([], [])
  for _ in 0..<runs {
    opens.plain.append(Child.run(app, ["snapshot", "--store", plain, "--size", "120x40"]).milliseconds)
    opens.sealed.append(Child.run(app, ["snapshot", "--store", sealed, "--size", "120x40"]).milliseconds)
  }
  var saves: (plain: [Double], sealed: [Double]) = ([], [])
  var answers: (plain: [Double], sealed: [Double]) = ([], [])
  for _ in 0..<3 {
    saves.plain.append(try saveMs(plain))
    saves.sealed.append(try saveMs(sealed))
    answers.plain.append(try saveAnswerMs(plain).ms)
    answers.sealed.append(try saveAnswerMs(sealed).ms)
  }
  unsetenv("ALIANZAS_STORE_KEY")
  return [
    ("open national to first panel (index warm)", median(opens.plain), median(opens.sealed)),
    ("save one confirmed field (fsync)", median(saves.plain), median(saves.sealed)),
    ("save one ELCSA answer, largest roster", median(answers.plain), median(answers.sealed)),
    ("passphrase → store key (scrypt, once a session)", 0, kdf),
  ]
}

/// `--encryption-only`: the figures side by side, as a table or as JSON.
func printEncryptionFigures(folder: String, runs: Int, json: Bool) throws {
  let reference = try ReferenceData.embedded(), instruments = try Instruments.embedded()
  let rows = try encryptionFigures(folder: folder, runs: runs, reference: reference, instruments: instruments)
  if json {
    var out: [String: Double] = [:]
    for (i, row) in rows.enumerated() {
      out["encryption\(i)Plain"] = row.plain
      out["encryption\(i)Encrypted"] = row.encrypted
    }
    print(
      String(decoding: try JSONSerialization.data(withJSONObject: out, options: [.sortedKeys]), as: UTF8.self)
    )
  } else {
    print("encryption at rest, national demo, medians (ms)   plain   encrypted   ratio   target")
    for row in rows {
      let ratio = row.plain > 0 ? String(format: "%.2f×", row.encrypted / row.plain) : "—"
      let target = row.plain > 0 ? "≤ 1.50×" : "once"
      print(
        row.name.padding(toLength: 48, withPad: " ", startingAt: 0)
          + String(format: "%8.1f %11.1f %7@   %@", row.plain, row.encrypted, ratio, target))
    }
  }
}
