import AlianzasDomain

/// A history with one household's content taken out, as its erasure asks: every change inside
/// the household becomes a removal of the household holding no value (so the history keeps its
/// shape: change ids and the `supersedes` that name them stay valid, and settling the history
/// removes the household wherever it is read), and a change above it (a whole roster written
/// at once) loses the household from its values.
enum HistoryScrub {
  static func path(of id: RecordID) -> ChangePath { ChangePath([.key("households"), .record(id)]) }

  /// The households erased in `batches`, by id.
  static func erased(in batches: [ChangeBatch]) -> Set<RecordID> {
    var ids: Set<RecordID> = []
    for batch in batches where batch.kind == .erasure {
      for change in batch.changes {
        if change.path.steps.count == 2, case .record(let id) = change.path.steps[1] { ids.insert(id) }
      }
    }
    return ids
  }

  /// `batches` without any content of the households `ids`.
  static func scrub(_ batches: [ChangeBatch], erasing ids: Set<RecordID>) -> [ChangeBatch] {
    guard !ids.isEmpty else { return batches }
    return batches.map { batch in
      var batch = batch
      for (n, change) in batch.changes.enumerated() {
        batch.changes[n] = scrub(change, ids)
      }
      return batch
    }
  }

  /// Whether anything of `ids` is still in `batches` (beyond the removals themselves).
  static func holds(_ batches: [ChangeBatch], _ ids: Set<RecordID>) -> Bool {
    scrub(batches, erasing: ids) != batches
  }

  private static func scrub(_ change: Change, _ ids: Set<RecordID>) -> Change {
    for id in ids {
      let household = path(of: id)
      if change.path.isWithin(household) {
        return Change(path: household, old: nil, new: nil, supersedes: change.supersedes)
      }
    }
    var change = change
    for id in ids where household(id, isBelow: change.path) {
      let rest = Array(path(of: id).steps.dropFirst(change.path.steps.count))
      change.old = change.old.map { removing(id, at: rest, from: $0) }
      change.new = change.new.map { removing(id, at: rest, from: $0) }
    }
    return change
  }

  private static func household(_ id: RecordID, isBelow path: ChangePath) -> Bool {
    let target = HistoryScrub.path(of: id)
    return target.steps.count > path.steps.count && target.isWithin(path)
  }

  /// `value` with the record at `steps` (the last a `.record`) taken out of its list.
  static func removing(_ id: RecordID, at steps: [PathStep], from value: JSONValue) -> JSONValue {
    guard let step = steps.first else { return value }
    switch (step, value) {
    case (.key(let key), .object(var fields)):
      guard let inner = fields[key] else { return value }
      fields[key] = removing(id, at: Array(steps.dropFirst()), from: inner)
      return .object(fields)
    case (.record(let record), .array(let items)) where steps.count == 1:
      return .array(items.filter { $0.recordID != record })
    case (.record(let record), .array(let items)):
      return .array(
        items.map { $0.recordID == record ? removing(id, at: Array(steps.dropFirst()), from: $0) : $0 })
    default:
      return value
    }
  }
}
