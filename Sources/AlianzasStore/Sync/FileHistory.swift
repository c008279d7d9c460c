/// Every change ever recorded for one file, and what follows from them: which changes are still
/// in force (no later change saw and replaced them), which value each field holds, and where two
/// changes made without seeing each other disagree.
public struct FileHistory: Sendable {
  public private(set) var batches: [ChangeBatch] = []
  private var batchIndex: [String: Int] = [:]
  /// Ids of changes some other change saw and replaced.
  private var superseded: Set<String> = []
  /// Changes not replaced, by path: batch position and change position.
  private var live: [ChangePath: [(batch: Int, change: Int)]] = [:]

  public init(_ batches: [ChangeBatch] = []) {
    for batch in batches { add(batch) }
  }

  public func contains(_ id: String) -> Bool { batchIndex[id] != nil }

  /// Adds a batch unless it is already known; returns whether it was new.
  @discardableResult
  public mutating func add(_ batch: ChangeBatch) -> Bool {
    guard batchIndex[batch.id] == nil else { return false }
    let b = batches.count
    batches.append(batch)
    batchIndex[batch.id] = b
    for change in batch.changes {
      for id in change.supersedes where !superseded.contains(id) {
        superseded.insert(id)
        // A replaced change stops being in force wherever it is.
        if let (owner, index) = locate(id) {
          let path = batches[owner].changes[index].path
          live[path]?.removeAll { $0.batch == owner && $0.change == index }
          if live[path]?.isEmpty == true { live[path] = nil }
        }
      }
    }
    for (i, change) in batch.changes.enumerated() where !superseded.contains(batch.changeID(i)) {
      live[change.path, default: []].append((b, i))
    }
    return true
  }

  private func locate(_ changeID: String) -> (Int, Int)? {
    guard let dot = changeID.lastIndex(of: "."), let index = Int(changeID[changeID.index(after: dot)...]),
      let owner = batchIndex[String(changeID[..<dot])], index < batches[owner].changes.count
    else { return nil }
    return (owner, index)
  }

  /// The changes in force at `path` and inside it: what a new change there has seen and replaces.
  public func heads(within path: ChangePath) -> [String] {
    var ids: [String] = []
    for (p, entries) in live where p.isWithin(path) {
      ids += entries.map { batches[$0.batch].changeID($0.change) }
    }
    return ids.sorted()
  }

  /// Paths with a change in force.
  var livePaths: Dictionary<ChangePath, [(batch: Int, change: Int)]>.Keys { live.keys }

  /// The changes in force at exactly `path`, sorted.
  func heads(exactly path: ChangePath) -> [String] {
    (live[path] ?? []).map { batches[$0.batch].changeID($0.change) }.sorted()
  }

  /// One value in force at a path, with the batch that set it.
  public struct Candidate: Hashable, Sendable {
    public var changeID: String
    public var batch: ChangeBatch
    public var value: JSONValue?
    public var old: JSONValue?
  }

  public func candidates(at path: ChangePath) -> [Candidate] {
    (live[path] ?? []).map { entry in
      let batch = batches[entry.batch]
      let change = batch.changes[entry.change]
      return Candidate(
        changeID: batch.changeID(entry.change), batch: batch, value: change.new, old: change.old)
    }.sorted { $1.batch.ranks(before: $0.batch) }
  }

  /// Paths where concurrent changes left different values; the first candidate is the one the
  /// file holds until someone chooses.
  public var conflicts: [ChangePath] {
    live.compactMap { path, entries in
      guard entries.count > 1, !path.isStamp else { return nil }
      let values = Set(entries.map { batches[$0.batch].changes[$0.change].new })
      return values.count > 1 ? path : nil
    }.sorted()
  }

  /// The file as the changes say it should be: `tree` with every path that has a change in force
  /// set to the winning value (outer paths before inner ones), and lists of records in the order
  /// their records were created.
  public func settle(_ tree: JSONValue?) -> JSONValue? {
    var result = tree
    var lists: Set<ChangePath> = []
    var created: [String: ChangeBatch] = [:]
    for path in live.keys.sorted() {
      let winner = candidates(at: path)[0]
      JSONPatch.set(&result, at: path, to: winner.value)
      if case .record(let id) = path.steps.last, let parent = path.parent {
        lists.insert(parent)
        if winner.old == nil, winner.value != nil { created[id] = winner.batch }
      }
    }
    // Creation order also counts for records whose creating change was later superseded.
    for batch in batches {
      for change in batch.changes where change.old == nil && change.new != nil {
        if case .record(let id) = change.path.steps.last, created[id] == nil { created[id] = batch }
      }
    }
    for list in lists.sorted() { JSONPatch.orderRecords(&result, at: list, created: created) }
    return result
  }

  /// Every change that touched `path` or anything inside it, oldest first: a record's history.
  public func changes(within path: ChangePath) -> [(batch: ChangeBatch, change: Change)] {
    var out: [(ChangeBatch, Change)] = []
    for batch in batches.sorted(by: { $0.ranks(before: $1) }) {
      for change in batch.changes where change.path.isWithin(path) || path.isWithin(change.path) {
        out.append((batch, change))
      }
    }
    return out
  }
}
