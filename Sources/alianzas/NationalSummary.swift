import AlianzasDomain

/// The figures `alianzas summary` prints, with the JSON keys scripts rely on.
struct NationalSummary: Encodable {
  struct Agreements: Encodable {
    var active: Int
    var ruptured: Int
    var relinked: Int
  }

  struct IDAP: Encodable {
    var mean: Double?
    var byBand: [String: Int]
    var partial: Int
    var scored: Int
  }

  struct Elcsa: Encodable {
    var byCategory: [String: Int]
  }

  struct PPI: Encodable {
    var meanScore: Double?
    var povertyRateNational: Double?
    var scored: Int
  }

  var alliances: Int
  var departments: Int
  var families: Int
  var households: Int
  var beneficiaries: Int
  var control: Int
  var buyers: Int
  var surveys: Int
  var completeSurveys: Int
  var byStage: [String: Int]
  var byStatus: [String: Int]
  var agreements: Agreements
  var idap: IDAP
  var elcsa: Elcsa
  var ppi: PPI

  init(totals: PanelTotals, instruments: Instruments, surveys: Int) {
    let h = totals.households
    alliances = totals.alliances
    departments = totals.departments
    families = totals.families
    households = h.households
    beneficiaries = h.beneficiaries
    control = h.control
    buyers = totals.buyers
    self.surveys = surveys
    completeSurveys = h.completeSurveys
    byStage = Dictionary(
      uniqueKeysWithValues: Stage.allCases.enumerated().map { ($1.rawValue, totals.byStage[$0]) })
    byStatus = Dictionary(
      uniqueKeysWithValues: AllianceStatus.allCases.enumerated().map { ($1.rawValue, totals.byStatus[$0]) })
    agreements = Agreements(
      active: totals.agreementsActive, ruptured: totals.agreementsRuptured,
      relinked: totals.agreementsRelinked)
    idap = IDAP(
      mean: totals.idapMean.map { ($0 * 10).rounded() / 10 },
      byBand: Dictionary(
        uniqueKeysWithValues: instruments.idap.bands.enumerated().map { ($1.id, totals.idapByBand[$0]) }),
      partial: totals.idapPartial, scored: totals.idapScored)
    elcsa = Elcsa(
      byCategory: Dictionary(
        uniqueKeysWithValues: zip(["secure", "mild", "moderate", "severe", "incomplete"], h.elcsa).map {
          ($0, $1)
        }))
    let national = instruments.ppi.lines.firstIndex { $0.id == instruments.ppi.nationalLine } ?? 0
    ppi = PPI(
      meanScore: h.meanPPIScore.map { ($0 * 100).rounded() / 100 },
      povertyRateNational: h.povertyRate(lineIndex: national).map { ($0 * 100).rounded() / 100 },
      scored: h.ppiScored)
  }

  func text(_ language: Language) -> String {
    // The same formatter as the screens: the figures agree digit for digit in each language.
    func n(_ value: Int) -> String { Format.integer(value, language) }
    func row(_ label: String, _ value: String) -> String {
      label.padding(toLength: 42, withPad: " ", startingAt: 0) + value
    }
    var lines: [String] = []
    lines.append(CLI.productiveAlliancesNationalSummary.text(language))
    lines.append(row(CLI.alliances.text(language), n(alliances)))
    lines.append(row(CLI.departments.text(language), n(departments)))
    lines.append(row(CLI.familiesOpMembers.text(language), n(families)))
    lines.append(
      row(
        CLI.registeredHouseholds.text(language),
        "\(n(households)) (\(n(beneficiaries)) \(CLI.beneficiaries.text(language)), \(n(control)) control)"
      ))
    lines.append(row(CLI.buyers.text(language), n(buyers)))
    lines.append(
      row(
        CLI.surveys.text(language), "\(n(surveys)) (\(n(completeSurveys)) \(CLI.complete.text(language)))"
      ))
    lines.append(
      row(
        CLI.agreementsActiveRupturedNew.text(language),
        "\(n(agreements.active)) / \(n(agreements.ruptured)) / \(n(agreements.relinked))"))
    lines.append("")
    lines.append(CLI.byStage.text(language))
    for stage in Stage.allCases {
      lines.append(row("  " + stage.label(language), n(byStage[stage.rawValue] ?? 0)))
    }
    lines.append(CLI.byStatus.text(language))
    for status in AllianceStatus.allCases {
      lines.append(row("  " + status.label(language), n(byStatus[status.rawValue] ?? 0)))
    }
    lines.append("")
    let mean = idap.mean.map { Format.decimal($0, language) } ?? (CLI.noData.text(language))
    lines.append(
      row(
        "IDAP " + (CLI.mean.text(language)),
        "\(mean) (\(n(idap.scored)) \(CLI.scored.text(language)), \(n(idap.partial)) \(CLI.partial.text(language)))"
      ))
    lines.append(
      row(
        CLI.lowMediumHigh.text(language),
        "\(n(idap.byBand["bajo"] ?? 0)) / \(n(idap.byBand["medio"] ?? 0)) / \(n(idap.byBand["alto"] ?? 0))"))
    let c = elcsa.byCategory
    lines.append(
      row(
        "ELCSA " + (CLI.secureMildModerateSevere.text(language)),
        "\(n(c["secure"] ?? 0)) / \(n(c["mild"] ?? 0)) / \(n(c["moderate"] ?? 0)) / \(n(c["severe"] ?? 0))"))
    lines.append(row(CLI.incomplete.text(language), n(c["incomplete"] ?? 0)))
    let score = ppi.meanScore.map { Format.decimal($0, language) } ?? "—"
    let rate = ppi.povertyRateNational.map { Format.percent($0, language) } ?? "—"
    lines.append(row(CLI.ppiMeanScore.text(language), score))
    lines.append(row(CLI.povertyNationalLine2.text(language), rate))
    return lines.joined(separator: "\n")
  }
}
