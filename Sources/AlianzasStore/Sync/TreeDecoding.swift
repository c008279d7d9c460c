import AlianzasDomain

/// Histories and bundles are read through `JSONTreeParser` and taken apart by hand: they are
/// mostly JSON values, which Foundation's decoder reads slowly.
struct TreeShapeError: Error {
  var field: String
}

extension JSONValue {
  public static func parse(_ bytes: [UInt8]) -> JSONValue? { try? JSONTreeParser.parse(bytes) }

  func text(_ key: String) throws(TreeShapeError) -> String {
    guard let value = self[key]?.stringValue else { throw TreeShapeError(field: key) }
    return value
  }

  func moment(_ key: String) throws(TreeShapeError) -> Timestamp {
    guard let value = Timestamp(iso: try text(key)) else { throw TreeShapeError(field: key) }
    return value
  }

  func list(_ key: String) throws(TreeShapeError) -> [JSONValue] {
    guard case .array(let items)? = self[key] else { throw TreeShapeError(field: key) }
    return items
  }
}

extension ChangeBatch {
  init(tree: JSONValue) throws(TreeShapeError) {
    guard let kind = Kind(rawValue: try tree.text("kind")) else { throw TreeShapeError(field: "kind") }
    var changes: [Change] = []
    for item in try tree.list("changes") {
      guard case .object(let fields) = item else { throw TreeShapeError(field: "changes") }
      var supersedes: [String] = []
      if case .array(let ids)? = fields["supersedes"] {
        supersedes = ids.compactMap(\.stringValue)
      }
      changes.append(
        Change(
          path: ChangePath(text: try item.text("path")), old: fields["old"], new: fields["new"],
          supersedes: supersedes))
    }
    self.init(
      id: try tree.text("id"), kind: kind, at: try tree.moment("at"), device: try tree.text("device"),
      officer: try tree.text("officer"), received: try tree.moment("received"),
      after: tree["after"]?.stringValue, before: tree["before"]?.stringValue,
      changes: changes)
    reason = tree["reason"]?.stringValue
  }
}

extension SyncBundle {
  init(tree: JSONValue) throws(TreeShapeError) {
    guard case .int(let format)? = tree["format"] else { throw TreeShapeError(field: "format") }
    var files: [BundleFile] = []
    for item in try tree.list("files") {
      var batches: [ChangeBatch] = []
      for batch in try item.list("batches") { batches.append(try ChangeBatch(tree: batch)) }
      files.append(BundleFile(path: try item.text("path"), batches: batches, snapshot: item["snapshot"]))
    }
    let since = tree["since"]?.stringValue.flatMap { Timestamp(iso: $0) }
    let asOf = tree["asOf"]?.stringValue.flatMap { Day(iso: $0) }
    self.init(
      format: Int(format), lineage: tree["lineage"]?.stringValue, created: try tree.moment("created"),
      device: try tree.text("device"), officer: try tree.text("officer"), since: since, asOf: asOf,
      files: files)
  }
}
