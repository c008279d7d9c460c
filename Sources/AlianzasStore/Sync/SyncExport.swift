import AlianzasDomain

extension FileStore {
  /// Every record file that has a history, as store-relative paths.
  public func historyFiles() -> [String] {
    Folder.allCases.flatMap { folder in
      ((try? fs.list(root + "/history/" + folder.rawValue)) ?? []).filter { $0.hasSuffix(".jsonl") }.map {
        "\(folder.rawValue)/\($0.dropLast(6)).json"
      }
    }
  }

  /// The changes received since `since` (all of them when nil) in one bundle; with no `since` the
  /// bundle also carries every file whole, so an empty store can start from it.
  public func exportBundle(since: Timestamp?) -> SyncBundle {
    var files: [SyncBundle.BundleFile] = []
    var paths = Set(historyFiles())
    if since == nil {
      for folder in Folder.allCases {
        for code in codes(in: folder) { paths.insert(relativePath(folder, code: code)) }
      }
    }
    // Only files named for a record travel: a stray copy left in a folder would make every import
    // refuse the whole bundle.
    for relative in paths.sorted() where SyncBundle.isRecordPath(relative) {
      let batches = history(of: relative).batches.filter { batch in
        batch.kind != .merge && (since.map { batch.received >= $0 } ?? true)
      }
      var snapshot: JSONValue?
      if since == nil, let bytes = try? fs.read(path(relative)) { snapshot = try? FileStore.tree(bytes) }
      if batches.isEmpty && snapshot == nil { continue }
      files.append(SyncBundle.BundleFile(path: relative, batches: batches, snapshot: snapshot))
    }
    return SyncBundle(
      format: SyncBundle.currentFormat, lineage: manifest.lineage, created: clock(), device: device,
      officer: officer, since: since, asOf: manifest.asOf, files: files)
  }
}
