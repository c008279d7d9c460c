import AlianzasDomain
import AlianzasStore
import ArgumentParser
import Foundation

struct SyncGitCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "git",
      abstract: CLI.syncsTheStoreAsA(),
      discussion: CLI.theFirstTimeItSets())
  }

  @OptionGroup var common: CommonOptions

  @Option(name: .long, help: ArgumentHelp(CLI.remoteRepository(), valueName: "url"))
  var remote: String?

  @Option(name: .long, help: ArgumentHelp(CLI.gitTrustHelp(), valueName: "fingerprint"))
  var trust: String?

  func run() throws {
    let language = common.language
    let path = common.storePath
    let fileManager = FileManager.default
    let officer = CommonOptions.officer
    let device = DeviceIdentity.current
    var git = GitRunner(folder: path)
    git.identity = ["-c", "user.name=\(officer)", "-c", "user.email=\(officer)@\(device)"]
    // Whatever git wrote (a clone, merged files, its config), the store ends the owner's alone.
    defer { if fileManager.fileExists(atPath: path) { StorePermissions.tighten(path) } }
    var cloned = false
    if !fileManager.fileExists(atPath: path + "/" + FileStore.manifestName) {
      guard let remote else {
        _ = try openForReading(path, language: language)
        return
      }
      let parent = (path as NSString).deletingLastPathComponent
      try? fileManager.createDirectory(atPath: parent, withIntermediateDirectories: true)
      try check(
        git.run(["clone", "-q", "-b", "main", remote, path], in: parent), doing: CLI.clone())
      guard fileManager.fileExists(atPath: path + "/" + FileStore.manifestName) else {
        complain(
          CLI.holdsNoAlianzasStorePush(remote))
        throw Explained(code: 2)
      }
      cloned = true
    }
    let signing = try GitSigning.current()
    let store: FileStore
    do {
      store = try FileStore.open(at: path, mode: .write, officer: officer, now: Clock.now)
    } catch {
      if cloned { try? fileManager.removeItem(atPath: path) }
      complain(error.message(language))
      throw Explained(code: 2)
    }
    defer { store.release() }
    let allowed = path + "/.git/alianzas-allowed-signers"
    // A clone is checked against this laptop's key and --trust alone: the trust list it brought
    // is the remote's word, taken only once its commits are known to be trusted.
    if cloned {
      try writeAllowedSigners(allowed, signing: signing, store: nil)
      var checking = git
      checking.identity += signing.configuration(allowedSigners: allowed)
      guard try commitsAreTrusted(checking, ["HEAD"], store: store, signing: signing, allowed: allowed) else {
        store.release()
        try? fileManager.removeItem(atPath: path)
        throw Explained(code: 1)
      }
    }
    store.device = device
    store.clock = { Clock.now }
    if let key = store.storeKey {
      git.environment["ALIANZAS_STORE_KEY"] = key.withUnsafeBytes { Data($0).base64EncodedString() }
    }
    // Holding the store's lock, no other sync runs here, but a git a killed sync started may
    // still be finishing (a kill reaches the sync, not its children): its index.lock is waited
    // for a while first. One that stays is what a sync killed half-way left, and git would refuse
    // every later commit until someone removed it.
    let gitLock = path + "/.git/index.lock"
    for _ in 0..<200 where fileManager.fileExists(atPath: gitLock) { usleep(100_000) }
    if fileManager.fileExists(atPath: gitLock), (try? fileManager.removeItem(atPath: gitLock)) != nil {
      say(CLI.removedStaleGitLock())
    }
    // A merge a killed sync left half-done is undone: the local changes it started from are
    // committed, and the merge is made again below, settled as usual.
    if fileManager.fileExists(atPath: path + "/.git/MERGE_HEAD") {
      try check(git.run(["merge", "--abort"]), doing: CLI.undoInterruptedMerge())
      say(CLI.undidInterruptedMerge())
    }
    try prepare(git, store: store)
    try writeAllowedSigners(allowed, signing: signing, store: store)
    git.identity += signing.configuration(allowedSigners: allowed)
    if let remote {
      let hasOrigin = git.run(["remote", "get-url", "origin"]).status == 0
      try check(
        git.run(hasOrigin ? ["remote", "set-url", "origin", remote] : ["remote", "add", "origin", remote]),
        doing: CLI.setTheRemote())
    }
    try restoreQuarantined(git)
    let committed = try commitAll(
      git,
      message: signing.message(CLI.alianzasChangesByOn(officer, device)))
    say(
      committed
        ? CLI.localChangesCommitted()
        : CLI.noLocalChanges())
    guard git.run(["remote", "get-url", "origin"]).status == 0 else {
      say(
        CLI.noRemoteUseRemoteTo())
      return
    }
    try check(git.run(["fetch", "-q", "origin"]), doing: CLI.fetchFromTheRemote())
    if git.run(["rev-parse", "-q", "--verify", "origin/main"]).status == 0 {
      let trustedBefore = try? store.trustedDevices()
      guard
        try commitsAreTrusted(
          git, ["origin/main", "--not", "HEAD"], store: store, signing: signing, allowed: allowed)
      else { throw Explained(code: 1) }
      // A device trusted just now is a change of the store's own, committed before the merge.
      if (try? store.trustedDevices()) != trustedBefore {
        _ = try commitAll(git, message: signing.message(CLI.alianzasChangesByOn(officer, device)))
      }
      let before = git.run(["rev-parse", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
      let merge = git.run([
        "merge", "-q", "--no-edit", "--allow-unrelated-histories", "-m",
        signing.message("Alianzas: mezcla con origin/main"), "origin/main",
      ])
      if merge.status != 0 {
        git.run(["merge", "--abort"])
        complain(CLI.gitCouldNotMerge() + merge.output + merge.errors)
        throw Explained(code: 1)
      }
      let changed = git.run(["diff", "--name-only", before, "HEAD", "--", "history"]).output
        .split(separator: "\n").compactMap { line -> String? in
          let text = String(line)
          guard text.hasPrefix("history/"), text.hasSuffix(".jsonl") else { return nil }
          return String(text.dropFirst(8).dropLast(6)) + ".json"
        }
      var settled = 0
      for relative in changed where SyncBundle.isRecordPath(relative) {
        do {
          if try store.settleFromHistory(relative) { settled += 1 }
          // A household erased on another laptop leaves this one too.
          if try store.enforceErasures(relative) { say(CLI.erasureApplied(relative)) }
        } catch {
          complain(relative + ": " + error.message(language))
        }
      }
      _ = try commitAll(
        git, message: signing.message(CLI.alianzasSettledAfterMerging()))
      say(
        CLI.mergedWithTheRemoteFiles(changed.count, settled))
    }
    try check(
      git.run(["push", "-q", "origin", "HEAD:main"]), doing: CLI.pushToTheRemote())
    let conflicts = store.openConflicts().count
    say(CLI.pushedOpenConflicts(conflicts))
  }

  /// The keys whose commits count as trusted: this laptop's, and the store's trusted devices'
  /// (none when `store` is nil).
  private func writeAllowedSigners(_ file: String, signing: GitSigning, store: FileStore?) throws {
    var trusted: [TrustedDevice] = []
    if let store {
      do { trusted = Array(try store.trustedDevices().values) } catch {
        complain(error.message(common.language))
        throw Explained(code: 2)
      }
    }
    try? FileManager.default.createDirectory(
      atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try signing.allowedSigners(trusted: trusted).write(toFile: file, atomically: true, encoding: .utf8)
  }

  /// Whether every commit of `range` is signed by a trusted key; `--trust` adds the one whose
  /// fingerprint it names. Otherwise says which commits are refused and why.
  private func commitsAreTrusted(
    _ git: GitRunner, _ range: [String], store: FileStore, signing: GitSigning, allowed: String
  ) throws -> Bool {
    let log = git.run(["log", "--format=%H%x09%G?%x09%GK%x09%ae"] + range).output
    var refused: [UntrustedCommit] = []
    var accepted: Set<String> = []
    for line in log.split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 4 else { continue }
      let (commit, status, key) = (fields[0], fields[1], fields[2])
      let device = fields[3].split(separator: "@").last.map(String.init) ?? fields[3]
      if status == "G" || accepted.contains(key) { continue }
      var untrusted = UntrustedCommit(commit: commit, device: device)
      if status == "U", !key.isEmpty {
        let body = git.run(["log", "-1", "--format=%B", commit]).output
        let line = body.split(separator: "\n").last { $0.hasPrefix(GitSigning.trailer) }
          .map { String($0.dropFirst(GitSigning.trailer.count)) }
        if let line, GitSigning.fingerprint(line) == key {
          untrusted.fingerprint = key
          if let trust, trust == key || "SHA256:" + trust == key {
            do { try store.trustGitKey(line, fingerprint: key, device: device) } catch {
              complain(error.message(common.language))
              throw Explained(code: 2)
            }
            say(CLI.gitTrusted(device, key))
            accepted.insert(key)
            try writeAllowedSigners(allowed, signing: signing, store: store)
            continue
          }
        }
      }
      refused.append(untrusted)
    }
    guard !refused.isEmpty else { return true }
    complain(CLI.gitUntrustedCommits(refused.count))
    for commit in refused.prefix(10) {
      let short = String(commit.commit.prefix(10))
      if let fingerprint = commit.fingerprint {
        complain(CLI.gitUnknownSigner(short, commit.device, fingerprint))
      } else {
        complain(CLI.gitUnsignedCommit(short, commit.device))
      }
    }
    return false
  }

  /// Makes the folder a repository whose record files merge through Alianzas and whose histories
  /// merge by keeping every line.
  private func prepare(_ git: GitRunner, store: FileStore) throws {
    let root = store.root
    if !FileManager.default.fileExists(atPath: root + "/.git") {
      try check(
        git.run(["init", "-q", "-b", "main"]), doing: CLI.createTheRepository())
    }
    let ignore = ".cache/\n.lock\nbackups/\nquarantine/\n.*.tmp\n"
    // An encrypted store's files are ciphertext to git: they merge only through Alianzas, which
    // opens them in memory with the key the sync hands its drivers.
    let attributes =
      store.storeKey == nil
      ? """
      history/**/*.jsonl merge=union
      alliances/*.json merge=alianzas
      households/*.json merge=alianzas
      trusted-devices.json merge=alianzas

      """
      : """
      history/**/*.jsonl binary merge=alianzas-history
      alliances/*.json binary merge=alianzas
      households/*.json binary merge=alianzas
      trusted-devices.json binary merge=alianzas
      .cache/** binary

      """
    try ignore.write(toFile: root + "/.gitignore", atomically: true, encoding: .utf8)
    try attributes.write(toFile: root + "/.gitattributes", atomically: true, encoding: .utf8)
    let executable = CommonOptions.absolute(CommandLine.arguments[0])
    try check(
      git.run(["config", "merge.alianzas.name", "Alianzas: mezcla de registros campo por campo"]),
      doing: CLI.installTheMergeDriver())
    try check(
      git.run(["config", "merge.alianzas.driver", "'\(executable)' sync merge-file %O %A %B %P"]),
      doing: CLI.installTheMergeDriver())
    try check(
      git.run(["config", "merge.alianzas-history.name", "Alianzas: historiales cifrados, todas las líneas"]),
      doing: CLI.installTheMergeDriver())
    try check(
      git.run(["config", "merge.alianzas-history.driver", "'\(executable)' sync merge-history %O %A %B %P"]),
      doing: CLI.installTheMergeDriver())
  }

  /// A record file missing from a repository store was moved into quarantine as damaged (the
  /// application never deletes one). Committing its absence would delete it on every laptop, so
  /// the last version this store committed is put back, with its history, instead.
  private func restoreQuarantined(_ git: GitRunner) throws {
    let deleted = git.run(["ls-files", "--deleted", "--", "alliances", "households", "history"]).output
      .split(separator: "\n").map(String.init)
    let missingHistories = Set(deleted.filter { $0.hasPrefix("history/") })
    for relative in deleted where SyncBundle.isRecordPath(relative) {
      let stem = String(relative.dropLast(5))
      let history = "history/" + stem + ".jsonl"
      try check(
        git.run(
          ["checkout", "HEAD", "--", relative] + (missingHistories.contains(history) ? [history] : [])),
        doing: CLI.restore(relative))
      say(
        CLI.hadBeenMovedAsideAs(relative))
    }
  }

  private func commitAll(_ git: GitRunner, message: String) throws -> Bool {
    try check(git.run(["add", "-A"]), doing: CLI.stageTheChanges())
    guard !git.run(["status", "--porcelain"]).output.isEmpty else { return false }
    try check(git.run(["commit", "-q", "-m", message]), doing: CLI.commit())
    return true
  }

  private func check(_ result: GitRunner.Result, doing what: String) throws {
    guard result.status == 0 else {
      complain(
        CLI.gitFailedTo(what)
          + (result.errors + result.output).trimmingCharacters(in: .whitespacesAndNewlines))
      throw Explained(code: 1)
    }
  }
}

/// The git merge driver for record files: a three-way merge field by field. Fields only one side
/// changed take that side's value; fields both changed keep ours, and `sync git` then settles every
/// such field from the merged histories, where the disagreement becomes a reviewable conflict.
struct MergeFileCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "merge-file",
      abstract: CLI.gitMergeDriverForRecord(), shouldDisplay: false)
  }

  @Argument var base: String
  @Argument var ours: String
  @Argument var theirs: String
  @Argument var path: String = ""

  func run() throws {
    let fs = MergeDriverFiles.fileSystem
    func tree(_ file: String) -> JSONValue? {
      guard let bytes = try? fs.read(file), !bytes.isEmpty else { return nil }
      return JSONValue.parse(bytes)
    }
    guard let mine = tree(ours), let other = tree(theirs) else {
      complain(
        CLI.oneSideOfTheMerge(path))
      throw Explained(code: 1)
    }
    // Two laptops that each started a trust list: both lists are kept, device by device.
    let start = tree(base) ?? (path == FileStore.trustedDevicesName ? JSONValue.object([:]) : nil)
    let merged = ThreeWayMerge.merge(base: start, ours: mine, theirs: other)
    do {
      try fs.writeAtomically(try StoreFileEncoding.encode(merged), to: ours)
    } catch {
      complain("\(path): \(error)")
      throw Explained(code: 1)
    }
  }
}

/// The git merge driver for an encrypted store's histories: what git's `union` does for a plain
/// one (every line of both sides, ours first), on the lines as decrypted in memory.
struct MergeHistoryCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "merge-history", abstract: CLI.gitMergeDriverForHistory(), shouldDisplay: false)
  }

  @Argument var base: String
  @Argument var ours: String
  @Argument var theirs: String
  @Argument var path: String = ""

  func run() throws {
    let fs = MergeDriverFiles.fileSystem
    do {
      let mine = try fs.read(ours)
      let other = try fs.read(theirs)
      try fs.writeAtomically(HistoryUnion.merge(mine, other), to: ours)
    } catch {
      complain("\(path): \(error.message(cliLanguage))")
      throw Explained(code: 1)
    }
  }
}

/// How the merge drivers read and write the files git hands them: through the store's key when
/// the sync that started git gave one.
enum MergeDriverFiles {
  static var fileSystem: any StoreFileSystem {
    guard case .key(let key) = StoreCredentials.fromEnvironment() else { return PosixFileSystem() }
    return StoreCipherFileSystem(base: PosixFileSystem(), key: key, root: "/", acceptsPlain: true)
  }
}
