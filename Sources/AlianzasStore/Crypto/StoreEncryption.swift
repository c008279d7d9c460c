import AlianzasDomain
import Crypto
import Foundation

/// What a new encrypted store is made with.
public struct StoreEncryptionSetup: Sendable {
  public var passphrase: String
  public var recovery: Curve25519.KeyAgreement.PublicKey
  public var logN: Int
  /// A key file and its key taken from elsewhere (a bundle that starts a new laptop's store).
  var adopted: (file: StoreKeyFile, key: SymmetricKey)?

  /// Long enough that scrypt's cost matters: below this a guess list finds it anyway.
  public static let minimumPassphrase = 10

  public init(
    passphrase: String, recovery: Curve25519.KeyAgreement.PublicKey, logN: Int = StoreKeyFile.defaultLogN
  ) {
    self.passphrase = passphrase
    self.recovery = recovery
    self.logN = logN
  }

  /// The same store key as another copy of the store: its key file, opened.
  public init(adopting file: StoreKeyFile, key: SymmetricKey) {
    passphrase = ""
    recovery = Curve25519.KeyAgreement.PrivateKey().publicKey
    logN = file.passphrase.logN
    adopted = (file.marked(complete: true), key)
  }

  public var adoptedKey: SymmetricKey? { adopted?.key }

  func makeKeyFile(complete: Bool = true) throws(StoreError) -> (StoreKeyFile, SymmetricKey) {
    if let adopted { return adopted }
    guard passphrase.count >= Self.minimumPassphrase else {
      throw .key(.passphraseTooShort(Self.minimumPassphrase))
    }
    let key = SymmetricKey(size: .bits256)
    do {
      return (
        try StoreKeyFile.make(
          key: key, passphrase: passphrase, recovery: recovery, complete: complete, logN: logN),
        key
      )
    } catch { throw .key(error) }
  }
}

/// What encrypting an existing store did.
public struct EncryptionReport: Sendable {
  public var sealed: Int
  /// The store is a git repository: its past commits (and its remote) still hold the plain files.
  public var hasGitHistory: Bool
  public var resumed: Bool
}

/// Encrypting a store in place, and the key file's reading and replacing.
public enum StoreEncryption {
  /// The store's key file, nil for a plain store.
  static func keyFile(root: String, fs: any StoreFileSystem) throws(StoreError) -> StoreKeyFile? {
    let path = root + "/" + StoreKeyFile.fileName
    guard fs.exists(path) else { return nil }
    let bytes: [UInt8]
    do { bytes = try fs.read(path) } catch { throw .file(error) }
    do { return try StoreKeyFile.decode(bytes) } catch { throw .key(error) }
  }

  /// Opens `file` with the credentials at hand (given, environment, recovery key or prompt).
  public static func unlock(_ file: StoreKeyFile, root: String) throws(StoreError) -> SymmetricKey {
    do { return try StoreKeyring.key(for: file, root: root, credentials: nil) } catch { throw .key(error) }
  }

  public static func isEncrypted(root: String, fs: any StoreFileSystem = PosixFileSystem()) -> Bool {
    fs.exists(root + "/" + StoreKeyFile.fileName)
  }

  /// Encrypts the plain store at `root` in place, holding its lock. The key file is written first
  /// (marked unfinished), then every file is sealed one by one, each replaced atomically, then the
  /// key file is marked finished: killed at any point, the store opens (plain and sealed files
  /// both read until then) and the next writer finishes the work.
  public static func encrypt(
    root: String, setup: StoreEncryptionSetup, officer: String, now: Timestamp,
    fs base: any StoreFileSystem = PosixFileSystem()
  ) throws(StoreError) -> EncryptionReport {
    if let existing = try keyFile(root: root, fs: base) {
      guard !existing.complete else { throw .key(.alreadyEncrypted(root)) }
      // Resumed: opening for writing finishes it, with the key the passphrase opens.
      let store = try FileStore.open(
        at: root, mode: .write, officer: officer, now: now, credentials: .passphrase(setup.passphrase),
        fs: base)
      store.release()
      return EncryptionReport(
        sealed: 0, hasGitHistory: base.exists(root + "/.git"), resumed: true)
    }
    let store = try FileStore.open(at: root, mode: .write, officer: officer, now: now, fs: base)
    defer { store.release() }
    let (file, key) = try setup.makeKeyFile(complete: false)
    do { try base.writeAtomically(file.encoded(), to: root + "/" + StoreKeyFile.fileName) } catch {
      throw .file(error)
    }
    StoreKeyring.remember(key)
    let sealed = try sealRemaining(root: root, base: base, key: key, keyFile: file)
    return EncryptionReport(sealed: sealed, hasGitHistory: base.exists(root + "/.git"), resumed: false)
  }

  /// Seals every plain file of the store, then marks the key file finished. Returns how many.
  @discardableResult
  static func sealRemaining(root: String, base: any StoreFileSystem, key: SymmetricKey, keyFile: StoreKeyFile)
    throws(StoreError) -> Int
  {
    var count = 0
    for path in storeFiles(root: root) {
      let bytes: [UInt8]
      do { bytes = try base.read(path) } catch {
        // A file unfit to read (a link, a device) is not the store's to seal; the store's own
        // checks set it aside when it is used.
        if error.provesUnfit { continue }
        throw .file(error)
      }
      guard !bytes.isEmpty, !SealedFrames.isSealed(bytes) else { continue }
      do { try base.writeAtomically(SealedFrames.seal(bytes, key: key), to: path) } catch {
        throw .file(error)
      }
      count += 1
    }
    do {
      try base.writeAtomically(
        keyFile.marked(complete: true).encoded(), to: root + "/" + StoreKeyFile.fileName)
    } catch { throw .file(error) }
    return count
  }

  /// Every file the store keeps under `root` except its manifest, key file, lock and git's own:
  /// records, histories, caches, quarantined copies and notes, migration backups.
  static func storeFiles(root: String) -> [String] {
    let skipped: Set<String> = ["store.json", StoreKeyFile.fileName, ".lock", ".gitignore", ".gitattributes"]
    var files: [String] = []
    guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
    while let relative = walker.nextObject() as? String {
      if relative == ".git" {
        walker.skipDescendants()
        continue
      }
      let name = (relative as NSString).lastPathComponent
      if skipped.contains(relative) || (name.hasPrefix(".") && name.hasSuffix(".tmp")) { continue }
      if let type = walker.fileAttributes?[.type] as? FileAttributeType, type == .typeRegular {
        files.append(root + "/" + relative)
      }
    }
    return files.sorted()
  }

  /// Puts the store's key under a new passphrase (after opening it with the recovery key, or to
  /// change it). The key itself, and so every file, stays as it is.
  public static func changePassphrase(
    root: String, to passphrase: String, credentials: StoreCredentials?,
    fs base: any StoreFileSystem = PosixFileSystem(),
    logN: Int = StoreKeyFile.defaultLogN
  ) throws(StoreError) {
    guard passphrase.count >= StoreEncryptionSetup.minimumPassphrase else {
      throw .key(.passphraseTooShort(StoreEncryptionSetup.minimumPassphrase))
    }
    guard let file = try keyFile(root: root, fs: base) else { throw .key(.needsCredentials(root)) }
    let key: SymmetricKey
    do { key = try StoreKeyring.key(for: file, root: root, credentials: credentials) } catch {
      throw .key(error)
    }
    let rewrapped: StoreKeyFile
    do { rewrapped = try file.rewrapped(key, passphrase: passphrase, logN: logN) } catch { throw .key(error) }
    do { try base.writeAtomically(rewrapped.encoded(), to: root + "/" + StoreKeyFile.fileName) } catch {
      throw .file(error)
    }
  }
}
