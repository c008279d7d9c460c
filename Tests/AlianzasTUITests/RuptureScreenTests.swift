import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasTUI

@Suite("Buyer-rupture screens")
struct RuptureScreenTests {
  func type(_ s: inout AppState, _ text: String) { for c in text { press(&s, .char(c)) } }

  /// An alliance whose first agreement is still in force, and its state on the rupture screen.
  func setUp(_ w: Int = 80, _ h: Int = 24) -> (AppState, String) {
    var s = state(w, h)
    press(&s, .char("3"))
    let code = s.data.alliances.values.filter {
      $0.status == .activa && $0.agreements.count == 1 && $0.currentAgreement != nil
        && $0.stage >= .comercializacion
    }
    .map(\.code).sorted()[0]
    return (s, code)
  }

  func openHistory(_ code: String, _ s: inout AppState) {
    press(&s, .char("/"), .escape, .char("/"))
    type(&s, code)
    press(&s, .enter, .enter)
    #expect(s.ruptures.history == code)
  }

  @Test func theAgreementListExportsTheAgreementsItShows() throws {
    var s = state(80, 24)
    press(&s, .char("3"), .char("v"))  // only those in force
    #expect(s.ruptures.show == .active)
    let rows = AgreementRow.rows(s.data, show: s.ruptures.show, search: s.ruptures.search)
    #expect(!rows.isEmpty && rows.allSatisfy { $0.agreement.rupture == nil })
    press(&s, .char("E"))
    #expect(screen(s).contains("Exportar \(rows.count) acuerdos como"))
    press(&s, .enter)  // Excel
    let effects = press(&s, .enter)
    guard case .export(let request)? = effects.first else {
      Issue.record("no export: \(effects)")
      return
    }
    #expect(request.table == "agreements" && request.kind == .xlsx)
    #expect(
      request.codes == rows.map { ExportDraft.agreementKey($0.code, $0.agreement.id) }, "in the list's order")
    #expect(request.path.hasSuffix("/agreements-2014-06-30.xlsx"), "\(request.path)")
    _ = reduce(&s, .exported(table: "agreements", path: request.path, rows: rows.count))
    #expect(screen(s).contains("Exportación lista: \(rows.count) acuerdos en"))
  }

  func focus(_ id: FieldID, _ s: inout AppState) {
    if let i = s.editor?.form.fields.firstIndex(where: { $0.id == id }) { s.editor?.form.focus = i }
  }

  func recordRupture(_ code: String, date: String, _ s: inout AppState) -> [Effect] {
    openHistory(code, &s)
    press(&s, .char("r"))
    #expect(s.editor != nil)
    focus(.kept(.date), &s)
    press(&s, .enter, .ctrl("u"))
    type(&s, date)
    press(&s, .enter)
    focus(.kept(.cause), &s)
    press(&s, .enter, .enter)  // the list, then its first option: Precio
    focus(.kept(.endedBy), &s)
    press(&s, .enter, .enter)  // La OP
    focus(.submit, &s)
    return press(&s, .enter)
  }

  @Test func aRuptureMovesTheAllianceIntoTheTableAndTheCurve() throws {
    var (s, code) = setUp()
    _ = reduce(&s, .ruptures(.view(1)))
    let before = try #require(s.ruptures.analysis)
    let eventsBefore = before.groups.reduce(0) { $0 + $1.curve.events }
    _ = reduce(&s, .ruptures(.view(-1)))
    let effects = recordRupture(code, date: "2014-06-01", &s)
    guard case .saveAlliance(let saved)? = effects.first else {
      Issue.record("no save: \(s.editor?.form.fields.compactMap(\.error) ?? [])")
      return
    }
    #expect(saved.status == .rupturaComercial)
    #expect(
      s.data.engine.figures[code]?.alerts.contains(.rupturedWithoutBuyer) == true, "the alert appears at once"
    )
    #expect(AgreementRow.rows(s.data, show: .searching, search: SearchField()).contains { $0.code == code })
    #expect(RootView.render(s).lines.joined().contains("Buscando comprador desde hace 29 días"))
    press(&s, .escape)
    #expect(RootView.render(s).lines.joined().contains("Roto, buscando"))
    press(&s, .right)
    let after = try #require(s.ruptures.analysis)
    #expect(after.groups.reduce(0) { $0 + $1.curve.events } == eventsBefore + 1)
    #expect(after.relink.ruptured == before.relink.ruptured + 1)
    #expect(after.relink.searching == before.relink.searching + 1)
  }

  @Test func aChosenCauseTakesThePlaceOfItsMissingMark() throws {
    var (s, code) = setUp()
    openHistory(code, &s)
    press(&s, .char("r"))
    focus(.submit, &s)
    #expect(press(&s, .enter).isEmpty, "nothing saved without a cause")
    let cause = { s.editor?.form.fields.first { $0.id == .kept(.cause) } }
    #expect(cause()?.error == "falta este dato")
    focus(.kept(.cause), &s)
    press(&s, .enter, .enter)
    #expect(cause()?.error == nil, "the chosen cause clears the mark")
    #expect(!RootView.render(s).lines.joined().contains("falta este dato · Causa"))
  }

  @Test func aRelinkWithinASemesterLandsInTheFirstRow() throws {
    var (s, code) = setUp()
    _ = recordRupture(code, date: "2014-05-01", &s)
    _ = reduce(&s, .ruptures(.view(2)))
    let before = try #require(s.ruptures.analysis?.relink)
    _ = reduce(&s, .ruptures(.view(1)))
    openHistory(code, &s)
    press(&s, .char("v"))
    #expect(s.editor?.title.contains(code) == true)
    focus(.kept(.newBuyer), &s)
    press(&s, .enter)
    type(&s, "Comercializadora Ñapanga S.A.S.")
    press(&s, .enter)
    focus(.submit, &s)
    let effects = press(&s, .enter)
    guard case .saveAlliance(let saved)? = effects.first else {
      Issue.record("no save: \(s.editor?.form.fields.compactMap(\.error) ?? [])")
      return
    }
    #expect(saved.status == .activa)
    #expect(saved.currentAgreement?.buyer.name == "Comercializadora Ñapanga S.A.S.")
    #expect(
      RootView.render(s).lines[23].contains(
        "Nuevo aliado a los 60 días de la ruptura: Comercializadora Ñapanga"))
    press(&s, .escape, .right, .right)
    let after = try #require(s.ruptures.analysis?.relink)
    #expect(after.rows[0].count == before.rows[0].count + 1)
    #expect(after.searching == before.searching - 1)
  }

  @Test func refusalsSayWhy() {
    var (s, code) = setUp()
    openHistory(code, &s)
    press(&s, .char("v"))
    #expect(s.editor == nil)
    #expect(RootView.render(s).lines[23].contains("no hay un acuerdo roto sin nuevo aliado"))
    // A rupture dated before the agreement began is refused in the form.
    let start = s.data.alliances[code]!.currentAgreement!.start
    press(&s, .char("r"))
    focus(.kept(.date), &s)
    press(&s, .enter, .ctrl("u"))
    type(&s, start.adding(days: -1).iso)
    press(&s, .enter)
    focus(.kept(.cause), &s)
    press(&s, .enter, .enter)
    focus(.kept(.endedBy), &s)
    press(&s, .enter, .enter)
    focus(.submit, &s)
    #expect(press(&s, .enter).isEmpty)
    #expect(
      s.editor?.form.fields.first { $0.id == .kept(.date) }?.error?.contains("anterior al inicio del acuerdo")
        == true)
  }

  /// The model's note as the screen shows it: its rows inside the box, borders and padding off,
  /// joined by spaces.
  static func note(_ rows: [String]) -> String? {
    guard let first = rows.firstIndex(where: { $0.contains("│ n = ") }) else { return nil }
    var lines: [String] = []
    for row in rows[first...] {
      guard row.hasPrefix("│") else { break }
      lines.append(String(row.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces))
    }
    return lines.filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// At 80×24, in both languages: the model's note is on screen word for word (it was cut at
  /// "Recalculado con", then clipped at "Recomput…"), whole when there is room and without its
  /// last sentence when the legend needs the rows, and each group's counts and median show whole.
  @Test(arguments: [Language.es, .en])
  func survivalShowsItsNoteAndLegendWhole(_ language: Language) throws {
    var (s, _) = setUp(80, 24)
    s.language = language
    press(&s, .right)
    let analysis = try #require(s.ruptures.analysis)
    guard case .success(let fit) = analysis.cox else {
      Issue.record("the demo's Cox model did not fit")
      return
    }
    let full = SurvivalView.footer(fit, language, recomputed: true)
    let short = SurvivalView.footer(fit, language, recomputed: false)
    #expect(Self.note(RootView.render(s).lines) == full, "two curves leave room for the whole note")
    // Every grouping, up to four curves: each group's counts whole, and the note word for word.
    for _ in 0..<5 {
      let rows = RootView.render(s).lines
      let screen = rows.joined(separator: "\n")
      let analysis = try #require(s.ruptures.analysis)
      for g in analysis.groups {
        let median = g.curve.median.map { Format.decimal($0 / 365.25, language) } ?? "—"
        let line = T.groupLine(language, g.curve.subjects, g.curve.events, median)
        #expect(screen.contains(line), "\(analysis.grouping): \(line)")
      }
      let note = Self.note(rows)
      #expect(note == full || note == short, "\(analysis.grouping): \(note ?? "no note")")
      press(&s, .char("g"))
    }
  }

  @Test func snapshots() {
    for (w, h) in [(80, 24), (120, 40)] {
      var (s, _) = setUp(w, h)
      expectSnapshot(RootView.render(s), "ruptures-agreements-\(w)x\(h)")
      press(&s, .right)
      expectSnapshot(RootView.render(s), "ruptures-survival-\(w)x\(h)")
      press(&s, .right)
      expectSnapshot(RootView.render(s), "ruptures-relink-\(w)x\(h)")
    }
  }
}
