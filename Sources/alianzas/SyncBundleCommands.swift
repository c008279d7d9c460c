import AlianzasDomain
import AlianzasStore
import ArgumentParser
import Crypto
import Foundation

struct SyncExportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "export",
      abstract: CLI.writesTheStoreSChanges())
  }

  @OptionGroup var common: CommonOptions

  @Option(
    name: .long,
    help: ArgumentHelp(CLI.bundleFileToWrite(), valueName: "file"))
  var out: String

  @Option(
    name: .long,
    help: ArgumentHelp(
      CLI.onlyChangesReceivedSinceThis(), valueName: "mark"))
  var since: String?

  func run() throws {
    let language = common.language
    var mark: Timestamp?
    if let since {
      guard let parsed = Timestamp(iso: since) else {
        complain(
          CLI.sinceIsNotAValid(since))
        throw Explained(code: 2)
      }
      mark = parsed
    }
    let store = try openForReading(common.storePath, language: language)
    store.device = DeviceIdentity.current
    store.officer = CommonOptions.officer
    let now = Clock.now
    store.clock = { now }
    let bundle = store.exportBundle(since: mark)
    let target = CommonOptions.absolute(out)
    // Sealed under the store's key when it is encrypted; a full export also carries the wrapped
    // keys, so a new laptop opens it with the store's passphrase or the recovery key.
    let signer = try DeviceIdentity.signingKey()
    do {
      let bytes = try SealedBundle.write(
        bundle, signer: signer, key: store.storeKey, keys: mark == nil ? store.keyFile : nil)
      try PosixFileSystem().writeAtomically(bytes, to: target)
    } catch let error as FileError {
      complain(error.message(language))
      throw Explained(code: 2)
    }
    let changes = bundle.files.reduce(0) { $0 + $1.batches.count }
    say(
      CLI.filesChanges(bundle.files.count, changes, target))
    say(
      CLI.markForTheNextExport(now.iso))
  }
}

struct SyncImportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "import",
      abstract: CLI.mergesABundleIntoThe(),
      discussion: CLI.importingTheSameBundleTwice())
  }

  @OptionGroup var common: CommonOptions

  @Argument(help: ArgumentHelp(CLI.theBundleToImport(), valueName: "file"))
  var file: String

  @Flag(name: .long, help: ArgumentHelp(CLI.onlySaysWhatItWould()))
  var dryRun = false

  @Option(name: .long, help: ArgumentHelp(CLI.trustHelp(), valueName: "fingerprint"))
  var trust: String?

  func run() throws {
    let language = common.language
    let (reference, instruments) = try loadData()
    let bytes: [UInt8]
    do {
      bytes = try PosixFileSystem().read(CommonOptions.absolute(file), followingLinks: true)
    } catch {
      complain(error.message(language))
      throw Explained(code: 2)
    }
    let sealed = try refusing { SealedBundle.read(bytes) }
    // Everything is checked before anything is written: the bundle opens, its signer is trusted,
    // and only then is a store made or changed.
    let store: FileStore
    let bundle: SyncBundle
    let own = try DeviceIdentity.signingKey().publicKey
    if FileManager.default.fileExists(atPath: common.storePath + "/" + FileStore.manifestName) || dryRun {
      store = try opening {
        try FileStore.open(at: common.storePath, mode: .write, officer: CommonOptions.officer, now: Clock.now)
      }
      bundle = try refusing { sealed.payloadOpened(by: store) }
      let trusted = try opening { try store.trusts(sealed.signer, own: own) }
      if !trusted { try checkTrustFlag(sealed, bundle: bundle, language: language) }
      if !trusted && !dryRun {
        try opening { try store.trust(sealed.signer, device: bundle.device) }
        say(CLI.deviceTrusted(bundle.device, sealed.signerFingerprint))
      }
    } else {
      (store, bundle) = try create(from: sealed, own: own, language: language)
    }
    defer { store.release() }
    store.device = DeviceIdentity.current
    store.clock = { Clock.now }
    let report: ImportReport
    do {
      report = try store.importBundle(
        bundle, dryRun: dryRun, reference: reference, instruments: instruments, today: store.today)
    } catch {
      // A refused bundle is named, as the bundle's own faults are.
      if case .bundle = error {
        complain("\(file): " + error.message(language))
      } else {
        complain(error.message(language))
      }
      throw Explained(code: 2)
    }
    printReport(report, dryRun: dryRun, language: language)
  }

  /// A new laptop's store, made from a full bundle: opened with the keys it carries (the store's
  /// passphrase or the recovery key), its signer trusted by `--trust`, then created.
  private func create(from sealed: SealedBundle, own: Curve25519.Signing.PublicKey, language: Language) throws
    -> (FileStore, SyncBundle)
  {
    let path = common.storePath
    var encryption: StoreEncryptionSetup?
    if let keys = sealed.keys {
      let key = try opening { try StoreEncryption.unlock(keys, root: path) }
      encryption = StoreEncryptionSetup(adopting: keys, key: key)
    }
    let bundle = try refusing { sealed.open(key: encryption?.adoptedKey) }
    guard bundle.since == nil else {
      complain(CLI.isNotAStoreAnd(path))
      throw Explained(code: 2)
    }
    let trusted = own.rawRepresentation == sealed.signer.rawRepresentation
    if !trusted { try checkTrustFlag(sealed, bundle: bundle, language: language) }
    let manifest = StoreManifest(
      created: Clock.now, deviceID: DeviceIdentity.current, asOf: bundle.asOf, lineage: bundle.lineage)
    let store = try opening {
      try FileStore.create(
        at: path, manifest: manifest, officer: CommonOptions.officer, encryption: encryption)
    }
    if !trusted {
      try opening { try store.trust(sealed.signer, device: bundle.device) }
      say(CLI.deviceTrusted(bundle.device, sealed.signerFingerprint))
    }
    return (store, bundle)
  }

  /// An untrusted signer is taken only when `--trust` names its fingerprint (checked with its
  /// owner beforehand).
  private func checkTrustFlag(_ sealed: SealedBundle, bundle: SyncBundle, language: Language) throws {
    let fingerprint = sealed.signerFingerprint
    if let trust, KeyFingerprint.normalized(trust) == KeyFingerprint.normalized(fingerprint) { return }
    if let trust { complain(CLI.trustDoesNotMatch(trust, fingerprint)) }
    complain(
      "\(file): "
        + SyncError.untrustedDevice(fingerprint: fingerprint, device: bundle.device).message(language))
    throw Explained(code: 2)
  }

  /// The bundle's own faults, named with the file.
  private func refusing<T>(_ step: () -> Result<T, SyncError>) throws -> T {
    switch step() {
    case .success(let value): return value
    case .failure(let error):
      complain("\(file): " + error.message(common.language))
      throw Explained(code: 2)
    }
  }

  /// The store's faults.
  private func opening<T>(_ step: () throws -> T) throws -> T {
    do { return try step() } catch let error as StoreError {
      complain(error.message(common.language))
      throw Explained(code: 2)
    }
  }

  private func printReport(_ report: ImportReport, dryRun: Bool, language: Language) {
    if dryRun { say(CLI.dryRunNothingWasChanged()) }
    say(
      CLI.addedUpdatedUnchangedConflicts(
        report.added, report.updated, report.unchanged, report.conflicts.count))
    for conflict in report.conflicts { say(CLI.conflict() + conflict) }
    for duplicate in report.duplicates {
      say(
        CLI.possibleDuplicateInAnd(duplicate.file, duplicate.first, duplicate.second))
    }
    for file in report.erasures { say(CLI.erasureApplied(file)) }
    for problem in report.refused {
      say(CLI.notMerged() + problem.message(language))
    }
    if !report.conflicts.isEmpty || !report.duplicates.isEmpty {
      say(
        CLI.reviewConflictsAndDuplicatesIn())
    }
  }
}
