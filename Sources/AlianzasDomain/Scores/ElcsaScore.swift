/// A household's ELCSA result. "No sabe", "No responde" and unanswered items are never counted as
/// "Sí"; while any remain, the household has no category, only the range it could fall in.
public struct ElcsaResult: Hashable, Sendable {
  public enum Category: Int, CaseIterable, Sendable, Comparable {
    case secure = 0, mild, moderate, severe
    public static func < (a: Category, b: Category) -> Bool { a.rawValue < b.rawValue }
    public var id: String { ["secure", "mild", "moderate", "severe"][rawValue] }
  }

  public var withMinors: Bool
  public var itemsUsed: Int
  public var yes: Int
  /// Item numbers (1-based) answered "No sabe" or "No responde".
  public var unknown: [Int]
  /// Item numbers (1-based) not answered yet.
  public var unanswered: [Int]
  /// The category when every used item has a Sí/No answer.
  public var category: Category?
  /// The categories still possible: if every open item were "No", and if every one were "Sí".
  public var range: ClosedRange<Category>

  public var isComplete: Bool { category != nil }
}

extension ElcsaDefinition {
  /// Scores the answers; `hasMinors` decides between the 8-item and the 15-item scale.
  public func score(answers: [ElcsaAnswer?], hasMinors: Bool) -> ElcsaResult {
    let set = hasMinors ? cutPoints.withMinors : cutPoints.adultsOnly
    var yes = 0
    var unknown: [Int] = []
    var unanswered: [Int] = []
    for index in 0..<set.items {
      switch index < answers.count ? answers[index] : nil {
      case .yes?: yes += 1
      case .no?: break
      case .dontKnow?, .refused?: unknown.append(index + 1)
      case nil: unanswered.append(index + 1)
      }
    }
    let open = unknown.count + unanswered.count
    let low = ElcsaResult.Category(rawValue: set.category(forYes: yes))!
    let high = ElcsaResult.Category(rawValue: set.category(forYes: yes + open))!
    return ElcsaResult(
      withMinors: hasMinors, itemsUsed: set.items, yes: yes, unknown: unknown, unanswered: unanswered,
      category: open == 0 ? low : nil, range: low...high)
  }

  public func label(_ category: ElcsaResult.Category) -> Localized {
    categories.first { $0.code == category.rawValue }?.label
      ?? Localized(es: category.id, en: category.id)
  }
}
