import AlianzasDomain
import Crypto
import Dispatch

/// A store: a folder of JSON files, one per alliance and one per alliance's households.
/// Opening for writing takes the lock; every save is atomic and durable before it returns.
public final class FileStore: @unchecked Sendable {
  /// How a store is opened, which decides what opening may do to it.
  public enum OpenMode: Sendable {
    /// Commands that only look (snapshot, summary, analyze, export, report): no lock, no
    /// migration, no quarantine, no cache written, so they run beside a writer and leave even a
    /// damaged store byte for byte as it was.
    case read
    /// The interface, edits, sync import: takes the lock, sweeps a killed writer's temporary
    /// files, migrates an older format (after a backup) and sets damaged files aside.
    case write
    /// Commands whose job is a repair (`validate --quarantine`, migration): as `write`, and never
    /// falls back to reading.
    case maintenance

    public var writes: Bool { self != .read }
  }

  public let root: String
  public private(set) var fs: any StoreFileSystem
  public let mode: OpenMode
  public private(set) var manifest: StoreManifest
  /// Held while the store is open for writing; nil when read-only.
  private let lock: StoreLock?
  /// Why the store is read-only, when it is.
  public let readOnlyReason: StoreError?

  public var isWritable: Bool { lock != nil }

  /// Whether saves record their changes in `history/` (off while a demo or a migration writes
  /// the base files every store starts from).
  public var recordsHistory = true
  /// Who the store's changes are attributed to.
  public var device: String
  public var officer: String = ""
  public var clock: @Sendable () -> Timestamp = { Timestamp.wallClock }
  /// Why the saves made now are made, when it is not a person's edit: an import records
  /// "importado de FILE" on each change it writes.
  public var changeReason: String?
  /// Histories read this session, by file (only the writer touches them).
  var histories: [String: LoadedHistory] = [:]
  /// The trees of files this process wrote last, with the stamp they had, so a save does not
  /// parse the file it just wrote.
  var recentTrees: [String: (stamp: FileStamp, tree: JSONValue)] = [:]
  /// Households as last encoded, by id, so a save re-encodes only the ones that changed.
  var householdTrees: [RecordID: (value: Household, tree: JSONValue)] = [:]
  /// The record each file last held when this process saved it (or found it already so), and its
  /// tree: the usual base of the next edit.
  var writtenValues: [String: (value: AnyHashable, tree: JSONValue)] = [:]

  /// Whether the store's format is older than this program writes: a read-mode open reads what it
  /// can of it and says so; a writer migrates it.
  public var needsMigration: Bool { manifest.formatVersion < StoreManifest.currentFormat }

  private init(
    root: String, fs: any StoreFileSystem, manifest: StoreManifest, lock: StoreLock?,
    readOnlyReason: StoreError?, mode: OpenMode
  ) {
    self.root = root
    self.fs = fs
    self.mode = mode
    self.manifest = manifest
    self.lock = lock
    self.readOnlyReason = readOnlyReason
    device = manifest.deviceID
  }

  public enum Folder: String, CaseIterable, Sendable {
    case alliances, households
  }

  public static let manifestName = "store.json"

  // MARK: creating and opening

  /// Makes a new, empty store at `root`, refusing to replace an existing one unless `force`.
  public static func create(
    at root: String, manifest: StoreManifest, officer: String, force: Bool = false,
    encryption: StoreEncryptionSetup? = nil, fs base: any StoreFileSystem = PosixFileSystem()
  ) throws(StoreError) -> FileStore {
    var fs = base
    let exists = fs.exists(root + "/" + manifestName)
    if exists && !force { throw .alreadyExists(root) }
    do { try fs.createFolder(root) } catch { throw .file(error) }
    // The lock first: a store another process holds is refused before anything of it is removed.
    let lock = try takeLock(root: root, officer: officer, now: manifest.created)
    do throws(FileError) {
      if exists { try clear(root: root, fs: fs) }
      try createFolders(root: root, fs: fs)
    } catch {
      lock.release()
      throw .file(error)
    }
    do throws(StoreError) {
      // The key file first: a store that has one is read as encrypted from its first record on.
      if let encryption {
        let (file, key) = try encryption.makeKeyFile()
        do { try base.writeAtomically(file.encoded(), to: root + "/" + StoreKeyFile.fileName) } catch {
          throw .file(error)
        }
        StoreKeyring.remember(key)
        fs = StoreCipherFileSystem(base: base, key: key, root: root, acceptsPlain: false)
      } else if exists, base.exists(root + "/" + StoreKeyFile.fileName) {
        // A plain store made over an encrypted one keeps nothing of it.
        do { try base.remove(root + "/" + StoreKeyFile.fileName) } catch { throw .file(error) }
      }
    } catch {
      lock.release()
      throw error
    }
    let store = FileStore(
      root: root, fs: fs, manifest: manifest, lock: lock, readOnlyReason: nil, mode: .write)
    store.officer = officer
    try store.writeManifest()
    return store
  }

  /// Opens the store at `root` in `mode`. A writing mode takes the lock (and migrates an older
  /// format); when another process holds it, throws `.locked` so the caller can offer reading.
  public static func open(
    at root: String, mode: OpenMode, officer: String, now: Timestamp,
    credentials: StoreCredentials? = nil, fs base: any StoreFileSystem = PosixFileSystem()
  ) throws(StoreError) -> FileStore {
    let manifestPath = root + "/" + manifestName
    var fs = base
    guard fs.exists(manifestPath) else { throw .notAStore(root) }
    let bytes: [UInt8]
    do { bytes = try fs.read(manifestPath) } catch { throw .file(error) }
    let manifest: StoreManifest
    switch StoreCoding.decode(StoreManifest.self, from: bytes, path: manifestName) {
    case .success(let value): manifest = value
    case .failure(let problem): throw .unreadableManifest(problem)
    }
    guard manifest.kind == StoreManifest.kindName else { throw .notAStore(root) }
    // Formats start at 1: a 0 or a negative one is no older store to migrate, but a damaged one.
    guard manifest.formatVersion >= 1 else {
      throw .unreadableManifest(
        StoreProblem(
          path: manifestName, line: JSONScanner.line(of: [.key("formatVersion")], in: bytes),
          reason: StoreText.badFormatVersion(manifest.formatVersion).localized))
    }
    if manifest.formatVersion > StoreManifest.currentFormat {
      throw .newerFormat(found: manifest.formatVersion, supported: StoreManifest.currentFormat)
    }
    let keyFile = try StoreEncryption.keyFile(root: root, fs: base)
    if let keyFile {
      let key: SymmetricKey
      do { key = try StoreKeyring.key(for: keyFile, root: root, credentials: credentials) } catch {
        throw .key(error)
      }
      fs = StoreCipherFileSystem(base: base, key: key, root: root, acceptsPlain: !keyFile.complete)
    }
    guard mode.writes else {
      return FileStore(
        root: root, fs: fs, manifest: manifest, lock: nil, readOnlyReason: .readOnly, mode: .read)
    }
    // A folder of the store that is a link (which a hostile git remote can deliver) would lead
    // every write under it outside the store: a writer refuses such a store.
    for folder in ["alliances", "households", "history", "history/alliances", "history/households", ".cache"]
    where fs.isLink(root + "/" + folder) {
      throw .file(FileError(path: root + "/" + folder, operation: .stat, code: ELOOP_))
    }
    let lock = try takeLock(root: root, officer: officer, now: now)
    let store = FileStore(
      root: root, fs: fs, manifest: manifest, lock: lock, readOnlyReason: nil, mode: mode)
    store.officer = officer
    store.removeLeftoverTemporaries()
    // An encryption that was cut short is finished before anything else is written.
    if let keyFile, !keyFile.complete, let cipher = fs as? StoreCipherFileSystem {
      do throws(StoreError) {
        try StoreEncryption.sealRemaining(root: root, base: base, key: cipher.key, keyFile: keyFile)
      } catch {
        store.release()
        throw error
      }
      store.fs = StoreCipherFileSystem(base: base, key: cipher.key, root: root, acceptsPlain: false)
    }
    if manifest.formatVersion < StoreManifest.currentFormat {
      try StoreMigration.migrate(store, now: now)
    }
    return store
  }

  /// Opens for writing if possible, else for reading with the reason kept for the status line.
  public static func openPreferringWrite(
    at root: String, officer: String, now: Timestamp, credentials: StoreCredentials? = nil,
    fs: any StoreFileSystem = PosixFileSystem()
  ) throws(StoreError) -> FileStore {
    do {
      return try open(at: root, mode: .write, officer: officer, now: now, credentials: credentials, fs: fs)
    } catch .locked(let holder) {
      let store = try open(
        at: root, mode: .read, officer: officer, now: now, credentials: credentials, fs: fs)
      return FileStore(
        root: root, fs: store.fs, manifest: store.manifest, lock: nil, readOnlyReason: .locked(holder),
        mode: .read)
    }
  }

  private static func takeLock(root: String, officer: String, now: Timestamp) throws(StoreError) -> StoreLock
  {
    do {
      return try StoreLock.acquire(root: root, officer: officer, now: now)
    } catch {
      switch error {
      case .heldBy(let holder): throw .locked(holder)
      case .file(let failure): throw .file(failure)
      }
    }
  }

  private static func createFolders(root: String, fs: any StoreFileSystem) throws(FileError) {
    try fs.createFolder(root)
    for folder in Folder.allCases { try fs.createFolder(root + "/" + folder.rawValue) }
  }

  private static func clear(root: String, fs: any StoreFileSystem) throws(FileError) {
    for folder in Folder.allCases {
      let path = root + "/" + folder.rawValue
      for name in (try? fs.list(path)) ?? [] { try fs.remove(path + "/" + name) }
    }
    try fs.remove(root + "/" + manifestName)
    for folder in Folder.allCases {
      let path = root + "/history/" + folder.rawValue
      for name in (try? fs.list(path)) ?? [] { try fs.remove(path + "/" + name) }
    }
    let cache = root + "/.cache"
    for name in (try? fs.list(cache)) ?? [] { try fs.remove(cache + "/" + name) }
  }

  func writeManifest() throws(StoreError) {
    try write(manifest, to: FileStore.manifestName)
  }

  func setManifest(_ value: StoreManifest) throws(StoreError) {
    manifest = value
    try writeManifest()
  }

  /// Gives up the write lock, leaving first the summaries of the histories this session used, so
  /// the next session's first save of each file does not read its history.
  public func release() {
    if isWritable, recordsHistory { HistoryHeads.saveAll(self) }
    lock?.release()
  }

  /// A writer killed between creating its temporary file and renaming it leaves `.name.tmp`
  /// behind; only the lock holder may remove them, since another writer could be mid-save.
  private func removeLeftoverTemporaries() {
    for folder in [""] + Folder.allCases.map({ "/" + $0.rawValue }) {
      let dir = root + folder
      for name in (try? fs.list(dir)) ?? [] where name.hasPrefix(".") && name.hasSuffix(".tmp") {
        try? fs.remove(dir + "/" + name)
      }
    }
  }

  // MARK: paths

  public func relativePath(_ folder: Folder, code: String) -> String { "\(folder.rawValue)/\(code).json" }
  public func path(_ relative: String) -> String { root + "/" + relative }

  /// Alliance codes that have a file, in code order.
  public func codes(in folder: Folder = .alliances) -> [String] {
    let names = (try? fs.list(root + "/" + folder.rawValue)) ?? []
    return names.compactMap { name in
      guard name.hasSuffix(".json"), !name.hasPrefix(".") else { return nil }
      return String(name.dropLast(5))
    }
  }

  public func stamp(_ folder: Folder, code: String) -> FileStamp? {
    fs.stamp(path(relativePath(folder, code: code)))
  }

  // MARK: reading

  public func loadAlliance(code: String) -> Result<Alliance, StoreProblem> {
    load(Alliance.self, relative: relativePath(.alliances, code: code))
  }

  public func loadRoster(code: String) -> Result<HouseholdRoster, StoreProblem> {
    load(HouseholdRoster.self, relative: relativePath(.households, code: code))
  }

  func load<T: Decodable>(_ type: T.Type, relative: String) -> Result<T, StoreProblem> {
    let bytes: [UInt8]
    do {
      bytes = try fs.read(path(relative))
    } catch {
      return .failure(.unreadable(relative, error))
    }
    return StoreCoding.decode(T.self, from: bytes, path: relative)
  }

  /// Every alliance file that reads (households are not parsed), and the problems of the rest.
  public func loadAlliances() -> StoreContents {
    var contents = StoreContents()
    for result in Parallel.map(codes(in: .alliances), { self.loadAlliance(code: $0) }) {
      switch result {
      case .success(let a): contents.alliances.append(a)
      case .failure(let p): contents.problems.append(p)
      }
    }
    return contents
  }

  /// Every alliance and roster that reads, and a problem for each file that does not; files are
  /// decoded in parallel.
  public func loadAll() -> StoreContents {
    let allianceCodes = codes(in: .alliances)
    let rosterCodes = codes(in: .households)
    let alliances = Parallel.map(allianceCodes) { self.loadAlliance(code: $0) }
    let rosters = Parallel.map(rosterCodes) { self.loadRoster(code: $0) }
    var contents = StoreContents()
    for result in alliances {
      switch result {
      case .success(let a): contents.alliances.append(a)
      case .failure(let p): contents.problems.append(p)
      }
    }
    for (code, result) in zip(rosterCodes, rosters) {
      switch result {
      case .success(let r): contents.rosters[code] = r
      case .failure(let p): contents.problems.append(p)
      }
    }
    return contents
  }

  // MARK: writing

  /// Saves `alliance`. `base` is the version the change was made from: when the file on disk is no
  /// longer that version (a sync tool changed it), only the fields that differ from `base` are
  /// written onto what is there, and the merged record is returned.
  @discardableResult
  public func save(_ alliance: Alliance, base: Alliance? = nil) throws(StoreError) -> Alliance? {
    guard Alliance.isSafeFileCode(alliance.code) else {
      throw .invalid([
        ValidationIssue("code", .badFormat(expected: StoreText.codeExample.localized))
      ])
    }
    return try writeRecord(alliance, base: base, to: relativePath(.alliances, code: alliance.code))
  }

  @discardableResult
  public func save(_ roster: HouseholdRoster, base: HouseholdRoster? = nil) throws(StoreError)
    -> HouseholdRoster?
  {
    guard Alliance.isSafeFileCode(roster.allianceCode) else {
      throw .invalid([
        ValidationIssue(
          "allianceCode", .badFormat(expected: StoreText.codeExample.localized))
      ])
    }
    return try writeRecord(roster, base: base, to: relativePath(.households, code: roster.allianceCode))
  }

  func write<T: Encodable>(_ value: T, to relative: String) throws(StoreError) {
    guard lock != nil else { throw readOnlyReason ?? .readOnly }
    let bytes: [UInt8]
    do { bytes = try StoreCoding.encode(value) } catch { throw .encoding("\(error)") }
    do { try fs.writeAtomically(bytes, to: path(relative)) } catch { throw .file(error) }
  }
}

/// What a full load found.
public struct StoreContents: Sendable {
  public var alliances: [Alliance] = []
  public var rosters: [String: HouseholdRoster] = [:]
  public var problems: [StoreProblem] = []

  public init() {}
}

extension Alliance {
  /// A code that is also a safe file name: no folder separators, no dots, nothing hidden.
  public static func isSafeFileCode(_ code: String) -> Bool {
    !code.isEmpty && code.count <= 40
      && code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
  }
}
