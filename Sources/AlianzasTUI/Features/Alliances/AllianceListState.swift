import AlianzasDomain

/// One value a filter can take, as the pick list names it.
public struct FilterOption: Hashable, Sendable {
  public var id: String
  public var label: String
}

/// The ways the alliance list can be narrowed.
public enum FilterDimension: String, CaseIterable, Sendable, Hashable {
  case department, product, stage, status, consolidation, vulnerable
}

public struct ListFilter: Hashable, Sendable {
  public var dimension: FilterDimension
  public var value: String
  public var label: String
}

/// The columns of the alliance list; any can be the sort key.
public enum AllianceColumn: Int, CaseIterable, Sendable, Hashable {
  case code, name, department, product, stage, status, idap, families, buyer, lastVisit
}

/// The list's rows in order, kept until the data or the way they are chosen changes.
public struct AllianceRowsCache: Sendable {
  var key: Key
  public var rows: [AllianceFigures]

  struct Key: Hashable {
    var revision: Int
    var figures: Int
    var filters: [ListFilter]
    var search: String
    var sort: AllianceColumn
    var ascending: Bool
  }
}

/// Filters, search, sort and selection of the alliance list.
public struct AllianceListState: Hashable, Sendable {
  public var filters: [ListFilter] = []
  public var search = SearchField()
  public var sort: AllianceColumn = .code
  public var ascending = true
  /// The selected alliance, by code: it stays selected when the list is sorted again.
  public var selection = Selection()

  public init() {}
}

extension AllianceListState {
  func cacheKey(_ data: AppData) -> AllianceRowsCache.Key {
    AllianceRowsCache.Key(
      revision: data.revision, figures: data.engine.figures.count, filters: filters, search: search.text,
      sort: sort, ascending: ascending)
  }

  /// The alliances shown, in order: filtered, then matched against the search (every word in the
  /// code, name, department or product, ignoring case and accents), then sorted.
  public func rows(_ data: AppData) -> [AllianceFigures] {
    let query = search.query(places: data.reference.departments.map(\.name))
    var rows = data.engine.figures.values.filter { f in
      let department = data.reference.department(code: f.departmentCode)?.name ?? ""
      return filters.allSatisfy { Self.matches(f, $0) }
        && (search.words.isEmpty
          || query.matches(
            [
              f.code, f.name, department,
              data.reference.product(id: f.product).map { "\($0.name.es) \($0.name.en)" } ?? f.product,
            ], place: department))
    }
    rows.sort { a, b in
      let order = Self.compare(a, b, by: sort, data: data)
      if order == 0 { return a.code < b.code }
      return ascending ? order < 0 : order > 0
    }
    return rows
  }

  static func matches(_ f: AllianceFigures, _ filter: ListFilter) -> Bool {
    switch filter.dimension {
    case .department: f.departmentCode == filter.value
    case .product: f.product == filter.value
    case .stage: f.stage.rawValue == filter.value
    case .status: f.status.rawValue == filter.value
    case .consolidation: f.consolidationZone == (filter.value == "yes")
    case .vulnerable: f.vulnerable == (filter.value == "yes")
    }
  }

  static func compare(_ a: AllianceFigures, _ b: AllianceFigures, by column: AllianceColumn, data: AppData)
    -> Int
  {
    func cmp<V: Comparable>(_ x: V, _ y: V) -> Int { x < y ? -1 : (x > y ? 1 : 0) }
    switch column {
    case .code: return cmp(a.code, b.code)
    case .name: return cmp(a.name.folded, b.name.folded)
    case .department:
      return cmp(
        (data.reference.department(code: a.departmentCode)?.name ?? "").folded,
        (data.reference.department(code: b.departmentCode)?.name ?? "").folded)
    case .product: return cmp(a.product, b.product)
    case .stage: return cmp(a.stage.number, b.stage.number)
    case .status: return cmp(a.status.rawValue, b.status.rawValue)
    case .idap: return cmp(a.idap ?? -1, b.idap ?? -1)
    case .families: return cmp(a.families, b.families)
    case .buyer: return cmp((a.buyerName ?? "").folded, (b.buyerName ?? "").folded)
    case .lastVisit: return cmp(a.lastVisit?.ordinal ?? 0, b.lastVisit?.ordinal ?? 0)
    }
  }

  /// The values a filter dimension can take, with their labels, for the pick list.
  public static func options(_ dimension: FilterDimension, data: AppData, language: Language)
    -> [FilterOption]
  {
    let yesNo = [
      FilterOption(id: "yes", label: T.yes(language)), FilterOption(id: "no", label: "No"),
    ]
    switch dimension {
    case .department:
      return data.engine.totals.byDepartment.keys.sorted().map {
        FilterOption(id: $0, label: data.reference.department(code: $0)?.name ?? $0)
      }.sorted { $0.label.folded < $1.label.folded }
    case .product:
      return data.reference.products.map { FilterOption(id: $0.id, label: $0.name(language)) }
    case .stage:
      return Stage.allCases.map {
        FilterOption(id: $0.rawValue, label: "\($0.number). \($0.label(language))")
      }
    case .status:
      return AllianceStatus.allCases.map { FilterOption(id: $0.rawValue, label: $0.label(language)) }
    case .consolidation, .vulnerable: return yesNo
    }
  }
}

/// Which alliance is open and on which tab.
public struct AllianceDetailState: Hashable, Sendable {
  public enum Tab: Int, CaseIterable, Sendable, Hashable {
    case summary, lifecycle, visits, finance
  }

  public var code: String
  public var tab: Tab = .summary
  public var selectedVisit = 0
  /// The stage whose documents the lifecycle tab shows; the next one by default.
  public var selectedStage: Stage?

  public init(code: String, tab: Tab = .summary) {
    self.code = code
    self.tab = tab
  }
}
