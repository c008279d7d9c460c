import AlianzasDomain
import AlianzasStore
import AlianzasTUI

/// Turns the store's conflicts, duplicate candidates and histories into what the interface shows,
/// as data: the interface names fields and values in its own language.
enum ReviewBuilder {
  static func items(_ store: FileStore) -> [ReviewItem] {
    var items: [ReviewItem] = store.openConflicts().map { conflict in
      ReviewItem(
        kind: .conflict, file: conflict.file, path: conflict.path.description,
        place: place(conflict.file, conflict.path),
        options: conflict.candidates.map { c in
          ReviewOption(
            value: c.value.map { .value(shown($0)) } ?? .removed, officer: c.batch.officer,
            device: c.batch.device,
            at: c.batch.at,
            token: token(c.value))
        })
    }
    for candidate in store.duplicateCandidates() {
      guard case .success(let roster) = store.loadRoster(code: code(candidate.file)) else { continue }
      let history = store.history(of: candidate.file)
      let options = [candidate.first, candidate.second].compactMap { id -> ReviewOption? in
        guard let h = roster.households.first(where: { $0.id == id }) else { return nil }
        let made = history.changes(within: ChangePath([.key("households"), .record(id)])).first?.batch
        return ReviewOption(
          value: .household(code: h.code, head: h.headName, document: h.documentNumber, village: h.village),
          officer: made?.officer ?? "base", device: made?.device ?? "base", at: made?.at ?? h.stamp.at,
          token: id)
      }
      guard options.count == 2 else { continue }
      items.append(
        ReviewItem(
          kind: .duplicate, file: candidate.file, path: "", place: RecordPlace(code: code(candidate.file)),
          sameDocument: candidate.sameDocument, options: options))
    }
    return items
  }

  static func code(_ file: String) -> String { String(file.split(separator: "/").last?.dropLast(5) ?? "") }

  /// A value as the runtime hands it back when chosen: JSON text, or empty for "removed".
  static func token(_ value: JSONValue?) -> String {
    guard let value, let bytes = try? StoreFileEncoding.encode(value) else { return "" }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func value(_ token: String) -> JSONValue? {
    token.isEmpty ? nil : JSONValue.parse(Array(token.utf8))
  }

  /// `households/#id/surveys/#s/elcsa/@3` → the code, then `households`, record `id`'s last part,
  /// `surveys`, record `s`, `elcsa`, position 4.
  static func place(_ file: String, _ path: ChangePath) -> RecordPlace {
    RecordPlace(
      code: code(file),
      steps: path.steps.map { step in
        switch step {
        case .key(let key): .field(key)
        case .record(let id): .record(id.split(separator: "-").last.map(String.init) ?? id)
        case .index(let i): .position(i + 1)
        }
      })
  }

  static func shown(_ value: JSONValue) -> ShownValue {
    switch value {
    case .null: .none
    case .bool(let b): .flag(b)
    case .int(let n): .number(String(n))
    case .double(let d): .number(String(d))
    case .string(let text): .text(text)
    case .array(let items): .list(items.map(shown))
    case .object(let fields): .object(fields.mapValues(shown))
    }
  }

  /// A record's history, newest first, one entry per field changed.
  static func history(_ store: FileStore, file: String, path: String) -> [HistoryEntry] {
    let target = ChangePath(text: path)
    // Stamps change with every edit; they are bookkeeping, not something a person changed.
    let changes = store.history(of: file).changes(within: target).filter { !$0.change.path.isStamp }
      .reversed()
    return changes.prefix(200).map { entry in
      HistoryEntry(
        at: entry.batch.at, external: entry.batch.kind == .external, officer: entry.batch.officer,
        device: entry.batch.device, place: place(file, entry.change.path), old: entry.change.old.map(shown),
        new: entry.change.new.map(shown))
    }
  }
}
