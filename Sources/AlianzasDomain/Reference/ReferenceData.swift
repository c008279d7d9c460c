/// Reference tables from `data/reference/`: departments and municipalities (DIVIPOLA), product
/// chains and buyers' kinds, and the name pools of the demo generator.
public struct ReferenceData: Sendable {
  public var departments: [Department]
  public var products: [Product]
  /// The chains each department farms (`reference/department-products.json`), by department code:
  /// the demo draws an alliance's product from its department's list.
  public var productsByDepartment: [String: [String]]
  public var buyerKinds: [String: Localized]
  public var buyerNameParts: BuyerNameParts
  public var names: DemoNames
  /// Thresholds of the monitoring rules (`reference/monitoring.json`).
  public var monitoring: MonitoringRules
  /// Values that deserve a second look (`rules/plausibility.json`).
  public var plausibility: PlausibilityRules
  /// Reasons a supervisor gives for issues or a return (`rules/review-reasons.json`).
  public var reviewReasons: [ReviewReason]
  /// The data-quality checks (`rules/quality.json`).
  public var quality: QualityRules
  /// The trainers' guided tour, step by step (`rules/tour.json`).
  public var tour: [TourStep]
  /// The program's terms for the glossary pane (`reference/glossary.json`).
  public var glossary: [GlossaryTerm]

  private let departmentIndex: [String: Int]
  private let productIndex: [String: Int]

  public init(files: [String: String]) throws {
    struct DepartmentsFile: Decodable { var departments: [Department] }
    struct ProductsFile: Decodable {
      var products: [Product]
      var buyerKinds: [String: Localized]
      var buyerNameParts: BuyerNameParts
    }
    let d = try DataFiles.decode(DepartmentsFile.self, file: "reference/departments.json", from: files)
    let p = try DataFiles.decode(ProductsFile.self, file: "reference/products.json", from: files)
    struct DepartmentProductsFile: Decodable { var departments: [String: [String]] }
    productsByDepartment = try DataFiles.decode(
      DepartmentProductsFile.self, file: "reference/department-products.json", from: files
    ).departments
    names = try DataFiles.decode(DemoNames.self, file: "reference/demo-names.json", from: files)
    monitoring = try DataFiles.decode(MonitoringRules.self, file: "reference/monitoring.json", from: files)
    plausibility = try DataFiles.decode(PlausibilityRules.self, file: "rules/plausibility.json", from: files)
    struct ReasonsFile: Decodable { var reasons: [ReviewReason] }
    reviewReasons = try DataFiles.decode(ReasonsFile.self, file: "rules/review-reasons.json", from: files)
      .reasons
    quality = try DataFiles.decode(QualityRules.self, file: "rules/quality.json", from: files)
    struct TourFile: Decodable { var steps: [TourStep] }
    tour = try DataFiles.decode(TourFile.self, file: "rules/tour.json", from: files).steps
    struct GlossaryFile: Decodable { var terms: [GlossaryTerm] }
    glossary = try DataFiles.decode(GlossaryFile.self, file: "reference/glossary.json", from: files).terms
    departments = d.departments
    products = p.products
    buyerKinds = p.buyerKinds
    buyerNameParts = p.buyerNameParts
    departmentIndex = Dictionary(d.departments.enumerated().map { ($1.code, $0) }) { a, _ in a }
    productIndex = Dictionary(p.products.enumerated().map { ($1.id, $0) }) { a, _ in a }
    try check()
  }

  /// The tables carried inside the binary.
  public static func embedded() throws -> ReferenceData { try ReferenceData(files: EmbeddedData.files) }

  public func department(code: String) -> Department? { departmentIndex[code].map { departments[$0] } }
  public func product(id: String) -> Product? { productIndex[id].map { products[$0] } }

  /// The chains farmed in a department, in the table's order.
  public func products(in department: Department) -> [Product] {
    (productsByDepartment[department.code] ?? []).compactMap(product(id:))
  }

  private func check() throws {
    let file = "reference/departments.json"
    for (i, dep) in departments.enumerated() {
      guard dep.code.count == 2, dep.code.allSatisfy(\.isNumber) else {
        throw DataFileError(file: file, key: "departments[\(i)].code", reason: "must be two digits")
      }
      for (j, m) in dep.municipalities.enumerated()
      where m.code.count != 5 || !m.code.hasPrefix(dep.code) {
        throw DataFileError(
          file: file, key: "departments[\(i)].municipalities[\(j)].code",
          reason: "must be five digits starting with \(dep.code)")
      }
      if dep.municipalities.isEmpty {
        throw DataFileError(file: file, key: "departments[\(i)].municipalities", reason: "is empty")
      }
    }
    var tourIDs: Set<String> = []
    for (i, step) in tour.enumerated() {
      if !tourIDs.insert(step.id).inserted {
        throw DataFileError(file: "rules/tour.json", key: "steps[\(i)].id", reason: "is repeated")
      }
      if step.keys.contains("{code}") != (step.record != nil) {
        throw DataFileError(
          file: "rules/tour.json", key: "steps[\(i)].keys",
          reason: "uses {code} if and only if the step names a record")
      }
      for (name, text) in [("anchor", step.anchor), ("title", step.title), ("text", step.text)]
      where text.es.isEmpty || text.en.isEmpty {
        throw DataFileError(
          file: "rules/tour.json", key: "steps[\(i)].\(name)", reason: "is empty in a language")
      }
    }
    if departmentIndex.count != departments.count {
      throw DataFileError(file: file, key: "departments", reason: "a department code is repeated")
    }
    guard (30...3650).contains(monitoring.longSearchDays) else {
      throw DataFileError(
        file: "reference/monitoring.json", key: "longSearchDays", reason: "must be between 30 and 3650 days")
    }
    for stage in Stage.allCases {
      guard let days = monitoring.visitEveryDays[stage.rawValue], (7...730).contains(days) else {
        throw DataFileError(
          file: "reference/monitoring.json", key: "visitEveryDays.\(stage.rawValue)",
          reason: "must be given, between 7 and 730 days")
      }
    }
    guard monitoring.idapDropPoints > 0, monitoring.idapDropPoints < 100, monitoring.riskShare > 0,
      monitoring.riskShare <= 1
    else {
      throw DataFileError(
        file: "reference/monitoring.json", key: "idapDropPoints/riskShare",
        reason: "must be a drop of 0 to 100 points and a share above 0 up to 1")
    }
    for (i, rule) in plausibility.rules.enumerated() {
      if let threshold = rule.threshold, !(threshold > 0 && threshold < 100) {
        throw DataFileError(
          file: "rules/plausibility.json", key: "rules[\(i)].threshold",
          reason: "must be above 0 and below 100")
      }
      if rule.message.es.isEmpty || rule.message.en.isEmpty {
        throw DataFileError(
          file: "rules/plausibility.json", key: "rules[\(i)].message", reason: "needs es and en")
      }
    }
    try checkProductsByDepartment()
    for (i, product) in products.enumerated() where buyerKinds[product.buyerKind] == nil {
      throw DataFileError(
        file: "reference/products.json", key: "products[\(i)].buyerKind",
        reason: "unknown kind «\(product.buyerKind)»")
    }
  }
}

extension ReferenceData {
  /// Every department the demo draws from farms at least one known chain, and no code is unknown.
  fileprivate func checkProductsByDepartment() throws {
    let file = "reference/department-products.json"
    for code in productsByDepartment.keys.sorted() where department(code: code) == nil {
      throw DataFileError(file: file, key: "departments.\(code)", reason: "is not a department code")
    }
    for dep in departments {
      let ids = productsByDepartment[dep.code] ?? []
      if let unknown = ids.first(where: { product(id: $0) == nil }) {
        throw DataFileError(
          file: file, key: "departments.\(dep.code)", reason: "unknown product «\(unknown)»")
      }
      if dep.demoWeight > 0, ids.isEmpty {
        throw DataFileError(
          file: file, key: "departments.\(dep.code)", reason: "lists no product, yet the demo draws from it")
      }
    }
  }
}

public struct Department: Sendable, Codable, Hashable {
  public var code: String
  public var name: String
  public var abbreviation: String
  public var demoWeight: Double
  public var municipalities: [Place]
  /// Its square [column, row] on the reports' tile-grid map of Colombia.
  public var tile: [Int]? = nil
}

public struct Product: Sendable, Codable, Hashable {
  public var id: String
  public var name: Localized
  public var demoWeight: Double
  public var priceRangePerKg: [Double]
  public var yieldKgPerHa: Double
  public var hectaresPerFamily: Double
  public var buyerKind: String
}

public struct BuyerNameParts: Sendable, Codable, Hashable {
  public var stems: [String: [String]]
  public var suffixes: [String]
  public var legalForms: [String]
}

public struct DemoNames: Sendable, Codable, Hashable {
  public var givenNames: [String]
  public var surnames: [String]
  public var villages: [String]
  public var organizationPrefixes: [String]
  public var ogas: [String]
  public var officers: [String]
}

/// Thresholds of monitoring rules that are data, not code.
public struct MonitoringRules: Sendable, Codable, Hashable {
  /// An alliance that lost its buyer and has had none for longer than this is "searching too
  /// long": listed on the rupture screen and, later, alerted.
  public var longSearchDays: Int
  /// Days between follow-up visits each stage expects (by the stage's code).
  public var visitEveryDays: [String: Int]
  /// An IDAP that fell by this many points or more since the previous visit is alerted.
  public var idapDropPoints: Double
  /// The share of agreements at risk, highest Cox hazard first, that are alerted.
  public var riskShare: Double
  /// Visit to visit: the relative change marked, the PPI points, the ELCSA yes answers.
  public var changeShare: Double
  public var ppiChangePoints: Double
  public var elcsaChangeAnswers: Int

  public func visitEvery(_ stage: Stage) -> Int { visitEveryDays[stage.rawValue] ?? 90 }
}
