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
    let es = language == .es
    func n(_ value: Int) -> String { Pesos.grouped(Int64(value)) }
    func row(_ label: String, _ value: String) -> String {
      label.padding(toLength: 42, withPad: " ", startingAt: 0) + value
    }
    var lines: [String] = []
    lines.append(es ? "Alianzas productivas — resumen nacional" : "Productive alliances — national summary")
    lines.append(row(es ? "Alianzas" : "Alliances", n(alliances)))
    lines.append(row(es ? "Departamentos" : "Departments", n(departments)))
    lines.append(row(es ? "Familias (socios de las OP)" : "Families (OP members)", n(families)))
    lines.append(
      row(
        es ? "Hogares registrados" : "Registered households",
        "\(n(households)) (\(n(beneficiaries)) \(es ? "beneficiarios" : "beneficiaries"), \(n(control)) control)"
      ))
    lines.append(row(es ? "Aliados comerciales" : "Buyers", n(buyers)))
    lines.append(
      row(
        es ? "Encuestas" : "Surveys", "\(n(surveys)) (\(n(completeSurveys)) \(es ? "completas" : "complete"))"
      ))
    lines.append(
      row(
        es ? "Acuerdos vigentes / rotos / nuevos" : "Agreements active / ruptured / new",
        "\(agreements.active) / \(agreements.ruptured) / \(agreements.relinked)"))
    lines.append("")
    lines.append(es ? "Por etapa" : "By stage")
    for stage in Stage.allCases {
      lines.append(row("  " + stage.label(language), n(byStage[stage.rawValue] ?? 0)))
    }
    lines.append(es ? "Por estado" : "By status")
    for status in AllianceStatus.allCases {
      lines.append(row("  " + status.label(language), n(byStatus[status.rawValue] ?? 0)))
    }
    lines.append("")
    let mean = idap.mean.map { String(format: "%.1f", $0) } ?? (es ? "sin dato" : "no data")
    lines.append(
      row(
        "IDAP " + (es ? "promedio" : "mean"),
        "\(mean) (\(idap.scored) \(es ? "con puntaje" : "scored"), \(idap.partial) \(es ? "parciales" : "partial"))"
      ))
    lines.append(
      row(
        es ? "  bajo / medio / alto" : "  low / medium / high",
        "\(idap.byBand["bajo"] ?? 0) / \(idap.byBand["medio"] ?? 0) / \(idap.byBand["alto"] ?? 0)"))
    let c = elcsa.byCategory
    lines.append(
      row(
        "ELCSA " + (es ? "segura / leve / moderada / severa" : "secure / mild / moderate / severe"),
        "\(c["secure"] ?? 0) / \(c["mild"] ?? 0) / \(c["moderate"] ?? 0) / \(c["severe"] ?? 0)"))
    lines.append(row(es ? "  incompletas" : "  incomplete", n(c["incomplete"] ?? 0)))
    let score = ppi.meanScore.map { String(format: "%.1f", $0) } ?? "—"
    let rate = ppi.povertyRateNational.map { String(format: "%.1f %%", $0) } ?? "—"
    lines.append(row(es ? "PPI puntaje promedio" : "PPI mean score", score))
    lines.append(row(es ? "  pobreza (línea nacional)" : "  poverty (national line)", rate))
    return lines.joined(separator: "\n")
  }
}
