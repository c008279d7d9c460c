import AlianzasDomain
import Testing

@testable import AlianzasTUI

@Suite("The national panel and the keys")
struct PanelTests {
  @Test func snapshots() {
    expectSnapshot(RootView.render(state(80, 24)), "panel-80x24")
    expectSnapshot(RootView.render(state(120, 40)), "panel-120x40")
    expectSnapshot(RootView.render(state(120, 40, language: .en)), "panel-120x40-en")
  }

  @Test func theFiguresComeFromTheEngine() {
    let lines = RootView.render(state(120, 40)).lines.joined(separator: "\n")
    let totals = World.shared.data.engine.totals
    #expect(lines.contains("Alianzas por etapa · \(totals.alliances)"))
    #expect(lines.contains("Departamentos · \(totals.departments)"))
    #expect(lines.contains("Promedio \(Format.decimal(totals.idapMean!, .es))"))
  }

  @Test func keyCellsCarryTheirStyle() {
    let b = RootView.render(state(80, 24))
    #expect(b[1, 0].style.bg == .blue && b[1, 0].style.bold, "header")
    #expect(b[1, 1].style.reverse, "current tab")
    let row = b.lines.firstIndex { $0.contains("Promedio") }!
    let x = Array(b.lines[row]).firstIndex(of: "P")! + "Promedio ".count
    #expect(b[x, row].style.fg == .yellow || b[x, row].style.fg == .green || b[x, row].style.fg == .red)
    #expect(b[x, row].style.bold)
  }

  @Test func helpOpensAndClosesAndListsEveryBinding() {
    var s = state(100, 30)
    press(&s, .char("?"))
    #expect(s.modals == [.help(scroll: 0)])
    let text = RootView.render(s).lines.joined(separator: "\n")
    // Every key of the screen under the box, the screens in order among them.
    for binding in Bindings.underHelp(s) {
      #expect(text.contains(binding.description(.es)), "\(binding.description)")
    }
    let screens = Screens.all.map { "\($0.id.number)" + String(repeating: " ", count: 9) + $0.title(.es) }
    let positions = screens.compactMap { text.range(of: $0)?.lowerBound }
    #expect(
      positions.count == Screens.all.count && positions == positions.sorted(), "screens listed in order")
    #expect(text.contains("no disponible: Todos los archivos se abrieron sin problemas."))
    press(&s, .char("q"))
    #expect(s.modals.isEmpty, "q closes the help, it does not quit")
    #expect(!s.shouldQuit)
  }

  @Test func everyKeyInTheStatusLineDoesWhatItSays() {
    var s = state()
    let status = RootView.render(s).lines[23]
    #expect(status == " R informe HTML  ? ayuda  Tab pantalla  i English  q salir")
    press(&s, .char("R"))
    #expect(RootView.render(s).lines.joined().contains("Escribir un informe"))
    press(&s, .escape)
    #expect(s.modals.isEmpty)
    press(&s, .char("i"))
    #expect(s.language == .en)
    #expect(RootView.render(s).lines[23] == " R HTML report  ? help  Tab screen  i Español  q quit")
    press(&s, .tab)
    #expect(s.screen == .alliances)
    #expect(press(&s, .char("q")) == [.quit])
    #expect(s.shouldQuit)
  }

  @Test func aDisabledKeySaysWhy() {
    var s = state()
    press(&s, .char("p"))
    #expect(s.status?.kind == .error)
    #expect(RootView.render(s).lines[23] == " p no disponible: Todos los archivos se abrieron sin problemas.")
    press(&s, .char("z"))
    #expect(s.status == nil, "the next key clears the message")
  }

  @Test func problemsAreListedWhenThereAreSome() {
    var data = World.shared.data
    data.problems = [Localized(es: "alliances/X.json:3: roto", en: "alliances/X.json:3: broken")]
    var s = AppState(data: data, language: .es, width: 80, height: 24)
    #expect(RootView.render(s).lines[23].contains("1 archivo con problemas (p para verlo)"))
    press(&s, .char("p"))
    #expect(RootView.render(s).lines.joined().contains("alliances/X.json:3: roto"))
  }

  @Test func tooSmallThenBack() {
    var s = state()
    _ = reduce(&s, .resize(width: 40, height: 12))
    let lines = RootView.render(s).lines
    #expect(lines.contains { $0.contains("Terminal muy pequeña: 40×12") })
    #expect(lines.contains { $0.contains("Se necesita al menos 60×20.") })
    _ = reduce(&s, .resize(width: 80, height: 24))
    #expect(RootView.render(s).lines[0].contains("Panel nacional"))
  }

  @Test func readOnlyIsShownWithItsReason() {
    var data = World.shared.data
    data.readOnlyReason = Localized(es: "abierto por Ana en pc-1", en: "open by Ana on pc-1")
    let s = AppState(data: data, language: .es, width: 80, height: 24)
    let b = RootView.render(s)
    #expect(b.lines[0].contains("SOLO CONSULTA"))
    #expect(b.lines[23] == " Solo consulta: abierto por Ana en pc-1")
  }
}
