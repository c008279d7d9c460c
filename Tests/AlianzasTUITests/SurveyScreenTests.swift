import AlianzasDomain
import Testing

@testable import AlianzasTUI

@Suite("Household survey screens")
struct SurveyScreenTests {

  /// The roster of a study alliance, with a household that has minors selected.
  func roster(_ w: Int = 80, _ h: Int = 24) throws -> AppState {
    var s = state(w, h)
    press(&s, .char("4"))
    let code = try #require(
      s.data.rosters.values.filter { $0.households.contains { $0.group == .control } }.map(\.allianceCode)
        .min())
    let index = try #require(HouseholdScreen.allianceRows(s).firstIndex(of: code))
    for _ in 0..<index { press(&s, .down) }
    press(&s, .enter)
    #expect(s.households.roster == code)
    let households = HouseholdScreen.households(s, code)
    let withMinors = try #require(households.firstIndex { $0.minors > 0 && $0.group == .beneficiary })
    for _ in 0..<withMinors { press(&s, .down) }
    return s
  }

  @Test func theRosterExportsTheHouseholdsItShows() throws {
    var s = try roster(80, 24)
    let code = try #require(s.households.roster)
    let shown = HouseholdScreen.households(s, code).map(\.code)
    press(&s, .char("E"))
    #expect(screen(s).contains("Exportar \(shown.count) hogares como"))
    press(&s, .down, .enter)  // CSV for Excel
    let effects = press(&s, .enter)
    guard case .export(let request)? = effects.first else {
      Issue.record("no export: \(effects)")
      return
    }
    #expect(request.table == "households" && request.scope == code && request.kind == .csv)
    #expect(request.codes == shown)
    #expect(request.path.hasSuffix("/households-\(code)-2014-06-30.csv"), "\(request.path)")
  }

  @Test func theCategoryFollowsEveryAnswer() throws {
    var s = try roster(120, 40)
    press(&s, .char("+"))
    let session = try #require(s.households.survey)
    #expect(session.surveyID == nil, "a new round starts empty")
    let screener = try #require(session.form.fields.firstIndex { $0.id == .survey(.screener) })
    s.households.survey?.form.focus = screener
    press(&s, .char("s"))
    // Six "Sí" and nine "No", one key each: the focus moves on by itself.
    for _ in 0..<6 { press(&s, .char("s")) }
    for _ in 0..<9 { press(&s, .char("n")) }
    #expect(screen(s).contains("Inseguridad alimentaria moderada"))
    #expect(screen(s).contains("Respuestas «Sí» 6/15"))
    // One "Sí" becomes "No": mild, on the same keystroke.
    s.households.survey?.form.focus = screener + 1
    press(&s, .char("n"))
    #expect(screen(s).contains("Inseguridad alimentaria leve"))
    #expect(!screen(s).contains("moderada"))
    // A "No sabe" leaves it incomplete, with the range it could fall in.
    // Five "Sí" and a "No sabe": 5 (mild) if it were No, 6 (moderate) if it were Sí.
    s.households.survey?.form.focus = screener + 7
    press(&s, .char("x"))
    let text = screen(s)
    #expect(text.contains("Incompleta: sin categoría todavía"))
    #expect(text.contains("Entre Inseg. leve y Inseg. moderada"))
    #expect(text.contains("No sabe / No responde en: 7"))
    // Every answer went to disk as it was given.
    let code = try #require(s.households.roster)
    let saved = try #require(s.data.household(code, s.households.survey!.householdID)?.surveys.last)
    #expect(saved.elcsa[6] == .dontKnow && saved.elcsa[0] == .no && saved.status == .draft)
  }

  @Test func withoutMinorsTheirBlockIsSkipped() throws {
    var s = try roster(120, 40)
    press(&s, .char("+"))
    let screener = try #require(s.households.survey?.form.fields.firstIndex { $0.id == .survey(.screener) })
    s.households.survey?.form.focus = screener
    press(&s, .char("n"))
    let nine = try #require(s.households.survey?.form.fields.first { $0.id == .elcsa(9) })
    #expect(nine.disabledReason == "se omite: no hay menores de 18 años")
    for _ in 0..<8 { press(&s, .char("s")) }
    #expect(s.households.survey?.form.focused?.id == .ppi(1), "after item 8 the form jumps to the PPI")
    #expect(screen(s).contains("Respuestas «Sí» 8/8"))
    #expect(screen(s).contains("Inseguridad alimentaria severa"))
  }

  /// A new round set against the household's previous survey as it is answered: the yes answers
  /// of the ELCSA and the PPI score, each with the earlier value.
  @Test func aNewRoundIsSetAgainstThePreviousSurvey() throws {
    var s = try roster(120, 40)
    let code = try #require(s.households.roster)
    let h = HouseholdScreen.households(s, code)[
      s.households.selectedHousehold.index(in: HouseholdScreen.households(s, code).map(\.id))]
    let before = try #require(h.surveys.max { $0.date < $1.date })
    press(&s, .char("+"))
    let first = try #require(s.households.survey?.form.fields.firstIndex { $0.id == .ppi(1) })
    s.households.survey?.form.focus = first
    for key in ["c", "b", "b", "a", "a", "b", "a", "b", "a", "b"] { press(&s, .char(Character(key))) }
    let text = screen(s)
    let earlier = try #require(instruments.ppi.score(answers: before.ppi).score)
    #expect(text.contains("Frente al \(before.date.iso): \(earlier)→31"), "\(text)")
  }

  /// The survey's clock starts at the first answer (not when the form opens) and stops when it is
  /// completed: what the quality check for surveys answered too fast reads.
  @Test func theClockStartsAtTheFirstAnswerAndStopsAtCompletion() throws {
    var s = try roster(120, 40)
    let code = try #require(s.households.roster)
    let opened = s.now
    press(&s, .char("+"))
    _ = reduce(&s, .clock(Timestamp(secondsSinceEpoch: opened.secondsSinceEpoch + 300)))
    let screener = try #require(s.households.survey?.form.fields.firstIndex { $0.id == .survey(.screener) })
    s.households.survey?.form.focus = screener
    press(&s, .char("n"))
    for _ in 0..<8 { press(&s, .char("s")) }
    for key in ["c", "b", "b", "a", "a", "b", "a", "b", "a", "b"] { press(&s, .char(Character(key))) }
    let id = try #require(s.households.survey?.surveyID)
    _ = reduce(&s, .clock(Timestamp(secondsSinceEpoch: opened.secondsSinceEpoch + 300 + 754)))
    let submit = try #require(s.households.survey?.form.fields.firstIndex { $0.id == .submit })
    s.households.survey?.form.focus = submit
    press(&s, .enter)
    let survey = try #require(
      s.data.rosters[code]?.households.lazy.flatMap(\.surveys).first { $0.id == id })
    #expect(survey.status == .complete)
    #expect(
      survey.startedAt?.secondsSinceEpoch == opened.secondsSinceEpoch + 300,
      "the first answer, not the opening")
    #expect(survey.completedAt?.secondsSinceEpoch == opened.secondsSinceEpoch + 1_054)
  }

  /// Ley 1581: no survey is completed without the titular's authorization, given before it.
  @Test func completingNeedsTheTitularsAuthorizationFirst() throws {
    var s = try roster(120, 40)
    let code = try #require(s.households.roster)
    press(&s, .char("+"))
    let householdID = try #require(s.households.survey?.householdID)
    let screener = try #require(s.households.survey?.form.fields.firstIndex { $0.id == .survey(.screener) })
    s.households.survey?.form.focus = screener
    press(&s, .char("n"))
    for _ in 0..<8 { press(&s, .char("s")) }
    for key in ["c", "b", "b", "a", "a", "b", "a", "b", "a", "b"] { press(&s, .char(Character(key))) }
    let surveyID = try #require(s.households.survey?.surveyID)
    func setAuthorization(_ authorization: Authorization?) throws {
      var h = try #require(s.data.household(code, householdID))
      h.authorization = authorization
      s.data.workspace.edit(h, alliance: code)
    }
    func submit() throws -> Survey {
      let at = try #require(s.households.survey?.form.fields.firstIndex { $0.id == .submit })
      s.households.survey?.form.focus = at
      press(&s, .enter)
      return try #require(s.data.household(code, householdID)?.surveys.first { $0.id == surveyID })
    }
    try setAuthorization(nil)
    #expect(try submit().status == .draft)
    #expect(s.status?.text.contains("falta la autorización del titular") == true, "\(s.status?.text ?? "")")
    try setAuthorization(Authorization(date: s.data.today.adding(days: 1), officer: "x"))
    #expect(try submit().status == .draft)
    try setAuthorization(Authorization(date: s.data.today, officer: "x", scope: [.research]))
    #expect(try submit().status == .draft)
    #expect(s.status?.text.contains("no cubre las encuestas") == true)
    try setAuthorization(Authorization(date: s.data.today, officer: "x"))
    #expect(try submit().status == .complete)
  }

  /// Ethnic origin and displacement are taken only under an authorization that covers them.
  @Test func sensitiveFactsNeedTheirAuthorization() throws {
    var s = try roster(120, 40)
    let code = try #require(s.households.roster)
    let household = try #require(HouseholdScreen.households(s, code).first { $0.vulnerability.isEmpty })
    var h = household
    h.authorization = Authorization(date: s.data.today, officer: "x")
    s.data.workspace.edit(h, alliance: code)
    s.editor = HouseholdEditor.open(s, code: code, householdID: h.id)
    let effects = HouseholdEditor.apply(.vulnerable(.displaced), .choice("yes"), code, h.id, &s)
    #expect(effects.isEmpty)
    #expect(s.data.household(code, h.id)?.vulnerability == [])
    _ = HouseholdEditor.apply(.household(.consentSensitive), .choice("yes"), code, h.id, &s)
    #expect(s.data.household(code, h.id)?.authorizesSensitive == true)
    _ = HouseholdEditor.apply(.vulnerable(.displaced), .choice("yes"), code, h.id, &s)
    #expect(s.data.household(code, h.id)?.vulnerability == [.displaced])
  }

  @Test func thePPIPanelShowsTheLookUp() throws {
    var s = try roster(120, 40)
    press(&s, .char("+"))
    let first = try #require(s.households.survey?.form.fields.firstIndex { $0.id == .ppi(1) })
    s.households.survey?.form.focus = first
    #expect(screen(s).contains("faltan 10 indicadores"))
    for key in ["c", "b", "b", "a", "a", "b", "a", "b", "a", "b"] { press(&s, .char(Character(key))) }
    let text = screen(s)
    #expect(text.contains("Puntaje PPI 31 (30–34)"))
    #expect(text.contains("Probabilidad de pobreza 60,9 %"))
    press(&s, .char("L"))
    #expect(screen(s).contains("150 % de la línea nacional"), "L moves to the next line")
    #expect(screen(s).contains("Probabilidad de pobreza 81,9 %"))
  }

  @Test func completingNeedsEveryAnswerAndReopeningResumes() throws {
    var s = try roster()
    press(&s, .char("+"))
    let screener = try #require(s.households.survey?.form.fields.firstIndex { $0.id == .survey(.screener) })
    s.households.survey?.form.focus = screener
    press(&s, .char("s"), .char("s"), .char("n"))
    let householdID = try #require(s.households.survey?.householdID)
    let last = s.households.survey!.form.fields.count - 1
    s.households.survey?.form.focus = last
    press(&s, .enter)
    #expect(s.status?.text.hasPrefix("Todavía no se puede marcar completa; falta: ELCSA 3") == true)
    press(&s, .escape)
    #expect(s.households.survey == nil)
    // Reopening finds the draft and lands on the first unanswered question.
    press(&s, .enter)
    #expect(s.households.survey?.householdID == householdID)
    #expect(s.households.survey?.form.focused?.id == .elcsa(3))
    #expect(s.households.survey?.form.fields.first { $0.id == .elcsa(1) }?.shown == "Sí")
    #expect(s.households.survey?.form.fields.first { $0.id == .elcsa(2) }?.shown == "No")
  }

  @Test func productIncomeAboveTotalIsRefused() throws {
    var s = try roster()
    press(&s, .char("+"))
    let total = try #require(s.households.survey?.form.fields.firstIndex { $0.id == .survey(.incomeTotal) })
    s.households.survey?.form.focus = total
    press(&s, .enter)
    for c in "1000000" { press(&s, .char(c)) }
    press(&s, .enter, .down, .enter)
    for c in "2000000" { press(&s, .char(c)) }
    #expect(press(&s, .enter).isEmpty)
    #expect(s.households.survey?.form.fields[total + 1].error == "supera el ingreso total")
  }

  /// `d` switches the comparisons between the study's design and every survey, and the screen
  /// says which one it shows.
  @Test func comparisonsSayTheirDesignAndSwitch() throws {
    var s = try roster()
    press(&s, .escape, .escape, .right)
    let study = RootView.render(s).lines.joined(separator: "\n")
    #expect(study.contains("Diseño del estudio: impacto en sus 2 alianzas frente a sus controles"))
    press(&s, .char("d"))
    #expect(s.households.comparisonDesign == .all)
    let every = RootView.render(s).lines.joined(separator: "\n")
    #expect(every.contains("Todas las encuestas completas, las de seguimiento incluidas"))
    let n = { (s: AppState) in
      s.households.comparisons?.result(s.households.comparison, s.households.comparisonDesign)?.n
    }
    let all = try #require(n(s))
    press(&s, .char("d"))
    let studyN = try #require(n(s))
    #expect(studyN[1] == all[1] && studyN[0] < all[0], "study \(studyN), every survey \(all)")
    // The food-security line keeps its interval whole at 80 columns, in both languages, on the
    // grouping with the longest figures.
    press(&s, .char("g"))
    for language in [Language.es, .en] {
      s.language = language
      let line = try #require(RootView.render(s).lines.first { $0.contains(" pp (") })
      let inside = line.split(separator: "│").first { $0.contains(" pp (") } ?? ""
      #expect(inside.trimmingCharacters(in: .whitespaces).hasSuffix(")"), "\(line)")
    }
  }

  /// Without the study's surveys there is no study design: `d` says so instead of showing empty
  /// groups.
  @Test func designKeyIsDisabledWithoutTheStudysSurveys() throws {
    var s = try roster()
    press(&s, .escape, .escape, .right)
    func designKey(_ s: AppState) -> Binding? {
      HouseholdScreen.bindings(s).first { $0.keys == [.char("d")] }
    }
    #expect(designKey(s)?.disabledReason == nil)
    // A store whose surveys are all monitoring prefers every survey (SurveyDesignTests).
    s.households.comparisons?.preferred = .all
    #expect(designKey(s)?.disabledReason?.es.contains("no tiene encuestas del estudio") == true)
    #expect(s.households.comparisons?.result(.beneficiary, nil)?.design == .all)
    press(&s, .char("d"))
    #expect(s.households.comparisonDesign == nil, "a disabled key changes nothing")
  }

  @Test func snapshots() throws {
    for (w, h) in [(80, 24), (120, 40)] {
      var s = try roster(w, h)
      expectSnapshot(RootView.render(s), "households-roster-\(w)x\(h)")
      press(&s, .enter)
      expectSnapshot(RootView.render(s), "households-survey-\(w)x\(h)")
      press(&s, .escape, .escape, .right)
      expectSnapshot(RootView.render(s), "households-comparisons-\(w)x\(h)")
    }
  }
}
