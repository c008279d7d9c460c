import AlianzasDomain
import Foundation

extension Timestamp {
  /// Now, to the second.
  public static var wallClock: Timestamp { Timestamp(secondsSinceEpoch: Int64(Date().timeIntervalSince1970)) }
}

/// A file's history as this process knows it: the batches, how long the history file is, and the
/// digest of the file contents the history describes.
struct LoadedHistory {
  /// The whole history; empty while only its summary (`quick`) was read.
  var history: FileHistory
  var length: Int
  var fileDigest: String?
  /// What a save needs of it, when that is all that was read.
  var quick: HistoryHeads? = nil

  var isEmpty: Bool { quick.map { $0.batchCount == 0 } ?? history.batches.isEmpty }

  func heads(within path: ChangePath) -> [String] {
    quick?.heads(within: path) ?? history.heads(within: path)
  }

  mutating func add(_ batch: ChangeBatch) {
    if quick != nil { quick!.add(batch) } else { history.add(batch) }
  }
}

extension FileStore {
  /// Writes a record file through its history: the changes since what is on disk are appended to
  /// `history/…jsonl` (durably) before the file is replaced, so every saved field has its author,
  /// moment, device and previous value, and a crash between the two steps is undone on next use.
  func writeRecord<T: Codable & Hashable>(_ value: T, base: T?, to relative: String) throws(StoreError) -> T?
  {
    guard isWritable else { throw readOnlyReason ?? .readOnly }
    guard recordsHistory else {
      let bytes: [UInt8]
      do { bytes = try StoreCoding.encode(value) } catch { throw .encoding("\(error)") }
      do { try fs.writeAtomically(bytes, to: path(relative)) } catch { throw .file(error) }
      return nil
    }
    let (newTree, newBytes) = try recordTreeAndBytes(value)
    let baseTree: JSONValue? = try base.map { b throws(StoreError) in try self.baseTree(b, at: relative) }
    let disk = try currentTree(relative)
    var loaded = try historyForSave(relative, diskDigest: disk.digest)
    // The disk holds what the history last wrote, unless something else changed it: a digest
    // that does not match, or (for a file with no history yet) a file that is not the version
    // the edit was made from.
    var written = !loaded.isEmpty && loaded.fileDigest == disk.digest
    let strayFromBase = baseTree != nil && baseTree != disk.tree && disk.tree != nil
    if (!loaded.isEmpty && !written) || (!written && strayFromBase) {
      if loaded.quick != nil {
        // Recording an outside change needs the batches themselves.
        histories[relative] = nil
        loaded = try loadHistory(relative, diskDigest: disk.digest)
        written = !loaded.isEmpty && loaded.fileDigest == disk.digest
      }
      if (!loaded.isEmpty && !written) || (!written && strayFromBase) {
        try recordOutsideChange(
          relative, disk: disk.tree, digest: disk.digest, base: baseTree, loaded: &loaded)
      }
    }
    var target: JSONValue? = newTree
    var merged = false
    if let baseTree, baseTree != disk.tree, disk.tree != nil {
      // Someone changed the file since the interface read it: put only this edit onto theirs.
      target = disk.tree
      for d in JSONDiff.differences(from: baseTree, to: newTree) {
        JSONPatch.set(&target, at: d.path, to: d.new)
      }
      merged = target != newTree
    }
    let differences = JSONDiff.differences(from: disk.tree, to: target)
    guard !differences.isEmpty else {
      if !merged { rememberWritten(value, tree: newTree, at: relative) }
      return merged ? try FileStore.decode(T.self, target, relative) : nil
    }
    let bytes = merged ? JSONPrettyPrinter.bytes(target ?? .null) : newBytes
    let changes = differences.map { d in
      Change(path: d.path, old: d.old, new: d.new, supersedes: loaded.heads(within: d.path))
    }
    let now = clock()
    var batch = ChangeBatch(
      id: ChangeBatch.newID(device: device), kind: .edit, at: now, device: device, officer: officer,
      received: now, after: Digest.sha256(bytes), before: disk.digest ?? ChangeBatch.absentFile,
      changes: changes)
    batch.reason = changeReason
    try appendThenReplace([batch], bytes, relative, &loaded)
    loaded.fileDigest = batch.after
    histories[relative] = loaded
    remember(relative, tree: target)
    let result = merged ? try FileStore.decode(T.self, target, relative) : nil
    if let target { rememberWritten(result ?? value, tree: target, at: relative) }
    return result
  }

  /// The one way a file changes with its history: the lines first (durably), then the file. When
  /// the file cannot be replaced the lines describe a change that did not happen, so they are
  /// taken back at once; should that fail too, or the process die between the two, the next read
  /// leaves them out (`ChangeLog.confirmedCount`) and the next write cuts them off.
  func appendThenReplace(
    _ batches: [ChangeBatch], _ bytes: [UInt8]?, _ relative: String, _ loaded: inout LoadedHistory
  ) throws(StoreError) {
    let lengthBefore = loaded.length
    for batch in batches { try append(batch, for: relative, to: &loaded) }
    guard let bytes else { return }
    do { try fs.writeAtomically(bytes, to: path(relative)) } catch {
      try? fs.truncate(path(ChangeLog.relativePath(for: relative)), to: lengthBefore)
      histories[relative] = nil
      throw .file(error)
    }
  }

  /// The file as it is on disk now: bytes (nil when absent), parsed tree and digest.
  func currentTree(_ relative: String) throws(StoreError) -> (
    bytes: [UInt8]?, tree: JSONValue?, digest: String?
  ) {
    let full = path(relative)
    guard fs.exists(full) else { return (nil, nil, nil) }
    let bytes: [UInt8]
    do { bytes = try fs.read(full) } catch { throw .file(error) }
    let digest = Digest.sha256(bytes)
    if let recent = recentTrees[relative], recent.stamp == fs.stamp(full),
      histories[relative]?.fileDigest == digest
    {
      return (bytes, recent.tree, digest)
    }
    return (bytes, try FileStore.tree(bytes, relative: relative), digest)
  }

  func remember(_ relative: String, tree: JSONValue?) {
    guard let tree, let stamp = fs.stamp(path(relative)) else { return }
    if recentTrees.count >= 16, recentTrees[relative] == nil { recentTrees.removeAll() }
    recentTrees[relative] = (stamp, tree)
  }

  /// What a save needs of a file's history: what this process already holds, else the summary
  /// left by the last session when it still describes the history and the file, else the whole
  /// history.
  func historyForSave(_ relative: String, diskDigest: String?) throws(StoreError) -> LoadedHistory {
    if let known = histories[relative] { return known }
    if let heads = HistoryHeads.load(self, record: relative, diskDigest: diskDigest) {
      let loaded = LoadedHistory(
        history: FileHistory(), length: Int(heads.logStamp.size), fileDigest: heads.fileDigest, quick: heads)
      histories[relative] = loaded
      return loaded
    }
    return try loadHistory(relative, diskDigest: diskDigest)
  }

  /// Reads a file's history once per session. Lines after the last one that matches the file on
  /// disk were written by a save or an import that died before replacing the file: they never
  /// took effect, and are cut off.
  func loadHistory(_ relative: String, diskDigest digest: String?) throws(StoreError) -> LoadedHistory {
    if let known = histories[relative], known.quick == nil { return known }
    let logPath = path(ChangeLog.relativePath(for: relative))
    var contents = ChangeLog.Contents()
    if fs.exists(logPath) {
      do { contents = ChangeLog.read(try fs.read(logPath)) } catch { throw .file(error) }
    }
    let keep = ChangeLog.confirmedCount(contents.batches, diskDigest: digest, device: device)
    if keep < contents.batches.count || contents.tornTail {
      let length = keep == 0 ? 0 : contents.ends[keep - 1]
      do { try fs.truncate(logPath, to: keep < contents.batches.count ? length : contents.length) } catch {
        throw .file(error)
      }
      if keep < contents.batches.count { contents.batches.removeLast(contents.batches.count - keep) }
      contents.length = keep < contents.batches.count ? length : contents.length
    }
    let matched = contents.batches.last { $0.after != nil }?.after
    let loaded = LoadedHistory(
      history: FileHistory(contents.batches), length: contents.length,
      fileDigest: contents.batches.isEmpty ? digest : (matched == digest ? digest : matched))
    histories[relative] = loaded
    return loaded
  }

  /// The file changed without going through Alianzas (a copy, a sync tool, an editor). What can
  /// be known of the change is recorded as an `external` batch: fields whose recorded value the
  /// file no longer holds, and what differs from the version the interface read.
  func recordOutsideChange(
    _ relative: String, disk: JSONValue?, digest: String?, base: JSONValue?, loaded: inout LoadedHistory
  ) throws(StoreError) {
    var differences = JSONDiff.differences(from: loaded.history.settle(disk), to: disk)
    if let base {
      let seen = Set(differences.map(\.path))
      differences += JSONDiff.differences(from: base, to: disk).filter { !seen.contains($0.path) }
    }
    let now = clock()
    let batch = ChangeBatch(
      id: ChangeBatch.newID(device: device), kind: .external, at: now, device: device, officer: "?",
      received: now, after: digest,
      changes: differences.map {
        Change(path: $0.path, old: $0.old, new: $0.new, supersedes: loaded.history.heads(within: $0.path))
      })
    try append(batch, for: relative, to: &loaded)
    loaded.fileDigest = digest
    histories[relative] = loaded
  }

  func append(_ batch: ChangeBatch, for relative: String, to loaded: inout LoadedHistory) throws(StoreError) {
    let line: [UInt8]
    do { line = try ChangeLog.line(batch) } catch { throw .encoding("\(error)") }
    let logRelative = ChangeLog.relativePath(for: relative)
    do {
      try FileStore.makeFolders(for: logRelative, root: root, fs: fs)
      try fs.append(line, to: path(logRelative))
    } catch { throw .file(error) }
    loaded.add(batch)
    loaded.length += line.count
  }

  static func makeFolders(for relative: String, root: String, fs: any StoreFileSystem) throws(FileError) {
    var folder = root
    for part in relative.split(separator: "/").dropLast() {
      folder += "/" + part
      if !fs.exists(folder) { try fs.createFolder(folder) }
    }
  }

  static func tree(_ bytes: [UInt8], relative: String = "") throws(StoreError) -> JSONValue {
    do {
      return try JSONTreeParser.parse(bytes)
    } catch {
      throw .unreadable(
        StoreProblem(
          path: relative, line: nil, reason: StoreText.notValidJSON.localized))
    }
  }

  static func decode<T: Decodable>(_ type: T.Type, _ tree: JSONValue?, _ relative: String) throws(StoreError)
    -> T
  {
    let bytes: [UInt8]
    do { bytes = try StoreCoding.encode(tree) } catch { throw .encoding("\(error)") }
    switch StoreCoding.decode(T.self, from: bytes, path: relative) {
    case .success(let value): return value
    case .failure(let problem): throw .unreadable(problem)
    }
  }

  /// Brings a file in line with its history after the history changed underneath (a git merge):
  /// every field set by the change in force, then a `merge` line naming the result.
  /// Returns whether the file changed.
  @discardableResult
  public func settleFromHistory(_ relative: String) throws(StoreError) -> Bool {
    guard isWritable else { throw readOnlyReason ?? .readOnly }
    histories[relative] = nil
    recentTrees[relative] = nil
    let disk = try currentTree(relative)
    var loaded = try loadHistory(relative, diskDigest: disk.digest)
    guard let settled = loaded.history.settle(disk.tree) else { return false }
    let bytes: [UInt8]
    do { bytes = try StoreCoding.encode(settled) } catch { throw .encoding("\(error)") }
    let digest = Digest.sha256(bytes)
    if digest == disk.digest && loaded.fileDigest == digest { return false }
    let now = clock()
    let marker = ChangeBatch(
      id: ChangeBatch.newID(device: device), kind: .merge, at: now, device: device, officer: officer,
      received: now, after: digest, changes: [])
    try append(marker, for: relative, to: &loaded)
    if digest != disk.digest {
      do { try fs.writeAtomically(bytes, to: path(relative)) } catch { throw .file(error) }
    }
    loaded.fileDigest = digest
    histories[relative] = loaded
    remember(relative, tree: settled)
    return digest != disk.digest
  }

  /// A file's history: every batch that touched it and took effect, as this store holds them.
  /// Lines of a save or an import that died before replacing the file are left out (a writer
  /// cuts them off at its next save), so no view, export or bundle shows a change that never
  /// reached the file.
  public func history(of relative: String) -> FileHistory {
    if let known = histories[relative], known.quick == nil { return known.history }
    let logPath = path(ChangeLog.relativePath(for: relative))
    guard let bytes = try? fs.read(logPath) else { return FileHistory() }
    let batches = ChangeLog.read(bytes).batches
    let disk = (try? fs.read(path(relative))).map(Digest.sha256)
    let keep = ChangeLog.confirmedCount(batches, diskDigest: disk, device: device)
    return FileHistory(Array(batches.prefix(keep)))
  }
}

extension FileStore {
  /// Lets go of what this session holds of a file it has finished writing: its history down to
  /// the summary the next save needs (what `release` leaves for the next session), and the trees
  /// kept to spare a re-encoding. A bulk writer (an import of 775 rosters) calls it after each
  /// file, so its memory does not grow with the files it has written.
  public func condense(_ relative: String) {
    recentTrees[relative] = nil
    writtenValues[relative] = nil
    if relative.hasPrefix(Folder.households.rawValue + "/") { householdTrees.removeAll() }
    guard let loaded = histories[relative], loaded.quick == nil, let digest = loaded.fileDigest,
      let stamp = fs.stamp(path(ChangeLog.relativePath(for: relative)))
    else { return }
    var condensed = loaded
    condensed.quick = HistoryHeads(loaded.history, logStamp: stamp, fileDigest: digest)
    condensed.history = FileHistory()
    histories[relative] = condensed
  }
}
