import AlianzasDomain
import Testing

@testable import AlianzasTUI

@Suite("Alliance lifecycle screens")
struct AllianceScreenTests {
  func listState(_ w: Int = 80, _ h: Int = 24) -> AppState {
    var s = state(w, h)
    press(&s, .char("2"))
    return s
  }

  func type(_ s: inout AppState, _ text: String) { for c in text { press(&s, .char(c)) } }

  /// Opens the alliance `code` from the list by searching for it.
  func open(_ code: String, _ s: inout AppState) {
    press(&s, .char("/"))
    type(&s, code)
    press(&s, .enter, .enter)
    #expect(s.alliances.detail?.code == code)
  }

  @Test func searchFilterAndSort() throws {
    var s = listState()
    let all = s.alliances.list.rows(s.data).count
    #expect(screen(s).contains("Alianzas: \(all) de \(all)"))
    press(&s, .char("/"))
    type(&s, "narino")
    let found = s.alliances.list.rows(s.data)
    #expect(
      !found.isEmpty
        && found.allSatisfy { $0.name.contains("Nariño") || $0.code.lowercased().contains("narino") })
    press(&s, .escape)
    #expect(s.alliances.list.search.text.isEmpty)
    // Filter by department through the pick lists.
    press(&s, .char("f"))
    guard case .pick(let dims) = s.modals.last else { Issue.record("no pick list"); return }
    #expect(dims.options.map(\.action) == FilterDimension.allCases.map { .alliances(.pickFilterValue($0)) })
    press(&s, .enter)  // department
    guard case .pick(let departments) = s.modals.last else {
      Issue.record("no department list"); return
    }
    // Typing filters the list, accents ignored: "boya" leaves Boyacá alone.
    type(&s, "boya")
    guard case .pick(let filtered) = s.modals.last else { Issue.record("no department list"); return }
    #expect(filtered.visible.map { filtered.options[$0].label } == ["Boyacá"])
    #expect(departments.options.count > 20)
    #expect(screen(s).contains("1 de \(departments.options.count)"))
    press(&s, .enter)
    let rows = s.alliances.list.rows(s.data)
    #expect(!rows.isEmpty && rows.allSatisfy { $0.departmentCode == "15" })
    #expect(screen(s).contains("Alianzas: \(rows.count) de \(all) · Boyacá"))
    press(&s, .char("x"))
    #expect(s.alliances.list.filters.isEmpty)
    // Sort by IDAP, highest first.
    press(&s, .char("s"))
    for _ in 0..<(AllianceColumn.idap.rawValue - AllianceColumn.code.rawValue) { press(&s, .down) }
    press(&s, .enter, .char("r"))
    let sorted = s.alliances.list.rows(s.data).compactMap(\.idap)
    #expect(sorted == sorted.sorted(by: >))
    #expect(screen(s).contains("IDAP ▼"))
  }

  @Test func listAndTabsSnapshots() {
    for (w, h) in [(80, 24), (120, 40)] {
      var s = listState(w, h)
      expectSnapshot(RootView.render(s), "alliances-list-\(w)x\(h)")
      open("ANT-2012-001", &s)
      for tab in ["summary", "lifecycle", "visits", "finance"] {
        expectSnapshot(RootView.render(s), "alliance-\(tab)-\(w)x\(h)")
        press(&s, .right)
      }
    }
  }

  @Test func exportWritesWhatTheListShows() throws {
    var s = listState()
    press(&s, .char("f"), .enter)
    type(&s, "Antioquia")
    press(&s, .enter)
    let shown = AllianceFeature.rowIDs(s)
    #expect(!shown.isEmpty && shown.allSatisfy { $0.hasPrefix("ANT-") })
    press(&s, .char("E"))
    #expect(screen(s).contains("Exportar \(shown.count) alianzas como"))
    press(&s, .enter)  // Excel
    #expect(screen(s).contains("Exportar lo que se ve"))
    let effects = press(&s, .enter)
    guard case .export(let request)? = effects.first else {
      Issue.record("no export: \(effects)")
      return
    }
    #expect(request.codes == shown, "the rows shown, in their order")
    #expect(request.path.hasSuffix("/alliances-2014-06-30.xlsx"), "\(request.path)")
    #expect(request.kind == .xlsx && request.table == "alliances" && request.path.hasSuffix(".xlsx"))
    _ = reduce(&s, .exported(table: "alliances", path: request.path, rows: shown.count))
    #expect(screen(s).contains("Exportación lista: \(shown.count) alianzas en"))
  }

  @Test func aRefusedStepShowsItsReason() throws {
    var s = listState()
    open("ANT-2012-001", &s)
    var a = try #require(s.data.alliances["ANT-2012-001"])
    a.stage = .fondoRotatorio
    a.stageHistory.append(
      StageEvent(
        stage: .fondoRotatorio, date: Day(iso: "2014-01-01")!, officer: "x", note: "", recordedAt: s.now))
    a.milestones.finalReport = nil
    s.data.workspace.loaded(a)
    press(&s, .right)  // lifecycle
    #expect(screen(s).contains("✗ El informe final"))
    press(&s, .char("a"))
    #expect(s.editor == nil)
    #expect(RootView.render(s).lines[23].contains("no puede pasar a Cierre: falta el informe final"))
    // Record the missing document, then the step goes through.
    press(&s, .char("m"))
    let index = try #require(s.editor?.form.fields.firstIndex { $0.id == .alliance("m.finalReport") })
    s.editor?.form.focus = index
    press(&s, .enter)
    type(&s, "2014-05-02")
    let effects = press(&s, .enter)
    #expect(effects.count == 1)
    press(&s, .escape, .char("a"))
    #expect(s.editor != nil)
    press(&s, .down, .down, .down, .enter)
    #expect(s.data.alliances["ANT-2012-001"]?.stage == .cierre)
    #expect(RootView.render(s).lines[23].contains("Etapa registrada: Cierre"))
  }

  @Test func aDeliveryChangesTheIDAPOnScreen() throws {
    var s = listState()
    open("ANT-2012-001", &s)
    let before = try #require(s.data.engine.figures["ANT-2012-001"]?.idap)
    #expect(RootView.render(s).lines[2].contains("IDAP \(Format.decimal(before, .es))"))
    press(&s, .right, .right, .char("n"))
    let kg = try #require(s.editor?.form.fields.firstIndex { $0.id == .visit(.kg) })
    s.editor?.form.focus = kg
    press(&s, .enter)
    type(&s, "90000")
    let effects = press(&s, .enter)
    guard case .saveAlliance(let saved)? = effects.first else {
      Issue.record("the delivery was not saved: \(effects)")
      return
    }
    #expect(saved.visits.last?.deliveries.first?.kg == 90000)
    let after = try #require(s.data.engine.figures["ANT-2012-001"]?.idap)
    #expect(after > before)
    #expect(
      RootView.render(s).lines[2].contains("IDAP \(Format.decimal(after, .es))"),
      "the header above the form shows the new IDAP")
    #expect(
      s.data.engine.totals
        == {
          var e = ScoreEngine(instruments: instruments, today: s.data.today);
          s.data.alliances.values.forEach { e.setAlliance($0) };
          s.data.rosters.values.forEach { e.setRoster($0) }; return e.totals
        }())
  }

  @Test func aRuleBreakingValueIsRefusedAndStaysForCorrection() throws {
    var s = listState()
    open("ANT-2012-001", &s)
    press(&s, .char("e"))
    let resign = try #require(s.editor?.form.fields.firstIndex { $0.id == .alliance("op.resignations") })
    s.editor?.form.focus = resign
    press(&s, .enter, .ctrl("u"))
    type(&s, "5000")
    #expect(press(&s, .enter).isEmpty, "nothing saved")
    #expect(s.editor?.form.editing == true)
    #expect(s.editor?.form.draft == "5000")
    #expect(s.editor?.form.fields[resign].error == "supera los miembros iniciales")
  }

  @Test func aFailedSaveKeepsTheChangeAndSaysWhy() throws {
    var s = listState()
    open("ANT-2012-001", &s)
    press(&s, .char("e"))
    press(&s, .enter, .ctrl("u"))
    type(&s, "Alianza renombrada")
    let effects = press(&s, .enter)
    #expect(effects.count == 1)
    _ = reduce(
      &s, .saveFailed("alliances/ANT-2012-001", Localized(es: "el disco está lleno", en: "the disk is full")))
    #expect(s.editor?.form.fields[0].shown == "Alianza renombrada")
    #expect(s.unsaved == ["alliances/ANT-2012-001"])
    press(&s, .escape)
    let lines = RootView.render(s).lines
    #expect(lines[2].contains("SIN GUARDAR"))
    #expect(lines[23].contains("No se guardó alliances/ANT-2012-001: el disco está lleno"))
    let retry = press(&s, .char("w"))
    #expect(retry.count == 1)
    _ = reduce(&s, .saved("alliances/ANT-2012-001"))
    #expect(s.unsaved.isEmpty)
    // The status line no longer says the save failed.
    #expect(RootView.render(s).lines[23].contains("Guardado alliances/ANT-2012-001"))
    #expect(!RootView.render(s).lines[23].contains("No se guardó"))
    #expect(press(&s, .char("q")) == [.quit])
  }

  @Test func quittingWithUnsavedChangesAsks() {
    var s = listState()
    _ = reduce(&s, .saveFailed("alliances/ANT-2012-001", Localized(es: "disco lleno", en: "disk full")))
    #expect(press(&s, .char("q")).isEmpty)
    #expect(screen(s).contains("Cambios sin guardar"))
    #expect(press(&s, .char("s")) == [.quit])
  }

  @Test func newAllianceWizardCreatesAndSaves() throws {
    var s = listState()
    press(&s, .char("n"))
    #expect(s.editor?.title == "Nueva alianza")
    // Department: Nariño.
    let departments = try #require(
      { if case .choice(let c) = s.editor!.form.fields[0].kind { return c } else { return nil } }())
    #expect(departments.contains { $0.label == "Nariño" })
    // Enter opens the list; typing filters it, without accents; Enter chooses.
    press(&s, .enter)
    type(&s, "narino")
    press(&s, .enter)
    #expect(s.editor?.form.fields[0].shown == "Nariño")
    press(&s, .down, .enter, .enter)  // municipality: first of Nariño
    #expect(s.editor?.form.fields[1].shown == "Pasto")
    press(&s, .down, .down)  // year stays, code suggested
    #expect(s.editor?.form.fields[3].shown.hasPrefix("NAR-2014-") == true)
    press(&s, .down, .enter)
    type(&s, "Alianza cacao en Pasto")
    press(&s, .enter, .down, .enter, .enter, .down, .enter)
    type(&s, "Asociación Cacaotera de Pasto")
    press(&s, .enter, .down, .enter)
    type(&s, "45")
    press(&s, .enter, .down, .down)
    let effects = press(&s, .enter)
    guard case .saveAlliance(let a)? = effects.first else {
      Issue.record("not created: \(s.editor?.form.fields.compactMap(\.error) ?? [])")
      return
    }
    #expect(a.code == "NAR-2014-001")
    #expect(a.stage == .convocatoria && a.organization.members == 45 && a.municipality.name == "Pasto")
    #expect(a.validate(reference: reference, today: s.data.today).isEmpty)
    #expect(s.alliances.detail?.code == "NAR-2014-001")
    #expect(s.data.engine.totals.alliances == World.shared.data.engine.totals.alliances + 1)
    // Its first step needs the profile's registration date: refused, with that reason.
    press(&s, .right, .char("a"))
    #expect(RootView.render(s).lines[23].contains("falta la fecha de registro del perfil"))
  }

  @Test func everyDisabledKeyInTheDetailSaysWhyWhenReadOnly() {
    var data = World.shared.data
    data.readOnlyReason = Localized(es: "abierto por Pedro", en: "open by Pedro")
    var s = AppState(data: data, language: .es, width: 80, height: 24)
    press(&s, .char("2"), .enter)
    for key in [Key.char("e")] {
      press(&s, key)
      #expect(s.editor == nil)
      #expect(RootView.render(s).lines[23].contains("no disponible: abierto por Pedro"))
    }
  }

  @Test func repaymentsAndDisbursementsAreRecordedFromTheFinanceTab() throws {
    var s = listState()
    open("ANT-2012-001", &s)
    press(&s, .right, .right, .right)
    let before = try #require(s.data.alliances["ANT-2012-001"]).finance
    press(&s, .char("r"))
    #expect(s.editor?.form.fields.map(\.id) == [.kept(.date), .kept(.amount), .submit])
    press(&s, .down, .enter)
    type(&s, "1.500.000")
    press(&s, .enter, .down)
    let effects = press(&s, .enter)
    #expect(effects.count == 1)
    #expect(s.data.alliances["ANT-2012-001"]?.finance.fund.repaid == before.fund.repaid + 1_500_000)
    press(&s, .char("d"))
    #expect(s.editor?.form.fields.map(\.id) == [.kept(.date), .kept(.amount), .kept(.source), .submit])
    press(&s, .down, .enter)
    type(&s, "2000000")
    press(&s, .enter, .down, .down)
    #expect(press(&s, .enter).count == 1)
    #expect(s.data.alliances["ANT-2012-001"]?.finance.disbursements.last?.source == "Incentivo Modular")
    #expect(s.data.alliances["ANT-2012-001"]?.finance.disbursed == before.disbursed + 2_000_000)
  }
}

@Suite("Reports from the interface")
struct ReportKeyTests {
  @Test func thePanelAsksForTheNationalReportAndTheFilteredListForItsDepartments() throws {
    var s = state(80, 24)
    press(&s, .char("R"))
    #expect(screen(s).contains("El informe nacional en HTML"))
    var effects = press(&s, .enter)
    guard case .report(let national)? = effects.first else {
      Issue.record("no report: \(effects)")
      return
    }
    #expect(national.scope == .national && national.path.hasSuffix("/informe-nacional-2014-06-30.html"))
    _ = reduce(&s, .reported(path: national.path))
    #expect(screen(s).contains("Informe escrito en"))
    // The list filtered to one department: that department's report.
    press(&s, .char("2"), .char("f"), .enter)
    for c in "Antioquia" { press(&s, .char(c)) }
    press(&s, .enter)
    press(&s, .char("R"))
    #expect(screen(s).contains("El informe de Antioquia en HTML"))
    effects = press(&s, .enter)
    guard case .report(let department)? = effects.first else {
      Issue.record("no report: \(effects)")
      return
    }
    #expect(
      department.scope == .department("05") && department.path.hasSuffix("/informe-antioquia-2014-06-30.html")
    )
    _ = reduce(&s, .reportFailed(Localized(es: "No existe la carpeta: /x", en: "No such folder: /x")))
    #expect(screen(s).contains("No existe la carpeta: /x"))
    // An alliance's detail, on any tab: its committee report, named for its code.
    press(&s, .enter)
    let code = try #require(s.alliances.detail?.code)
    press(&s, .right)
    press(&s, .char("R"))
    #expect(screen(s).contains("El informe del comité de la alianza \(code)"))
    effects = press(&s, .enter)
    guard case .report(let committee)? = effects.first else {
      Issue.record("no report: \(effects)")
      return
    }
    #expect(
      committee.scope == .alliance(code)
        && committee.path.hasSuffix("/informe-\(code.lowercased())-2014-06-30.html"))
  }
}
