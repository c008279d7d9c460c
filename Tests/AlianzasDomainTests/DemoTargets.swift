import Foundation

@testable import AlianzasDomain

/// What the demo is calibrated to: each figure of the study [S0], where the study gives it, and
/// the range a national seed must land in. Ranges are the sampling spread of seeds 1–10 with
/// some room, not the study's confidence intervals (which it does not publish).
enum DemoTargets {
  struct Target {
    var id: String
    var label: String
    /// The study's figure, when it gives one.
    var study: Double?
    var source: String
    var accepted: ClosedRange<Double>
  }

  static let all: [Target] = [
    Target(
      id: "displacedShare", label: "Displaced participants (%)", study: 8.8, source: "Gráfico 2",
      accepted: 7.5...10),
    Target(
      id: "afroColombianShare", label: "Afro-Colombian participants (%)", study: 8.5, source: "Gráfico 2",
      accepted: 7...10),
    Target(
      id: "indigenousShare", label: "Indigenous participants (%)", study: 9.9, source: "Gráfico 2",
      accepted: 8.5...11.5),
    Target(
      id: "relinked", label: "Alliances with a new buyer after a rupture", study: 82, source: "Cuadro 1",
      accepted: 60...110),
    Target(
      id: "relinkedWithin182Percent", label: "… within a semester (%)", study: 85.36, source: "Cuadro 1",
      accepted: 75...95),
    Target(
      id: "relinkedWithin365Percent", label: "… within a year (%)", study: 13.41, source: "Cuadro 1",
      accepted: 5...22),
    Target(
      id: "relinkedWithin730Percent", label: "… within two years (%)", study: 1.21, source: "Cuadro 1",
      accepted: 0...5),
    Target(
      id: "rupturedVulnerable", label: "Ruptured alliances with vulnerable population", study: 24,
      source: "Cuadro 1", accepted: 12...40),
    Target(
      id: "rupturedConsolidation", label: "Ruptured alliances in consolidation zones", study: 19,
      source: "Cuadro 1", accepted: 6...36),
    Target(
      id: "rupturedBoth", label: "Ruptured alliances with both", study: 6, source: "Cuadro 1",
      accepted: 1...14),
    Target(
      id: "studyBeneficiaries", label: "Beneficiary households of the micro study", study: 718,
      source: "Nivel micro", accepted: 718...718),
    Target(
      id: "studyControls", label: "Control households (milk in Cauca, panela in Risaralda)", study: 400,
      source: "Nivel micro", accepted: 400...400),
    Target(
      id: "tenureProductIncomePercent", label: "Product income, over 3 years against fewer (%)", study: 45.06,
      source: "Resultados, tiempo", accepted: 30...62),
    Target(
      id: "tenureFoodSecurePoints", label: "Food security, over 3 years against fewer (points)", study: 10.2,
      source: "Resultados, tiempo", accepted: 4...17),
    Target(
      id: "trainingIncomePercent", label: "Household income, trained against not (%)", study: 33.51,
      source: "Resultados, capacitación", accepted: 22...45),
    Target(
      id: "trainingProductIncomePercent", label: "Product income, trained against not (%)", study: 119.68,
      source: "Resultados, capacitación", accepted: 100...140),
    Target(
      id: "impactPPIPoints", label: "PPI, beneficiaries against controls (points)", study: 1.99,
      source: "Resultados, PPI", accepted: -2...8),
    Target(
      id: "impactFoodSecurePoints", label: "Food security, beneficiaries against controls (points)",
      study: 10,
      source: "Resultados, ELCSA", accepted: 4...18),
    Target(
      id: "cox.priorExperience.hazardRatio", label: "Hazard ratio, prior experience", study: nil,
      source: "Determinantes", accepted: 0.25...0.8),
    Target(
      id: "cox.managerialSkills.hazardRatio", label: "Hazard ratio, managerial skills (per skill)",
      study: nil,
      source: "Determinantes", accepted: 0.55...0.95),
    Target(
      id: "cox.membersPer10.hazardRatio", label: "Hazard ratio, members (per 10)", study: nil,
      source: "Determinantes", accepted: 0.6...0.97),
    Target(
      id: "cox.fundCapitalization.hazardRatio", label: "Hazard ratio, fund capitalization", study: nil,
      source: "Determinantes", accepted: 0.15...0.95),
    Target(
      id: "cox.vulnerable.hazardRatio", label: "Hazard ratio, vulnerable population", study: nil,
      source: "Resultados, duración", accepted: 0.5...1.2),
    Target(
      id: "cox.consolidationZone.hazardRatio", label: "Hazard ratio, consolidation zone", study: nil,
      source: "Resultados, duración", accepted: 0.4...1.6),
    Target(
      id: "idapVulnerableGap", label: "IDAP, vulnerable against other alliances (points)", study: 0,
      source: "Resultados, IDAP", accepted: -4...4),
    Target(
      id: "idapPerYearOfBusiness", label: "IDAP points per year of business", study: nil,
      source: "Gráfico 5", accepted: 2...5),
  ]

  /// Statements about most seeds: a p-value below (or not below) 0.05.
  struct Significance {
    var id: String
    var label: String
    var significant: Bool
    func holds(_ p: Double?) -> Bool { p.map { ($0 < 0.05) == significant } ?? false }
  }

  static let significance: [Significance] = [
    Significance(
      id: "cox.priorExperience.p", label: "Prior experience shortens the hazard", significant: true),
    Significance(id: "cox.managerialSkills.p", label: "Managerial skills shorten it", significant: true),
    Significance(id: "cox.membersPer10.p", label: "More members shorten it", significant: true),
    Significance(id: "cox.fundCapitalization.p", label: "A capitalised fund shortens it", significant: true),
    Significance(
      id: "cox.consolidationZone.p", label: "Consolidation zones do not change it", significant: false),
    Significance(
      id: "idapVulnerableGap.p", label: "IDAP does not differ with vulnerable population", significant: false),
    Significance(
      id: "idapPerYearOfBusiness.p", label: "IDAP rises with the age of the business", significant: true),
  ]

  /// `docs/demo.md`: the method, then each figure's source, range and the ten seeds' values.
  static func document(_ runs: [(UInt64, DemoFigures)]) -> String {
    func number(_ v: Double?) -> String {
      guard let v else { return "—" }
      if v == v.rounded() { return String(format: "%.0f", v) }
      return abs(v) < 0.1 ? String(format: "%.3f", v) : String(format: "%.2f", v)
    }
    func range(_ r: ClosedRange<Double>) -> String {
      r.lowerBound == r.upperBound
        ? number(r.lowerBound) : "\(number(r.lowerBound)) to \(number(r.upperBound))"
    }
    var lines = [
      "# The demo and the study",
      "",
      "`alianzas demo` builds a national store that tells the story of the CIAT study of PAAP",
      "[S0] (the seed brief in `../shared/seed/`). This page lists each figure the demo is",
      "calibrated to, where the study gives it, the range a national seed must land in, and what",
      "seeds 1 to 10 give. `DemoFiguresTests` computes every figure with the analyses the",
      "screens and `alianzas analyze` use and checks each seed against its range; with",
      "`ALIANZAS_DEMO_FIGURE_SEEDS=1-10` it runs the ten seeds and checks that this page is that",
      "run's (`UPDATE_DEMO_DOC=1` writes it).",
      "",
      "## How the demo is built",
      "",
      "- **Survey design.** Ten alliances carry the micro study: 718 beneficiary households, all",
      "  surveyed. Two of them are the impact evaluation's, milk in Cauca and panela in Risaralda",
      "  (call of 2009), each with 200 control households nearby. Their surveys are marked `study`",
      "  or `impact` (`Survey.sample`); about a fifth of the other alliances' beneficiaries have a",
      "  monitoring survey. The comparisons use the study's design by default: beneficiaries of the",
      "  two impact alliances against their controls, tenure and training among the 718",
      "  (`alianzas analyze compare --design all` takes every complete survey instead).",
      "- **Products by department.** An alliance's product is drawn from the chains its",
      "  department farms (`data/reference/department-products.json`, with its source).",
      "- **Vulnerable population.** About 27 % of alliances (32 % in consolidation zones) have",
      "  vulnerable population, 56 to 95 % of their members; the others have a few displaced,",
      "  Afro-Colombian or indigenous members, below the fifth that makes an alliance vulnerable.",
      "- **Duration of the first agreement.** A yearly hazard of 0.076 × exp(lp), with lp lower by",
      "  0.7 with prior experience, 0.32 per managerial skill, 0.24 per ten members, 0.9 per unit",
      "  of fund capitalization and 0.25 with vulnerable population; consolidation zones have no",
      "  effect. Re-link delays follow Cuadro 1.",
      "- **Households.** Incomes: product income ×2.2 with training and ×1.4 after three years;",
      "  the product is about a sixth of a household's income before those effects. Food",
      "  insecurity is lower after three years in the alliance; wealth (the PPI answers) rises a",
      "  little with tenure and training.",
      "- **Dates and money.** No figure is dated before the stage that produces it: visits and",
      "  disbursements from Ejecución, deliveries from Comercialización (credited to the agreement",
      "  in force that day), the fund's repayments and loans from Fondo rotatorio, last year's",
      "  accounts only when execution had begun by then. The Incentivo Modular's tranches never",
      "  exceed it, and the fund lends only what was repaid into it by the loan's date",
      "  (`DemoCleanTests` checks each of these).",
      "- **Planted findings.** The quality checks find only what the demo plants for the tour:",
      "  one survey in about seventy answered too fast, and delivery months far from the rest",
      "  (`docs/methods.md`). Every plausibility rule finds nothing (`DemoCleanTests`, ten seeds at",
      "  a tenth of the country and three national ones in CI).",
      "",
      "## Figures",
      "",
      "Sources are the seed brief's sections. Seeds 1 to 10, national scale, as of 30 June 2014.",
      "",
      "| Figure | Study | Source | Accepted | Seeds 1–10 | Mean |",
      "|---|---:|---|---|---|---:|",
    ]
    for target in all {
      let values = runs.compactMap { $0.1[target.id] }
      let spread = values.isEmpty ? "—" : "\(number(values.min()!)) to \(number(values.max()!))"
      let mean = values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
      lines.append(
        "| \(target.label) | \(number(target.study)) | \(target.source) | \(range(target.accepted)) | \(spread) | \(number(mean)) |"
      )
    }
    lines += [
      "",
      "## Significance on most seeds",
      "",
      "| Statement | p < 0.05 expected | Seeds where it holds |",
      "|---|---|---:|",
    ]
    for rule in significance {
      let holding = runs.count { rule.holds($0.1[rule.id]) }
      lines.append("| \(rule.label) | \(rule.significant ? "yes" : "no") | \(holding) of \(runs.count) |")
    }
    lines += ["", "## Each seed", ""]
    lines.append("| Figure | " + runs.map { "\($0.0)" }.joined(separator: " | ") + " |")
    lines.append("|---|" + String(repeating: "---:|", count: runs.count))
    for id in all.map(\.id) + significance.map(\.id) {
      lines.append("| `\(id)` | " + runs.map { number($0.1[id]) }.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
