import AlianzasDomain

/// A list to choose from, in a box over the screen: typing filters it (several words, accents and
/// case ignored, as every search), the box says how many options match, arrows, PgUp/PgDn and
/// Home/End move, Enter chooses, Esc leaves without choosing. One kind for every choice: a filter
/// value, a sort, a PPI option, one of 430 buyers.
public struct PickList: Hashable, Sendable {
  public var title: String
  public var options: [PickOption]
  /// The position of the highlighted option among the ones the filter lets through.
  public var selected: Int
  public var filter = SearchField()
  /// The option marked as the current value, when there is one.
  public var current: Int?
  /// Each option's label folded once, so filtering tens of thousands of options keeps up with typing.
  private var folded: [String]

  public init(title: String, options: [PickOption], selected: Int = 0, current: Int? = nil) {
    self.title = title
    self.options = options
    self.selected = max(0, min(selected, options.count - 1))
    self.current = current
    folded = options.map(\.label.folded)
    filter.active = true
  }

  /// The indices of the options the filter lets through, in order.
  public var visible: [Int] {
    let words = filter.words
    guard !words.isEmpty else { return Array(options.indices) }
    return options.indices.filter { i in words.allSatisfy { SearchField.beginsWord($0, in: folded[i]) } }
  }

  public var chosen: PickOption? {
    let shown = visible
    return shown.indices.contains(selected) ? options[shown[selected]] : nil
  }

  public mutating func move(_ delta: Int) {
    selected = max(0, min(visible.count - 1, selected + delta))
  }

  public mutating func edit(_ edit: SearchField.Edit) {
    if filter.apply(edit) { selected = 0 }
    filter.active = true
  }
}
