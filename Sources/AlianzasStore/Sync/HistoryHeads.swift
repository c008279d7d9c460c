import AlianzasDomain
import Foundation

/// What a save needs of a file's history, without reading the history: the changes in force at
/// each path (what a new change there sees and replaces), whether there is any history, and the
/// digest of the file the last batch left. A history of 10,000 lines costs its first save of a
/// session as much as one of 10.
///
/// Kept in `.cache/heads/`, written when a writer releases the store, and trusted only while the
/// history file keeps the size and stamp it was taken at and the record file is the one it
/// describes; anything else (a crash, a git merge, a sync, an edit by hand) reads the history
/// whole, as before. Whatever needs the batches themselves (a record's history, a merge, a review,
/// an erasure, an outside change) reads the whole history.
struct HistoryHeads: Codable, Sendable {
  static let currentVersion = 1

  var version = currentVersion
  /// The history file this describes, as it was.
  var logStamp: FileStamp
  var batchCount: Int
  var fileDigest: String
  /// Change ids in force, by path (`ChangePath` text), each list sorted.
  var live: [String: [String]]

  static func relativePath(for record: String) -> String { ".cache/heads/" + record }

  /// The changes in force at `path` and inside it, as `FileHistory.heads(within:)` gives them.
  func heads(within path: ChangePath) -> [String] {
    var ids: [String] = []
    let prefix = path.description
    for (text, entries) in live where text == prefix || prefix.isEmpty || text.hasPrefix(prefix + "/") {
      ids += entries
    }
    return ids.sorted()
  }

  /// A batch this store just wrote: what it replaced stops being in force, its changes are.
  mutating func add(_ batch: ChangeBatch) {
    let replaced = Set(batch.changes.flatMap(\.supersedes))
    if !replaced.isEmpty {
      for (path, ids) in live where ids.contains(where: replaced.contains) {
        let kept = ids.filter { !replaced.contains($0) }
        live[path] = kept.isEmpty ? nil : kept
      }
    }
    for (i, change) in batch.changes.enumerated() {
      live[change.path.description, default: []].append(batch.changeID(i))
      live[change.path.description]!.sort()
    }
    batchCount += 1
  }

  /// The summary of a whole history that matches the file on disk.
  init(_ history: FileHistory, logStamp: FileStamp, fileDigest: String) {
    self.logStamp = logStamp
    batchCount = history.batches.count
    self.fileDigest = fileDigest
    live = history.liveChangeIDs
  }

  /// The summary on disk for `record`, when it still describes its history and `diskDigest` is
  /// the file it left.
  static func load(_ store: FileStore, record: String, diskDigest: String?) -> HistoryHeads? {
    guard let diskDigest,
      let bytes = try? store.fs.read(store.path(relativePath(for: record))),
      let heads = try? JSONDecoder().decode(HistoryHeads.self, from: Data(bytes)),
      heads.version == currentVersion, heads.fileDigest == diskDigest,
      store.fs.stamp(store.path(ChangeLog.relativePath(for: record))) == heads.logStamp
    else { return nil }
    return heads
  }

  /// Writes the summaries of the histories this process knows whole or kept up to date. A
  /// summary that cannot be written costs the next session one full read, nothing else.
  static func saveAll(_ store: FileStore) {
    for (record, loaded) in store.histories {
      guard let digest = loaded.fileDigest,
        let stamp = store.fs.stamp(store.path(ChangeLog.relativePath(for: record))),
        stamp.size == Int64(loaded.length)
      else { continue }
      var heads = loaded.quick ?? HistoryHeads(loaded.history, logStamp: stamp, fileDigest: digest)
      heads.logStamp = stamp
      heads.fileDigest = digest
      guard let data = try? JSONEncoder().encode(heads) else { continue }
      let relative = relativePath(for: record)
      try? FileStore.makeFolders(for: relative, root: store.root, fs: store.fs)
      try? store.fs.writeAtomically(Array(data), to: store.path(relative))
    }
  }
}

extension FileHistory {
  /// Change ids in force, by path text, each list sorted: what `HistoryHeads` keeps.
  var liveChangeIDs: [String: [String]] {
    var out: [String: [String]] = [:]
    for path in livePaths { out[path.description] = heads(exactly: path) }
    return out
  }
}
