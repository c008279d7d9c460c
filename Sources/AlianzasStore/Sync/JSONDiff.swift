/// The field-level difference between two versions of one file: what an edit changed, down to
/// the smallest part that can be merged on its own. Objects are followed key by key, lists of
/// records id by id, lists of equal length position by position; anything else changes whole.
public enum JSONDiff {
  public struct Difference: Hashable, Sendable {
    public var path: ChangePath
    public var old: JSONValue?
    public var new: JSONValue?
  }

  public static func differences(from old: JSONValue?, to new: JSONValue?) -> [Difference] {
    var out: [Difference] = []
    walk(old, new, at: ChangePath([]), into: &out)
    return out
  }

  private static func walk(
    _ old: JSONValue?, _ new: JSONValue?, at path: ChangePath, into out: inout [Difference]
  ) {
    if old == new { return }
    guard let old, let new, !path.isStamp else {
      out.append(Difference(path: path, old: old, new: new))
      return
    }
    switch (old, new) {
    case (.object(let a), .object(let b)):
      for key in Set(a.keys).union(b.keys).sorted() {
        walk(a[key], b[key], at: path.appending(.key(key)), into: &out)
      }
    case (.array(let a), .array(let b)):
      if let left = recordsByID(a), let right = recordsByID(b) {
        for id in left.order + right.order.filter({ left.items[$0] == nil }) {
          walk(left.items[id], right.items[id], at: path.appending(.record(id)), into: &out)
        }
      } else if a.count == b.count {
        for i in a.indices { walk(a[i], b[i], at: path.appending(.index(i)), into: &out) }
      } else {
        out.append(Difference(path: path, old: .array(a), new: .array(b)))
      }
    default:
      out.append(Difference(path: path, old: old, new: new))
    }
  }

  /// A list whose elements are all objects with distinct string ids (an empty list qualifies).
  static func recordsByID(_ list: [JSONValue]) -> (order: [String], items: [String: JSONValue])? {
    var order: [String] = []
    var items: [String: JSONValue] = [:]
    for element in list {
      guard let id = element.recordID, items[id] == nil else { return nil }
      order.append(id)
      items[id] = element
    }
    return (order, items)
  }
}
