import AlianzasDomain
import Foundation

extension FileStore {
  /// Everything the store holds about one household (Ley 1581, art. 8 a–c: the titular may know
  /// it, free of charge): its record as stored (the authorization among it), every change of it
  /// in the history with who made it, when and on which device, and the copies outside the
  /// records that name it. A JSON document, for the screen or a file handed to the titular.
  public func privacyReport(household code: String) throws(StoreError) -> JSONValue {
    guard let (relative, id, tree) = try locate(household: code) else {
      throw .unreadable(
        StoreProblem(path: code, line: nil, reason: StoreText.noSuchHousehold(code).localized))
    }
    let record = tree["households"].flatMap { items -> JSONValue? in
      guard case .array(let list) = items else { return nil }
      return list.first { $0.recordID == id }
    }
    let household = HistoryScrub.path(of: id)
    var changes: [JSONValue] = []
    for batch in history(of: relative).batches {
      for change in batch.changes where change.path.isWithin(household) || household.isWithin(change.path) {
        var entry: [String: JSONValue] = [
          "at": .string(batch.at.iso), "officer": .string(batch.officer), "device": .string(batch.device),
          "kind": .string(batch.kind.rawValue), "field": .string(change.path.description),
        ]
        if household.isWithin(change.path), change.path != household {
          // A change above the household (a whole roster written at once): only its part.
          let rest = Array(household.steps.dropFirst(change.path.steps.count))
          entry["new"] = change.new.flatMap { Self.part($0, at: rest) }
          entry["old"] = change.old.flatMap { Self.part($0, at: rest) }
        } else {
          entry["new"] = change.new
          entry["old"] = change.old
        }
        changes.append(.object(entry.compactMapValues { $0 }))
      }
    }
    var copies: [JSONValue] = []
    for folder in ["quarantine", "backups"] {
      guard let walker = FileManager.default.enumerator(atPath: path(folder)) else { continue }
      while let name = walker.nextObject() as? String {
        if let bytes = try? fs.read(path(folder) + "/" + name),
          String(decoding: bytes, as: UTF8.self).contains(id)
        {
          copies.append(.string(folder + "/" + name))
        }
      }
    }
    return .object([
      "household": .string(code),
      "alliance": .string(String(relative.dropFirst(11).dropLast(5))),
      "record": record ?? .null,
      "history": .array(changes),
      "copies": .array(copies),
      "caches": .string("codes, counts and scores only; rebuilt from the records"),
      "generated": .string(clock().iso),
    ])
  }

  /// The record at `steps` below `value`.
  static func part(_ value: JSONValue, at steps: [PathStep]) -> JSONValue? {
    var node: JSONValue? = value
    for step in steps {
      switch (step, node) {
      case (.key(let key), .object(let fields)?): node = fields[key]
      case (.record(let id), .array(let items)?): node = items.first { $0.recordID == id }
      default: return nil
      }
    }
    return node
  }
}
