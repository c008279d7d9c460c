import AlianzasDomain
import Testing

@testable import AlianzasTUI

/// What a field officer types is what is kept: numbers read in the user's language, text composed
/// and never cut, pastes kept whole, complete surveys locked, nothing half-made left behind.
@Suite("Entry a field officer can trust")
struct EntryTrustTests {

  func type(_ s: inout AppState, _ text: String) { for c in text { press(&s, .char(c)) } }

  @Test func numbersAreReadAsTheLanguageWritesThem() {
    let int = FieldKind.integer(min: 0, max: 1_000_000)
    // "12.5" reads as a decimal (in either language): refused, never 125.
    #expect(int.parse("12.5", language: .es) == .failure(.decimalNotAllowed))
    #expect(int.parse("12,5", language: .es) == .failure(.decimalNotAllowed))
    #expect(int.parse("1.5", language: .es) == .failure(.decimalNotAllowed))
    #expect(int.parse("12.34.567", language: .es) == .failure(.misplacedGrouping(group: ".", decimal: ",")))
    #expect(int.parse("1.2.3", language: .es) == .failure(.misplacedGrouping(group: ".", decimal: ",")))
    #expect(int.parse("1.200", language: .es) == .success(.integer(1200)))
    #expect(int.parse("12.5", language: .en) == .failure(.decimalNotAllowed))
    #expect(int.parse("1,200", language: .en) == .success(.integer(1200)))
    #expect(int.parse("12a", language: .es) == .failure(.notANumber))
    let decimal = FieldKind.decimal(min: 0, max: 1e6)
    #expect(decimal.parse("2,5", language: .es) == .success(.decimal(2.5)))
    #expect(decimal.parse("1.234,5", language: .es) == .success(.decimal(1234.5)))
    #expect(decimal.parse("2.5", language: .en) == .success(.decimal(2.5)))
    #expect(decimal.parse("2,5", language: .en) == .failure(.misplacedGrouping(group: ",", decimal: ".")))
    #expect(FieldKind.money.parse("$ 1.235.762.000", language: .es) == .success(.money(Pesos(1_235_762_000))))
    #expect(FieldKind.money.parse("1,235,762,000", language: .en) == .success(.money(Pesos(1_235_762_000))))
    #expect(FieldKind.money.parse("12,50", language: .es) == .failure(.decimalNotAllowed))
    #expect(FieldError.decimalNotAllowed.message(.es).contains("entero"))
    // What a field shows starts an edit that gives the same number back when confirmed.
    #expect(NumberInput.editable("69.7", kind: decimal, language: .es) == "69,7")
    #expect(NumberInput.editable("$ 1.235.762.000", kind: .money, language: .en) == "1235762000")
  }

  @Test func textIsComposedAndPastesStayOnOneLine() {
    let text = FieldKind.text(maxLength: 50, required: true)
    #expect(text.parse("Narin\u{0303}o", language: .es) == .success(.text("Nariño")))
    var f = FormState(fields: [
      FormField(id: .household(.headName), label: "Nombre", kind: text),
      FormField(id: .household(.village), label: "Vereda", kind: text, shown: "La Esperanza"),
    ])
    #expect(f.apply(.edit, language: .es) == .none)
    for c in "Narin" { _ = f.apply(.type(c), language: .es) }
    // The combining tilde arrives as a key of its own; it joins the letter before it.
    let tilde = Character("\u{0303}")
    #expect(tilde.isTypeable)
    _ = f.apply(.type(tilde), language: .es)
    _ = f.apply(.type("o"), language: .es)
    #expect(f.apply(.confirm, language: .es) == .confirmed(id: .household(.headName), value: .text("Nariño")))
    // A two-line paste goes into the field whole, as one line; nothing is confirmed by it.
    #expect(f.apply(.paste("Asociación de\nproductores\r\n"), language: .es) == .none)
    #expect(f.editing && f.draft == "Asociación de productores")
    #expect(f.fields[1].shown == "La Esperanza" && f.focus == 0)
    #expect(PastedText.oneLine("a\tb\u{0007}c\n\nd") == "a bc d")
  }

  @Test func aPasteNeverRunsAsKeys() throws {
    var s = state()
    press(&s, .char("2"), .char("n"))
    let name = try #require(s.editor?.form.fields.firstIndex { $0.id == .kept(.name) })
    s.editor?.form.focus = name
    let before = s.editor?.form.fields.map(\.shown)
    // Not editing: the paste starts editing the focused field and stays in it.
    press(&s, .paste("3\nq"))
    #expect(s.editor?.form.editing == true && !s.shouldQuit)
    #expect(s.editor?.form.draft.hasSuffix("3 q") == true)
    #expect(s.editor?.form.fields.map(\.shown) == before)
  }

  /// A household of a roster with its latest survey complete.
  func completeSurvey() throws -> AppState {
    var s = state(80, 24)
    press(&s, .char("4"))
    let codes = s.data.rosters.values.filter { r in
      r.households.contains { $0.currentSurvey?.status == .complete }
    }.map(\.allianceCode)
    let code = try #require(codes.min())
    s.households.selectedAlliance.id = code
    press(&s, .enter)
    let h = try #require(HouseholdScreen.households(s, code).first { $0.currentSurvey?.status == .complete })
    s.households.selectedHousehold.id = h.id
    press(&s, .enter)
    return s
  }

  @Test func aCompleteSurveyRefusesKeysUntilUnlockedWithAReason() throws {
    var s = try completeSurvey()
    let session = try #require(s.households.survey)
    #expect(session.locked)
    let household = try #require(s.data.household(session.code, session.householdID))
    let elcsa = try #require(session.form.fields.firstIndex { $0.id == .elcsa(1) })
    s.households.survey?.form.focus = elcsa
    #expect(press(&s, .char("s")).isEmpty && press(&s, .char("n")).isEmpty)
    #expect(s.data.household(session.code, session.householdID) == household)
    #expect(s.status?.text.contains("U la desbloquea") == true)
    #expect(screen(s).contains("Encuesta completa: solo lectura"))
    // U asks why; an empty reason is refused; Esc changes nothing.
    press(&s, .char("U"))
    #expect(screen(s).contains("Desbloquear la encuesta completa"))
    press(&s, .enter)
    #expect(screen(s).contains("✗"))
    press(&s, .escape)
    #expect(s.modals.isEmpty && s.households.survey?.locked == true)
    press(&s, .char("U"))
    type(&s, "Error de digitación en la pregunta 1")
    let effects = press(&s, .enter)
    #expect(effects.count == 1)
    let unlocked = try #require(
      s.data.household(session.code, session.householdID)?.surveys.first { $0.id == session.surveyID })
    #expect(unlocked.status == .draft)
    #expect(unlocked.unlocks?.last?.reason == "Error de digitación en la pregunta 1")
    #expect(unlocked.unlocks?.last?.by == "Ana Muñoz")
    // Now answers are taken, and u takes the last one back.
    s.households.survey?.form.focus = elcsa
    let first = unlocked.elcsa[0]
    press(&s, .char(first == .yes ? "n" : "s"))
    #expect(
      s.data.household(session.code, session.householdID)?.surveys.first { $0.id == session.surveyID }?.elcsa[
        0] != first)
    #expect(!press(&s, .char("u")).isEmpty)
    #expect(
      s.data.household(session.code, session.householdID)?.surveys.first { $0.id == session.surveyID }?.elcsa[
        0] == first)
    #expect(s.households.survey?.form.focus == elcsa)
  }

  @Test func enterOnAClosedQuestionShowsEveryOptionAndRecordsNone() throws {
    var s = state(80, 24)
    press(&s, .char("4"), .enter)
    press(&s, .char("+"))
    let session = try #require(s.households.survey)
    let ppi = try #require(session.form.fields.firstIndex { $0.id == .ppi(5) })
    s.households.survey?.form.focus = ppi
    let text = screen(s)
    // The whole question and every option with its key, at 80×24.
    let indicator = instruments.ppi.indicators[4]
    for option in indicator.options {
      #expect(text.contains("\(option.code.lowercased())) "), "option \(option.code)")
    }
    #expect(text.contains("tarifa de energía eléctrica?"))
    #expect(press(&s, .enter).isEmpty)
    guard case .pick(let list) = s.modals.last else { Issue.record("no list"); return }
    #expect(list.options.count == indicator.options.count)
    #expect(s.households.survey?.surveyID == nil, "Enter recorded nothing")
    press(&s, .escape)
    #expect(s.modals.isEmpty && s.households.survey?.surveyID == nil)
  }

  @Test func escOnANewHouseholdLeavesNothing() throws {
    var s = state(80, 24)
    press(&s, .char("4"), .enter)
    let code = try #require(s.households.roster)
    let before = s.data.rosters[code]
    let totals = s.data.engine.totals
    press(&s, .char("n"))
    // Group toggled and a village typed: nothing exists yet.
    #expect(press(&s, .enter, .down, .enter).isEmpty)
    press(&s, .down, .down, .enter)
    type(&s, "La Esperanza")
    #expect(press(&s, .enter).isEmpty)
    #expect(s.status?.text.contains("El hogar se crea al confirmar") == true)
    press(&s, .escape)
    #expect(s.editor == nil && s.data.rosters[code] == before && s.data.engine.totals == totals)
    #expect(s.unsaved.isEmpty)
    // With name and members confirmed it exists, with what was typed before them.
    press(&s, .char("n"), .down, .enter)
    type(&s, "Rosa Quiñones")
    press(&s, .enter, .down, .down, .enter)
    type(&s, "La Esperanza")
    press(&s, .enter, .down, .enter)
    type(&s, "4")
    let effects = press(&s, .enter)
    guard case .saveRoster(let roster)? = effects.first else {
      Issue.record("not created: \(s.status?.text ?? "")"); return
    }
    let made = try #require(roster.households.last)
    #expect(made.headName == "Rosa Quiñones" && made.village == "La Esperanza" && made.members == 4)
    #expect(roster.households.count == (before?.households.count ?? 0) + 1)
  }

  @Test func anArchivedHouseholdLeavesTotalsAndComesBack() throws {
    var s = state(80, 24)
    press(&s, .char("4"), .enter)
    let code = try #require(s.households.roster)
    let h = try #require(HouseholdScreen.selectedHousehold(s))
    let households = s.data.engine.totals.households.households
    press(&s, .char("X"))
    type(&s, "Familia registrada dos veces")
    #expect(!press(&s, .enter).isEmpty)
    #expect(s.data.household(code, h.id)?.archived?.reason == "Familia registrada dos veces")
    #expect(s.data.engine.totals.households.households == households - 1)
    #expect(!HouseholdScreen.households(s, code).contains { $0.id == h.id })
    press(&s, .char("A"))
    #expect(HouseholdScreen.households(s, code).map(\.id) == [h.id])
    #expect(!press(&s, .char("R")).isEmpty)
    #expect(s.data.household(code, h.id)?.archived == nil)
    #expect(s.data.engine.totals.households.households == households)
  }

  @Test func searchesReadPlacesWholeAndTypingNeverSwitchesScreens() throws {
    var s = state(80, 24)
    press(&s, .char("2"), .char("/"))
    type(&s, "leche cauca")
    let rows = s.alliances.list.rows(s.data)
    let milkInCauca = s.data.alliances.values.filter {
      $0.product == "leche" && s.data.reference.department(code: $0.departmentCode)?.name == "Cauca"
    }
    #expect(Set(rows.map(\.code)) == Set(milkInCauca.map(\.code)))
    // On the panel, "/" searches everything: a code typed after it stays in the search.
    var p = state(80, 24)
    press(&p, .char("/"))
    // The rosters are loaded by the runtime first; here they already are.
    _ = reduce(&p, .openFind)
    type(&p, "AMA-2013-001")
    #expect(p.screen == .panel)
    let document = try #require(
      p.data.rosters.values.flatMap(\.households).first { !$0.documentNumber.isEmpty })
    var q = state(80, 24)
    _ = reduce(&q, .openFind)
    type(&q, document.documentNumber)
    press(&q, .enter)
    #expect(q.screen == .households && q.households.selectedHousehold.id == document.id)
    #expect(HouseholdScreen.selectedHousehold(q)?.id == document.id)
  }

  @Test func aPlausibilityWarningIsShownAndItsConfirmationRecorded() throws {
    var s = state(80, 24)
    let a = try #require(
      s.data.alliances.values.filter { $0.organization.initialMembers > 10 }.min { $0.code < $1.code })
    _ = reduce(&s, .alliances(.open(a.code)))
    _ = reduce(&s, .openEditor(.general(code: a.code)))
    let members = try #require(s.editor?.form.fields.firstIndex { $0.id == .alliance("op.members") })
    s.editor?.form.focus = members
    press(&s, .enter, .ctrl("u"))
    type(&s, "\(a.organization.initialMembers + 50)")
    let saved = press(&s, .enter)
    #expect(!saved.isEmpty, "a warning does not stop the save")
    #expect(s.editor?.form.fields[members].warning?.contains("más que las iniciales") == true)
    #expect(screen(s).contains("⚠"))
    let effects = press(&s, .char("!"))
    guard case .saveAlliance(let confirmed)? = effects.first else { Issue.record("not recorded"); return }
    #expect(confirmed.plausibilityConfirmed?.last?.rule == .familiesAboveMembers)
    #expect(confirmed.plausibilityConfirmed?.last?.by == "Ana Muñoz")
    #expect(s.editor?.form.fields[members].warning == nil)
    #expect(confirmed.openWarnings(reference.plausibility).isEmpty)
  }

  @Test func theOfficerIsAskedOnceAndSignsChanges() {
    var s = state()
    _ = reduce(&s, .officerNamed("Luz Mery Ortiz"))
    guard case .prompt(let prompt) = s.modals.last else { Issue.record("no question"); return }
    #expect(prompt.submit == .officerOrganization(name: "Luz Mery Ortiz"))
    type(&s, "Fundación Agro")
    let effects = press(&s, .enter)
    #expect(effects == [.saveOfficer(OfficerProfile(name: "Luz Mery Ortiz", organization: "Fundación Agro"))])
    #expect(s.data.officer == "Luz Mery Ortiz" && s.author.officer == "Luz Mery Ortiz")
    #expect(screen(s).contains("Luz Mery Ortiz"))
  }
}

/// Histories name coded values by their label and give times on the user's clock.
@Suite("History words")
struct HistoryWordsTests {
  @Test func codedValuesReadAsLabelsAndTimesAreLocal() {
    let entry = HistoryEntry(
      at: Timestamp(day: Day(iso: "2014-06-30")!, hour: 15, minute: 4), external: false, officer: "Ana",
      device: "pc",
      place: RecordPlace(code: "ANT-2012-001", steps: [.field("visits"), .record("v1"), .field("kind")]),
      old: .text("socioEmpresarial"), new: .text("comercial"))
    let es = entry.line(.es, offset: -5 * 3600)
    #expect(es.hasPrefix("2014-06-30 10:04"))
    #expect(es.contains("Socio-empresarial → Comercial"))
    #expect(entry.line(.en).contains("Socio-business → Commercial"))
  }
}
