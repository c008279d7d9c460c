import AlianzasDomain
import Foundation

@testable import AlianzasTUI

/// The words a screen may show in each language: every text of the catalog, of the domain's
/// labels and of the instruments and reference tables; the proper names of the demo's data in
/// both; and the program's own terms the glossary keeps in Spanish in the English interface. A
/// word outside it is a word cut short without "…", or a word of the other language.
struct Vocabulary: Sendable {
  let words: [Language: Set<String>]
  /// Names of people, places, organizations and buyers, and the officers' free text.
  let names: Set<String>
  /// The program's terms kept in every language (glossary, "Kept in every language").
  let kept: Set<String>

  static let shared = Vocabulary()

  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  init() {
    var es = Set<String>(), en = Set<String>()
    for key in T.allCases {
      es.formUnion(Self.split(Catalog.es(key)))
      en.formUnion(Self.split(Catalog.en(key)))
    }
    // Keys are named the same in both languages ("Esc", "Tab", "Ctrl").
    for key: Key in [.enter, .escape, .tab, .backTab, .ctrl("u")] {
      es.formUnion(Self.split(key.label(.es)))
      en.formUnion(Self.split(key.label(.en)))
    }
    // Labels written in the code as `Localized(es: "…", en: "…")`.
    let pair = try! NSRegularExpression(pattern: #"es: "((?:[^"\\]|\\.)*)",\s*en: "((?:[^"\\]|\\.)*)""#)
    // …and as `es ? "…" : "…"` (messages built with their figures).
    let choice = try! NSRegularExpression(
      pattern: #"(?:\bes|== \.es)\s*\?\s*"((?:[^"\\]|\\.)*)"\s*:\s*"((?:[^"\\]|\\.)*)""#)
    for file in Self.swiftFiles(Self.sources.appendingPathComponent("Sources")) {
      let text = try! String(contentsOf: file, encoding: .utf8)
      let all = NSRange(text.startIndex..., in: text)
      for m in pair.matches(in: text, range: all) + choice.matches(in: text, range: all) {
        es.formUnion(Self.split(String(text[Range(m.range(at: 1), in: text)!])))
        en.formUnion(Self.split(String(text[Range(m.range(at: 2), in: text)!])))
      }
    }
    // Instruments and reference tables: every {"es", "en"} pair in `data/`.
    var names = Set<String>()
    for file in Self.files(Self.sources.appendingPathComponent("data"), ext: "json") {
      let json = try! JSONSerialization.jsonObject(with: Data(contentsOf: file))
      Self.walk(json) { object in
        if let e = object["es"] as? String, let n = object["en"] as? String {
          es.formUnion(Self.split(e))
          en.formUnion(Self.split(n))
        }
      }
      if file.lastPathComponent == "demo-names.json" || file.lastPathComponent == "departments.json" {
        Self.strings(json) { names.formUnion(Self.split($0)) }
      }
    }
    // The demo's records: names and what officers wrote in their own words (not coded fields
    // such as a disbursement's source, which the screens must name in their language).
    let encoder = JSONEncoder()
    let written: Set<String> = [
      "name", "headName", "village", "oga", "officer", "enumerator", "fiduciaryName", "note", "notes",
      "observations", "causeDetail", "quality", "text", "convenioNumber", "by", "reason",
    ]
    func harvest(_ json: Any) {
      Self.walk(json) { object in
        for (key, value) in object where written.contains(key) {
          if let text = value as? String { names.formUnion(Self.split(text)) }
        }
        // Co-financers are institutions named as written ("Gobernación de Boyacá").
        for item in object["cofinancing"] as? [[String: Any]] ?? [] {
          if let text = item["source"] as? String { names.formUnion(Self.split(text)) }
        }
      }
    }
    for a in World.shared.alliances.values {
      harvest(try! JSONSerialization.jsonObject(with: encoder.encode(a)))
    }
    for r in World.shared.rosters.values {
      harvest(try! JSONSerialization.jsonObject(with: encoder.encode(r)))
    }
    // The people and machines of the test's own history and review entries.
    names.formUnion([
      "ana", "muñoz", "luis", "rojas", "pc", "maría", "gómez", "la", "palma", "pagos", "a", "días",
    ])
    words = [.es: es, .en: en]
    self.names = names
    let glossary = try! String(
      contentsOf: Self.sources.appendingPathComponent("docs/glossary.md"), encoding: .utf8)
    let section = glossary.components(separatedBy: "## Kept in every language").dropFirst().first ?? ""
    kept = Set(
      section.split(separator: "\n").filter { $0.hasPrefix("- ") }.flatMap {
        Self.split(String($0.dropFirst(2)))
      })
  }

  /// Whether a word may stand on a screen in `language`.
  func allows(_ word: String, _ language: Language) -> Bool {
    let w = word.lowercased()
    return words[language]!.contains(w) || names.contains(w) || kept.contains(w)
  }

  /// Whether a word belongs to the other language only.
  func foreign(_ word: String, _ language: Language) -> Bool {
    let w = word.lowercased()
    let other: Language = language == .es ? .en : .es
    return words[other]!.contains(w) && !words[language]!.contains(w) && !names.contains(w)
      && !kept.contains(w)
  }

  /// The words of a text, lower-cased: runs of letters (and combining marks).
  static func split(_ text: String) -> [String] {
    var out: [String] = [], word = ""
    for c in text {
      if c.isLetter {
        word.append(c)
      } else {
        if !word.isEmpty { out.append(word.lowercased()) }
        word = ""
      }
    }
    if !word.isEmpty { out.append(word.lowercased()) }
    return out
  }

  static func walk(_ json: Any, _ visit: ([String: Any]) -> Void) {
    if let object = json as? [String: Any] {
      visit(object)
      for v in object.values { walk(v, visit) }
    } else if let list = json as? [Any] {
      for v in list { walk(v, visit) }
    }
  }

  static func strings(_ json: Any, _ visit: (String) -> Void) {
    if let s = json as? String {
      visit(s)
    } else if let object = json as? [String: Any] {
      for v in object.values { strings(v, visit) }
    } else if let list = json as? [Any] {
      for v in list { strings(v, visit) }
    }
  }

  static func swiftFiles(_ folder: URL) -> [URL] { files(folder, ext: "swift") }

  static func files(_ folder: URL, ext: String) -> [URL] {
    let e = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    return (e?.allObjects as? [URL] ?? []).filter { $0.pathExtension == ext }
  }
}
