/// A three-way merge of two versions of one file, field by field: what only one side changed is
/// taken from it; what both changed keeps our value (the histories then decide).
public enum ThreeWayMerge {
  public static func merge(base: JSONValue?, ours: JSONValue, theirs: JSONValue) -> JSONValue {
    var result: JSONValue? = ours
    for d in JSONDiff.differences(from: base, to: theirs) {
      let mine = JSONPatch.value(in: ours, at: d.path)
      if mine == JSONPatch.value(in: base, at: d.path) { JSONPatch.set(&result, at: d.path, to: d.new) }
    }
    return result ?? ours
  }
}

/// Store files written from outside the store (the git merge driver) use the store's encoding.
public enum StoreFileEncoding {
  public static func encode(_ tree: JSONValue) throws -> [UInt8] { try StoreCoding.encode(tree) }
}
