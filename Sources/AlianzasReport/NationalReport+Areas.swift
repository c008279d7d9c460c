import AlianzasDomain
import Plot

extension NationalReport {
  /// One department's or one product's alliances and households, added up from the score
  /// engine's per-alliance figures, so its sums equal the summary's.
  public struct Area: Sendable {
    public var code: String
    public var name: String
    public var abbreviation = ""
    /// Its square on the tile-grid map (departments only).
    public var tile: [Int]? = nil
    public var alliances = 0
    public var idapScored = 0
    public var idapSum = 0.0
    public var tally = HouseholdTally()

    public init(code: String, name: String) {
      self.code = code
      self.name = name
    }

    public var idapMean: Double? { idapScored > 0 ? idapSum / Double(idapScored) : nil }

    /// Households in moderate or severe food insecurity, in percent of those with a category.
    public var foodInsecure: Double? {
      let categorized = tally.elcsa[0..<4].reduce(0, +)
      return categorized > 0 ? Double(tally.elcsa[2] + tally.elcsa[3]) * 100 / Double(categorized) : nil
    }

    mutating func add(_ figures: AllianceFigures?, _ households: HouseholdTally?) {
      alliances += 1
      if let idap = figures?.idap {
        idapScored += 1
        idapSum += idap
      }
      if let households { tally.add(households) }
    }
  }

  /// What the map of departments is shaded by (`--map`).
  public enum MapFigure: String, CaseIterable, Sendable {
    case idap, alliances, poverty
    case foodInsecure = "food-insecure"

    func label(_ l: AlianzasDomain.Language) -> String {
      switch self {
      case .idap: l == .es ? "IDAP promedio" : "Mean IDAP"
      case .alliances: l == .es ? "Alianzas" : "Alliances"
      case .poverty:
        l == .es
          ? "Probabilidad media de pobreza (línea nacional)" : "Mean poverty likelihood (national line)"
      case .foodInsecure:
        l == .es
          ? "Hogares en inseguridad alimentaria moderada o severa"
          : "Households moderately or severely food insecure"
      }
    }
  }

  var nationalLine: Int { instruments.ppi.lines.firstIndex { $0.id == instruments.ppi.nationalLine } ?? 0 }

  /// An area's value for the map's figure, and how the page writes it.
  func mapValue(_ area: Area) -> (value: Double?, shown: String) {
    guard area.alliances > 0 else { return (nil, "—") }
    let value: Double? =
      switch inputs.mapFigure {
      case .idap: area.idapMean
      case .alliances: Double(area.alliances)
      case .poverty: area.tally.povertyRate(lineIndex: nationalLine)
      case .foodInsecure: area.foodInsecure
      }
    guard let value else { return (nil, "—") }
    let shown =
      switch inputs.mapFigure {
      case .idap: Format.decimal(value, l)
      case .alliances: n(area.alliances)
      case .poverty, .foodInsecure: Format.percent(value, digits: 0, l)
      }
    return (value, shown)
  }

  /// The departments as squares on a grid, shaded by the chosen figure; its table lists every
  /// department that has alliances.
  func map() -> Page.Body {
    let placed = inputs.byDepartment.filter { $0.tile?.count == 2 }
    guard placed.contains(where: { $0.alliances > 0 }) else { return .empty }
    let figure = inputs.mapFigure
    let chart = TileMap(
      title: t("Mapa de departamentos: ", "Map of departments: ") + figure.label(l),
      tiles: placed.map { area in
        let (value, shown) = mapValue(area)
        return .init(
          column: area.tile![0], row: area.tile![1], abbreviation: area.abbreviation, name: area.name,
          value: value, shown: shown)
      }, lowLabel: t("menor", "lowest"), highLabel: t("mayor", "highest"))
    let listed = inputs.byDepartment.filter { $0.alliances > 0 }
    let table = Page.table(
      [t("Departamento", "Department"), t("Alianzas", "Alliances"), figure.label(l)],
      listed.map { [$0.name, n($0.alliances), mapValue($0).shown] }, numeric: [1, 2],
      figures: listed.map { [nil, "allianceByDepartment.\($0.code)", nil] })
    return Page.section(
      t("Mapa por departamento", "Map by department"),
      [
        Page.figure(
          id: "map",
          caption: t(
            "Cada cuadro es un departamento, en su lugar aproximado (norte arriba); su tono va del menor al mayor valor de: ",
            "Each square is a department, at its approximate place (north at the top); its shade runs from the lowest to the highest value of: "
          ) + figure.label(l) + t(". Sin alianzas: «—».", ". No alliances: “—”."),
          chart: chart.render(), table: table, language: l)
      ])
  }

  func households() -> Page.Body {
    let h = inputs.totals.households
    let keys = ["secure", "mild", "moderate", "severe", "incomplete"]
    let labels =
      instruments.elcsa.categories.map { $0.label(l) } + [t("Incompleta", "Incomplete")]
    let rows = zip(keys, zip(labels, h.elcsa)).map { (key: $0, label: $1.0, value: $1.1) }
    let national = nationalLine
    var nodes: [Page.Body] = [
      bars(
        "elcsa", title: t("Hogares por categoría ELCSA", "Households by ELCSA category"),
        caption: t(
          "Seguridad alimentaria de los hogares según su encuesta vigente (Escala Latinoamericana y Caribeña de Seguridad Alimentaria).",
          "Households' food security on their current survey (Latin American and Caribbean Food Security Scale)."
        ),
        header: [t("Categoría", "Category"), t("Hogares", "Households")], rows)
    ]
    var ppi: [String] = []
    if let mean = h.meanPPIScore {
      ppi.append(t("Puntaje PPI promedio: ", "Mean PPI score: ") + Format.decimal(mean, digits: 2, l))
    }
    if let rate = h.povertyRate(lineIndex: national) {
      ppi.append(
        t("Probabilidad media de pobreza (línea nacional): ", "Mean poverty likelihood (national line): ")
          + Format.percent(rate, digits: 2, l))
    }
    if !ppi.isEmpty { nodes.append(Page.paragraph(ppi.joined(separator: " · "))) }
    let departments = inputs.byDepartment.filter { $0.tally.households > 0 }
    if departments.count > 1 {
      nodes.append(
        areaTable(
          "by-department", departments, first: t("Departamento", "Department"), figure: "elcsaByDepartment",
          caption: t(
            "Hogares de cada departamento por categoría ELCSA de su encuesta vigente, su puntaje PPI promedio y la probabilidad media de pobreza (línea nacional).",
            "Each department's households by the ELCSA category of their current survey, their mean PPI score and mean poverty likelihood (national line)."
          )))
    }
    let products = inputs.byProduct.filter { $0.tally.households > 0 }
    if products.count > 1 {
      nodes.append(
        areaTable(
          "by-product", products, first: t("Producto", "Product"), figure: "elcsaByProduct",
          caption: t(
            "Lo mismo por producto de la alianza: categorías ELCSA, puntaje PPI promedio y probabilidad media de pobreza.",
            "The same by the alliance's product: ELCSA categories, mean PPI score and mean poverty likelihood."
          )))
    }
    return Page.section(
      t("Hogares: seguridad alimentaria y pobreza", "Households: food security and poverty"), nodes)
  }

  static let elcsaKeys = ["secure", "mild", "moderate", "severe", "incomplete"]

  /// Households of each area by ELCSA category, mean PPI and poverty; each category's cells are
  /// named so a reader can add them up and hold the sum to the summary's.
  func areaTable(_ id: String, _ areas: [Area], first: String, figure: String, caption: String) -> Page.Body {
    let rows = areas.map { a -> [String] in
      [a.name, n(a.tally.households)] + a.tally.elcsa.map(n)
        + [
          a.tally.meanPPIScore.map { Format.decimal($0, digits: 1, l) } ?? "—",
          a.tally.povertyRate(lineIndex: nationalLine).map { Format.percent($0, l) } ?? "—",
        ]
    }
    return .element(
      named: "figure",
      nodes: [
        .attribute(named: "id", value: id),
        Page.table(
          // Short category names: nine columns must fit the width of an A4 page.
          [first, t("Hogares", "Households")]
            + (l == .es
              ? ["Seguridad", "Leve", "Moderada", "Severa", "Incompleta"]
              : ["Secure", "Mild", "Moderate", "Severe", "Incomplete"])
            + [t("PPI promedio", "Mean PPI"), t("Pobreza", "Poverty")], rows, numeric: Set(1...8),
          figures: areas.map { a in [nil, nil] + Self.elcsaKeys.map { "\(figure).\(a.code).\($0)" } }),
        .element(named: "figcaption", nodes: [.text(Page.text(caption))]),
      ])
  }
}
