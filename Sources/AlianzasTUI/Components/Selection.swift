/// A list's selection kept by the id of the selected row, so it stays on the same record when the
/// list is sorted again, filtered or grows; when that row leaves the list the first row is taken.
public struct Selection: Hashable, Sendable {
  public var id: String?

  public init(_ id: String? = nil) { self.id = id }

  /// The selected row's position in `ids` (0 when nothing or a missing row is selected).
  public func index(in ids: [String]) -> Int {
    guard let id, let i = ids.firstIndex(of: id) else { return 0 }
    return i
  }

  /// Moves by `delta` rows, stopping at the ends.
  public mutating func move(_ delta: Int, in ids: [String]) {
    guard !ids.isEmpty else {
      id = nil
      return
    }
    let i = max(0, min(ids.count - 1, index(in: ids) + delta))
    id = ids[i]
  }

  /// The selected id if it is in `ids`, else the first.
  public func current(in ids: [String]) -> String? {
    guard !ids.isEmpty else { return nil }
    return ids[index(in: ids)]
  }

  public mutating func reset() { id = nil }
}
