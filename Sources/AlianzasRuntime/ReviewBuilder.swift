import AlianzasDomain
import AlianzasStore
import AlianzasTUI

/// Turns the store's conflicts, duplicate candidates and histories into what the interface shows.
enum ReviewBuilder {
  static func items(_ store: FileStore) -> [ReviewItem] {
    var items: [ReviewItem] = store.openConflicts().map { conflict in
      ReviewItem(
        kind: .conflict, file: conflict.file, path: conflict.path.description,
        label: label(conflict.file, conflict.path),
        options: conflict.candidates.map { c in
          ReviewOption(
            value: c.value?.display ?? "(quitado)", officer: c.batch.officer, device: c.batch.device,
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
          value: "\(h.code) · \(h.headName) · doc. \(h.documentNumber) · \(h.village)",
          officer: made?.officer ?? "base", device: made?.device ?? "base", at: made?.at ?? h.stamp.at,
          token: id)
      }
      guard options.count == 2 else { continue }
      items.append(
        ReviewItem(
          kind: .duplicate, file: candidate.file, path: "",
          label: "\(code(candidate.file)) · "
            + (candidate.sameDocument ? "mismo documento" : "mismo nombre y vereda"),
          options: options))
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

  /// `households/#id/surveys/#s/elcsa/@3` → `CAU-2012-017 · hogar H03 · encuesta s · elcsa 4`.
  static func label(_ file: String, _ path: ChangePath) -> String {
    var parts = [code(file)]
    for step in path.steps {
      switch step {
      case .key(let key): parts.append(fieldNames[key] ?? key)
      case .record(let id):
        parts[parts.count - 1] += " " + (id.split(separator: "-").last.map(String.init) ?? id)
      case .index(let i): parts[parts.count - 1] += " \(i + 1)"
      }
    }
    return parts.joined(separator: " · ")
  }

  static let fieldNames: [String: String] = [
    "name": "nombre", "oga": "OGA", "households": "hogar", "surveys": "encuesta", "elcsa": "ELCSA pregunta",
    "ppi": "PPI indicador", "village": "vereda", "headName": "jefe de hogar", "documentNumber": "documento",
    "members": "personas", "minors": "menores", "visits": "visita", "agreements": "acuerdo", "stage": "etapa",
    "status": "estado", "milestones": "hitos", "finance": "finanzas", "observations": "observaciones",
  ]

  /// A record's history, newest first, one line per field changed.
  static func historyLines(_ store: FileStore, file: String, path: String, language: Language) -> [String] {
    let target = ChangePath(text: path)
    // Stamps change with every edit; they are bookkeeping, not something a person changed.
    let changes = store.history(of: file).changes(within: target).filter { !$0.change.path.isStamp }
      .reversed()
    return changes.prefix(200).map { entry in
      let who = entry.batch.kind == .external ? T.historyExternal(language) : entry.batch.officer
      let field = label(file, entry.change.path)
      return T.historyLine(
        language, entry.batch.at.iso, who, entry.batch.device, field, short(entry.change.old),
        short(entry.change.new))
    }
  }

  static func short(_ value: JSONValue?) -> String {
    let text = value?.display ?? "—"
    return text.count > 40 ? String(text.prefix(39)) + "…" : text
  }
}
