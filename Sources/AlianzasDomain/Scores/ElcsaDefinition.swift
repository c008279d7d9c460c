/// ELCSA as data (`data/instruments/elcsa.json`): items, screener, answers, categories, cut-points.
public struct ElcsaDefinition: Sendable, Codable {
  public var instrument: String
  public var title: Localized
  public var source: String
  public var referencePeriod: Localized
  public var stem: Localized
  public var screener: Screener
  public var items: [Item]
  public var answers: [Answer]
  public var categories: [CategoryLabel]
  public var cutPoints: CutPoints

  public struct Screener: Sendable, Codable {
    public var beforeItem: Int
    public var text: Localized
  }

  public struct Item: Sendable, Codable {
    public var n: Int
    public var block: String
    public var text: Localized
    public var short: Localized
  }

  public struct Answer: Sendable, Codable {
    public var id: String
    public var label: Localized
    public var key: String
    public var countsAsYes: Bool
    public var missing: Bool?
  }

  public struct CategoryLabel: Sendable, Codable {
    public var code: Int
    public var id: String
    public var label: Localized
  }

  public struct CutPoints: Sendable, Codable {
    public var adultsOnly: CutPointSet
    public var withMinors: CutPointSet
  }

  /// `upperBounds[k]` is the highest raw score of category k.
  public struct CutPointSet: Sendable, Codable {
    public var items: Int
    public var upperBounds: [Int]

    public func category(forYes yes: Int) -> Int {
      upperBounds.firstIndex { yes <= $0 } ?? upperBounds.count - 1
    }
  }

  func check(file: String) throws {
    guard items.count == Survey.elcsaItemCount else {
      throw DataFileError(
        file: file, key: "items", reason: "must list \(Survey.elcsaItemCount) items, lists \(items.count)")
    }
    for (i, item) in items.enumerated() where item.n != i + 1 {
      throw DataFileError(file: file, key: "items[\(i)].n", reason: "must be \(i + 1)")
    }
    guard (2...items.count).contains(screener.beforeItem) else {
      throw DataFileError(
        file: file, key: "screener.beforeItem", reason: "must be an item number from 2 to \(items.count)")
    }
    for answer in ElcsaAnswer.allCases where !answers.contains(where: { $0.id == answer.rawValue }) {
      throw DataFileError(file: file, key: "answers", reason: "no entry for «\(answer.rawValue)»")
    }
    guard categories.count == 4 else {
      throw DataFileError(file: file, key: "categories", reason: "must list 4 categories")
    }
    for (name, set) in [("adultsOnly", cutPoints.adultsOnly), ("withMinors", cutPoints.withMinors)] {
      let key = "cutPoints.\(name)"
      guard set.upperBounds.count == 4, set.upperBounds.first == 0, set.upperBounds.last == set.items,
        zip(set.upperBounds, set.upperBounds.dropFirst()).allSatisfy({ $0 < $1 }),
        set.items <= items.count
      else {
        throw DataFileError(
          file: file, key: key,
          reason: "upperBounds must be 4 increasing scores from 0 to the number of items")
      }
    }
  }
}

extension ElcsaDefinition {
  /// The items asked only of households with members under 18: from the screener on.
  public var minorItems: ClosedRange<Int> { screener.beforeItem...items.count }

  public func isAskedOnlyWithMinors(_ item: Int) -> Bool { minorItems.contains(item) }
}

extension Survey {
  /// Records the screener's answer. Without minors the items after it are not asked, so any
  /// answers they had are cleared rather than counted.
  public mutating func answerScreener(hasMinors: Bool?, _ elcsa: ElcsaDefinition) {
    self.hasMinors = hasMinors
    guard hasMinors == false else { return }
    // The definition is checked to list exactly `Survey.elcsaItemCount` items, so every number
    // in `minorItems` has its answer slot.
    for n in elcsa.minorItems { self.elcsa[n - 1] = nil }
  }
}
