/// Puts a value at a path inside a JSON tree. A path whose parent is missing is skipped: a field
/// of a record that was removed (or never arrived) has nowhere to go, and inventing the record
/// from one field would make an invalid one.
public enum JSONPatch {
  /// Sets (or with nil removes) the value at `path`; returns false when the path had no place.
  @discardableResult
  public static func set(_ tree: inout JSONValue?, at path: ChangePath, to value: JSONValue?) -> Bool {
    guard let first = path.steps.first else {
      tree = value
      return true
    }
    guard var node = tree else { return false }
    let rest = ChangePath(Array(path.steps.dropFirst()))
    let placed = set(&node, step: first, rest: rest, value: value)
    tree = node
    return placed
  }

  private static func set(_ node: inout JSONValue, step: PathStep, rest: ChangePath, value: JSONValue?)
    -> Bool
  {
    switch (step, node) {
    case (.key(let key), .object(var fields)):
      var child = fields[key]
      if rest.steps.isEmpty {
        child = value
      } else if !set(&child, at: rest, to: value) {
        return false
      }
      node = .null  // drop the reference so the dictionary is not copied
      fields[key] = child
      node = .object(fields)
      return true
    case (.record(let id), .array(var items)):
      let position = items.firstIndex { $0.recordID == id }
      if rest.steps.isEmpty {
        switch (position, value) {
        case (let i?, let v?): items[i] = v
        case (let i?, nil): items.remove(at: i)
        case (nil, let v?): items.append(v)
        case (nil, nil): break
        }
      } else {
        guard let i = position else { return false }
        var child: JSONValue? = items[i]
        guard set(&child, at: rest, to: value), let updated = child else { return false }
        items[i] = updated
      }
      node = .array(items)
      return true
    case (.index(let i), .array(var items)):
      guard i < items.count else { return false }
      var child: JSONValue? = items[i]
      if rest.steps.isEmpty {
        child = value ?? .null
      } else if !set(&child, at: rest, to: value) {
        return false
      }
      items[i] = child ?? .null
      node = .array(items)
      return true
    default:
      return false
    }
  }

  public static func value(in tree: JSONValue?, at path: ChangePath) -> JSONValue? {
    var node = tree
    for step in path.steps {
      switch (step, node) {
      case (.key(let key), .object(let fields)?): node = fields[key]
      case (.record(let id), .array(let items)?): node = items.first { $0.recordID == id }
      case (.index(let i), .array(let items)?): node = i < items.count ? items[i] : nil
      default: return nil
      }
    }
    return node
  }

  /// Puts the records of the list at `path` in a fixed order: records that existed before any
  /// recorded change keep their order and come first, records created by a change follow in the
  /// order of their creation. Two stores that received the same changes in different orders then
  /// hold the same list.
  static func orderRecords(_ tree: inout JSONValue?, at path: ChangePath, created: [String: ChangeBatch]) {
    guard case .array(let items)? = value(in: tree, at: path),
      items.contains(where: { created[$0.recordID ?? ""] != nil })
    else { return }
    let base = items.filter { created[$0.recordID ?? ""] == nil }
    let made = items.filter { created[$0.recordID ?? ""] != nil }.sorted {
      created[$0.recordID!]!.ranks(before: created[$1.recordID!]!)
    }
    set(&tree, at: path, to: .array(base + made))
  }
}
