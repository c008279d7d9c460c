/// The national shape of a demo store, decided before any alliance is built so that each alliance
/// can then be generated on its own (and streamed to disk) from its own seeded generator.
struct DemoPlan {
  struct Slot {
    var index: Int
    var code: String
    var department: Department
    var product: Product
    var callYear: Int
    var buyer: Buyer
    /// The study sample its households were surveyed for: nil for monitoring only, `.study` for
    /// the micro study's alliances, `.impact` for the two that also have controls.
    var sample: SurveySample?
    /// Families of a study alliance, all surveyed: the 718 split evenly between the ten.
    var studyFamilies: Int? = nil
  }

  /// The impact evaluation's two alliances [S0]: milk in Cauca and panela in Risaralda.
  static let impactAlliances = [("19", "leche"), ("66", "panela")]
  /// The call year given to them, so their households have both short and long tenures by 2014.
  static let impactCallYear = 2009

  var slots: [Slot]
  var buyers: [Buyer]

  /// The micro study's alliances and surveyed beneficiaries, and the controls near each impact
  /// alliance [S0]: 718 beneficiaries in ten alliances, 400 controls near two.
  static let studyAlliances = 10
  static let studyBeneficiaries = 718
  static let controlsPerImpactAlliance = 200

  init(reference: ReferenceData, seed: UInt64, scale: Double) {
    var rng = SeededGenerator(seed: seed ^ 0x5EED_0001)
    let count = max(1, Int((775 * scale).rounded()))
    let buyerCount = max(1, Int((430 * scale).rounded()))
    let departments = reference.departments.filter { $0.demoWeight > 0 }
    let products = reference.products
    // Calls grew over the programme's life; weights per year 2002…2013.
    let yearWeights: [Double] = [2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14]

    var drafts: [(Department, Product, Int, SurveySample?)] = []
    // Every department gets at least one alliance so the demo covers all 31 of them; its product
    // is one the department farms (reference/department-products.json).
    for i in 0..<count {
      let department =
        i < departments.count
        ? departments[i] : departments[rng.weightedIndex(departments.map(\.demoWeight))]
      let farmed = reference.products(in: department)
      let choices = farmed.isEmpty ? products : farmed
      let product = choices[rng.weightedIndex(choices.map(\.demoWeight))]
      let year = 2002 + rng.weightedIndex(yearWeights)
      drafts.append((department, product, year, nil))
    }
    for (code, productID) in Self.impactAlliances {
      guard let i = drafts.firstIndex(where: { $0.0.code == code }),
        let product = reference.product(id: productID)
      else { continue }
      drafts[i] = (drafts[i].0, product, Self.impactCallYear, .impact)
    }
    drafts.sort { ($0.0.abbreviation, $0.2) < ($1.0.abbreviation, $1.2) }

    // Buyers per kind in proportion to the alliances that need that kind, never more buyers than
    // alliances of the kind, so that every buyer of the pool ends up with an agreement.
    var kindCounts: [String: Int] = [:]
    for (_, product, _, _) in drafts { kindCounts[product.buyerKind, default: 0] += 1 }
    let kinds = kindCounts.keys.sorted()
    var perKind: [String: Int] = [:]
    for kind in kinds {
      perKind[kind] = min(kindCounts[kind]!, max(1, buyerCount * kindCounts[kind]! / count))
    }
    var shortfall = buyerCount - perKind.values.reduce(0, +)
    while shortfall > 0, let kind = kinds.first(where: { perKind[$0]! < kindCounts[$0]! }) {
      let room = kindCounts[kind]! - perKind[kind]!
      let add = min(room, shortfall)
      perKind[kind]! += add
      shortfall -= add
    }
    var pool: [String: [Buyer]] = [:]
    var allBuyers: [Buyer] = []
    var used = Set<String>()
    for kind in kinds {
      for _ in 0..<perKind[kind]! {
        var name: String
        repeat {
          name = [
            rng.pick(reference.buyerNameParts.stems[kind] ?? ["Comercializadora"]),
            rng.pick(reference.buyerNameParts.suffixes), rng.pick(reference.buyerNameParts.legalForms),
          ].joined(separator: " ")
          if used.contains(name) { name += " \(allBuyers.count + 1)" }
        } while used.contains(name)
        used.insert(name)
        let nit = "\(800_000_000 + rng.int(0...199_999_999))-\(rng.int(0...9))"
        let buyer = Buyer(id: "demo-b\(threeDigits(allBuyers.count + 1))", name: name, nit: nit, kind: kind)
        pool[kind, default: []].append(buyer)
        allBuyers.append(buyer)
      }
    }

    var next: [String: Int] = [:]
    var numbers: [String: Int] = [:]
    var slots: [Slot] = []
    for (i, (department, product, year, sample)) in drafts.enumerated() {
      let kindPool = pool[product.buyerKind]!
      let k = next[product.buyerKind, default: 0]
      next[product.buyerKind] = k + 1
      let buyer = k < kindPool.count ? kindPool[k] : rng.pick(kindPool)
      let key = "\(department.abbreviation)-\(year)"
      numbers[key, default: 0] += 1
      let code = "\(key)-\(threeDigits(numbers[key]!))"
      slots.append(
        Slot(
          index: i, code: code, department: department, product: product, callYear: year, buyer: buyer,
          sample: sample))
    }
    // Ten alliances carry the household study of [S0] (718 beneficiaries): the two of the impact
    // evaluation and eight more from the 2006–2011 calls, spread over the list, so the study holds
    // households of both short and long tenure.
    let older = slots.indices.filter { (2006...2011).contains(slots[$0].callYear) && slots[$0].sample == nil }
    let studyCount = min(Self.studyAlliances - slots.count { $0.sample == .impact }, older.count)
    for n in 0..<max(0, studyCount) {
      slots[older[(2 * n + 1) * older.count / (2 * studyCount)]].sample = .study
    }
    let study = slots.indices.filter { slots[$0].sample != nil }
    for (k, i) in study.enumerated() {
      let share = Self.studyBeneficiaries / study.count
      slots[i].studyFamilies = share + (k < Self.studyBeneficiaries % study.count ? 1 : 0)
    }
    self.slots = slots
    self.buyers = allBuyers
  }
}

/// Zero-padded to three digits (four and more stay as they are): `7` → `007`.
func threeDigits(_ value: Int) -> String {
  let digits = String(value)
  return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
}
