/// One of the program's terms with its meaning, in both languages (`data/reference/glossary.json`),
/// as the interface's glossary shows it.
public struct GlossaryTerm: Hashable, Sendable, Codable {
  public var term: Localized
  public var meaning: Localized
}
