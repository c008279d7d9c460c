/// Builds the households of one demo alliance and their surveys. Answers come from latent
/// traits (wealth, food insecurity) that beneficiaries, long-tenure and trained households have
/// better, so the group comparisons show differences of the size the study reports.
struct DemoHouseholdBuilder {
  let alliance: Alliance
  let instruments: Instruments
  let reference: ReferenceData
  let asOf: Day
  /// The study sample of this alliance's households, nil when it is surveyed for monitoring only.
  let sample: SurveySample?
  let executionStart: Day?
  var rng: SeededGenerator

  /// Severity of ELCSA items 1–15 on a logistic scale (adult items first, then minors').
  private let itemSeverity: [Double] = [
    -1.6, -0.6, -0.9, -0.7, 0.4, 0.2, 0.9, 1.5, -0.4, -0.2, 0.8, 0.6, 0.9, 1.4, 1.9,
  ]

  mutating func build() -> HouseholdRoster {
    var households: [Household] = []
    let beneficiaries = alliance.organization.members
    let surveyShare = sample != nil ? 1.0 : (executionStart == nil ? 0 : 0.22)
    for n in 0..<beneficiaries {
      households.append(household(number: n + 1, group: .beneficiary, surveyed: rng.chance(surveyShare)))
    }
    // The impact evaluation's controls: non-participant households near the alliance [S0].
    if sample == .impact {
      for n in 0..<DemoPlan.controlsPerImpactAlliance {
        households.append(household(number: beneficiaries + n + 1, group: .control, surveyed: true))
      }
    }
    for i in households.indices { settle(&households[i], after: households[..<i]) }
    return HouseholdRoster(allianceCode: alliance.code, households: households)
  }

  /// Names drawn from pools sometimes give two heads nearly the same name in one village, which
  /// the duplicate check rightly questions: such a household lives in the next village of the pool
  /// instead (no draw, so the rest of the demo stays as it was).
  private func settle(_ h: inout Household, after earlier: ArraySlice<Household>) {
    let villages = reference.names.villages
    let name = h.headName.folded
    func clashes(_ village: String) -> Bool {
      earlier.contains {
        $0.village.folded == village.folded && Robust.editDistance($0.headName.folded, name, atMost: 2) <= 2
      }
    }
    guard clashes(h.village), let start = villages.firstIndex(of: h.village) else { return }
    for step in 1..<villages.count where !clashes(villages[(start + step) % villages.count]) {
      h.village = villages[(start + step) % villages.count]
      return
    }
  }

  private mutating func household(number: Int, group: HouseholdGroup, surveyed: Bool) -> Household {
    let names = reference.names
    let members = min(12, max(1, Int(rng.normal(mean: 4.1, sd: 1.6).rounded())))
    let minors = members > 1 ? rng.int(0...min(members - 1, 5)) : 0
    var vulnerability: [VulnerableGroup] = []
    let op = alliance.organization
    let m = Double(max(op.members, 1))
    if rng.chance(Double(op.displacedMembers) / m) { vulnerability.append(.displaced) }
    if rng.chance(Double(op.afroColombianMembers) / m) { vulnerability.append(.afroColombian) }
    if rng.chance(Double(op.indigenousMembers) / m) { vulnerability.append(.indigenous) }
    let trained = group == .beneficiary && rng.chance(0.72)
    var joined: Day?
    if group == .beneficiary, let start = executionStart {
      // Most joined when execution began; replacements later.
      joined = rng.chance(0.85) ? start : min(asOf, start.adding(days: rng.int(60...900)))
    }
    let officer = alliance.stamp.officer
    let id = "\(alliance.id)-h\(threeDigits(number))"
    var household = Household(
      id: id,
      stamp: RecordStamp(device: "demo", officer: officer, at: Timestamp(day: joined ?? asOf, hour: 10)),
      code: "\(alliance.code)-H\(threeDigits(number))", group: group,
      headName: "\(rng.pick(names.givenNames)) \(rng.pick(names.surnames)) \(rng.pick(names.surnames))",
      documentNumber: String(rng.int(10_000_000...1_199_999_999)), village: rng.pick(names.villages),
      members: members, minors: minors, vulnerability: vulnerability.sorted(), trained: trained,
      joined: joined)
    if surveyed {
      household.surveys = [survey(for: household)]
    }
    // The titular's authorization, taken by the alliance's officer at the first contact (joining
    // or the first survey); sensitive data covered where the family declared any. Drawn from no
    // random number, so the rest of the demo stays as calibrated.
    let first = ([joined] + household.surveys.map(\.date)).compactMap { $0 }.min() ?? asOf
    household.authorization = Authorization(
      date: first, officer: officer, means: .written,
      scope: [.surveys, .research] + (vulnerability.isEmpty ? [] : [.sensitiveData]))
    return household
  }

  private mutating func survey(for h: Household) -> Survey {
    let tenure = h.yearsInAlliance(on: asOf) ?? 0
    let beneficiary = h.group == .beneficiary
    // Latent wealth drives the PPI answers: participation adds about two points [S0], mostly
    // through the years in the alliance and the training.
    let wealth =
      rng.normal(sd: 1) + (tenure > 3 ? 0.06 : 0) + (h.trained ? 0.05 : 0)
      - (h.vulnerability.isEmpty ? 0 : 0.35)
    // Food insecurity: lower with more than three years in the alliance (+10.2 points of food
    // security [S0]), which is where the beneficiaries' +10 points against the controls come from.
    let insecurity =
      -0.3 - 0.7 * wealth + rng.normal(sd: 0.6) - (tenure > 3 ? 0.72 : 0)
    let date = max(h.joined ?? asOf.adding(days: -300), asOf.adding(days: -rng.int(20...300)))
    var survey = Survey(
      id: "\(h.id)-s1",
      stamp: RecordStamp(device: "demo", officer: alliance.stamp.officer, at: Timestamp(day: date, hour: 14)),
      date: date, enumerator: alliance.stamp.officer, hasMinors: h.minors > 0)
    let items = h.minors > 0 ? 15 : 8
    for i in 0..<items {
      let p = 1 / (1 + _exp(-(insecurity - itemSeverity[i]) * 1.7))
      survey.elcsa[i] = rng.chance(p) ? .yes : .no
    }
    for (i, indicator) in instruments.ppi.indicators.enumerated() {
      // Richer households tend to the higher-point options.
      let count = indicator.options.count
      let sorted = indicator.options.sorted { $0.points < $1.points }
      let position = 1 / (1 + _exp(-(wealth * 1.2 + rng.normal(sd: 1.0) - 0.9)))
      let pick = min(count - 1, max(0, Int(position * Double(count))))
      survey.ppi[i] = sorted[i == 0 ? max(0, count - 1 - min(h.minors, count - 1)) : pick].code
    }
    // Yearly incomes with the study's effect sizes: training raises product income by ~120 % and
    // total income by ~33 %; more than 3 years raises product income by ~45 %; beneficiaries earn
    // roughly half again what control households earn from the product [S0].
    let base = 9_000_000 * _exp(0.35 * rng.normal(sd: 1) + 0.2 * wealth)
    var product = base * 0.21 * rng.double(0.8, 1.2)
    if beneficiary {
      product *= (tenure > 3 ? 1.40 : 1) * (h.trained ? 2.2 : 1)
    } else {
      product *= 1.55
    }
    let total = base * 0.7 + product
    survey.incomeTotal = Pesos(Int64(total / 1000) * 1000)
    survey.incomeFromProduct = Pesos(Int64(product / 1000) * 1000)
    survey.status = .complete
    // A few surveys were left as drafts with "No sabe"/"No responde" answers.
    survey.sample = sample
    if sample == nil && rng.chance(0.04) {
      survey.status = .draft
      survey.elcsa[rng.int(0...items - 1)] = rng.chance(0.5) ? .dontKnow : .refused
      if rng.chance(0.5) { survey.ppi[rng.int(0...9)] = nil }
    }
    // Drawn independently, the ten PPI answers can all be the first option and every ELCSA answer
    // alike, which no real household gives and the quality check questions: the last indicator
    // then takes its next option.
    let ppiAnswers = Set(survey.ppi.compactMap { $0 }), elcsaAnswers = Set(survey.elcsa.compactMap { $0 })
    if ppiAnswers.count == 1, elcsaAnswers.count <= 1, let last = instruments.ppi.indicators.last,
      let code = survey.ppi.last ?? nil, let i = last.options.firstIndex(where: { $0.code == code }),
      last.options.count > 1
    {
      survey.ppi[survey.ppi.count - 1] = last.options[(i + 1) % last.options.count].code
    }
    stopwatch(&survey)
    return survey
  }

  /// The survey's clock: begun at two in the afternoon and completed 25 to 70 seconds an answer
  /// later, except one survey in about seventy rushed through at 1.5 to 3.5 seconds an answer, for
  /// the quality check to find. Drawn from a generator of its own so that adding the clock left
  /// every other figure of the demo as it was.
  private func stopwatch(_ survey: inout Survey) {
    var peek = rng
    var clock = SeededGenerator(seed: peek.next() ^ 0x5EED_C10C_0000_0001)
    let start = Timestamp(day: survey.date, hour: 14)
    survey.startedAt = start
    guard survey.status == .complete else { return }
    let answers = survey.elcsa.count { $0 != nil } + survey.ppi.count { $0 != nil }
    let perAnswer = clock.chance(1.0 / 70) ? clock.double(1.5, 3.5) : clock.double(25, 70)
    survey.completedAt = Timestamp(
      secondsSinceEpoch: start.secondsSinceEpoch + Int64((Double(answers) * perAnswer).rounded()))
  }
}
