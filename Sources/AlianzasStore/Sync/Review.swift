import AlianzasDomain

/// A field where changes made without seeing each other disagree, waiting for a person.
public struct ConflictItem: Hashable, Sendable {
  public var file: String
  public var path: ChangePath
  /// The values in force, the one the file holds first.
  public var candidates: [FileHistory.Candidate]
}

extension FileStore {
  /// Every open conflict in the store, file by file.
  public func openConflicts() -> [ConflictItem] {
    historyFiles().flatMap { relative in
      let history = self.history(of: relative)
      return history.conflicts.map {
        ConflictItem(file: relative, path: $0, candidates: history.candidates(at: $0))
      }
    }
  }

  /// Households that look registered twice, in rosters that changed since the base (the base was
  /// reviewed when it was made).
  public func duplicateCandidates() -> [DuplicateCandidate] {
    historyFiles().filter { $0.hasPrefix("households/") }.flatMap { relative -> [DuplicateCandidate] in
      guard case .success(let roster) = load(HouseholdRoster.self, relative: relative) else { return [] }
      let created = DuplicateCandidate.createdHouseholds(history(of: relative).batches)
      return DuplicateCandidate.find(in: roster, file: relative).filter {
        created.contains($0.first) || created.contains($0.second)
      }
    }
  }

  /// Settles a conflict: `value` (one of the candidates, or a new one) replaces every value in
  /// force at `path`, and the choice is recorded like any change, with who made it.
  public func resolve(file relative: String, path: ChangePath, value: JSONValue?) throws(StoreError) {
    try rewrite(relative, kind: .resolve) { tree, history in
      let old = JSONPatch.value(in: tree, at: path)
      JSONPatch.set(&tree, at: path, to: value)
      return [Change(path: path, old: old, new: value, supersedes: history.heads(within: path))]
    }
  }

  /// Records that two households that look alike are different families.
  public func markDistinct(_ candidate: DuplicateCandidate) throws(StoreError) {
    try rewrite(candidate.file, kind: .resolve) { tree, history in
      var changes: [Change] = []
      for (id, other) in [(candidate.first, candidate.second), (candidate.second, candidate.first)] {
        let path = ChangePath([.key("households"), .record(id), .key("distinctFrom")])
        let old = JSONPatch.value(in: tree, at: path)
        var list: [JSONValue] = []
        if case .array(let items)? = old { list = items }
        if !list.contains(.string(other)) { list.append(.string(other)) }
        let new = JSONValue.array(list)
        guard JSONPatch.set(&tree, at: path, to: new) else { continue }
        changes.append(Change(path: path, old: old, new: new, supersedes: history.heads(within: path)))
      }
      return changes
    }
  }

  /// Sets one household of a duplicate pair aside: archived with the reason, kept with its history
  /// and restorable from the roster's archived list. Nothing is destroyed by a review.
  public func archiveHousehold(_ id: RecordID, file relative: String, as archival: SignedReason)
    throws(StoreError)
  {
    try rewrite(relative, kind: .resolve) { tree, history in
      let path = ChangePath([.key("households"), .record(id), .key("archived")])
      guard JSONPatch.value(in: tree, at: ChangePath([.key("households"), .record(id)])) != nil else {
        return []
      }
      let old = JSONPatch.value(in: tree, at: path)
      let value = JSONValue.object([
        "by": .string(archival.by), "date": .string(archival.date.iso), "reason": .string(archival.reason),
      ])
      guard old != value, JSONPatch.set(&tree, at: path, to: value) else { return [] }
      return [Change(path: path, old: old, new: value, supersedes: history.heads(within: path))]
    }
  }

  /// Applies `edit` to the file's tree and records the changes it returns, history first.
  func rewrite(
    _ relative: String, kind: ChangeBatch.Kind,
    _ edit: (inout JSONValue?, FileHistory) -> [Change]
  ) throws(StoreError) {
    guard isWritable else { throw readOnlyReason ?? .readOnly }
    let disk = try currentTree(relative)
    var loaded = try loadHistory(relative, diskDigest: disk.digest)
    if loaded.fileDigest != disk.digest {
      try recordOutsideChange(relative, disk: disk.tree, digest: disk.digest, base: nil, loaded: &loaded)
    }
    var tree = disk.tree
    let changes = edit(&tree, loaded.history)
    guard !changes.isEmpty else { return }
    let bytes: [UInt8]
    do { bytes = try StoreCoding.encode(tree) } catch { throw .encoding("\(error)") }
    let now = clock()
    let batch = ChangeBatch(
      id: ChangeBatch.newID(device: device), kind: kind, at: now, device: device, officer: officer,
      received: now, after: Digest.sha256(bytes), before: disk.digest ?? ChangeBatch.absentFile,
      changes: changes)
    try appendThenReplace([batch], bytes, relative, &loaded)
    loaded.fileDigest = batch.after
    histories[relative] = loaded
    remember(relative, tree: tree)
  }
}
