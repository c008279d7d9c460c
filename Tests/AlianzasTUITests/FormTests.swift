import AlianzasDomain
import Testing

@testable import AlianzasTUI

@Suite("Form fields")
struct FormTests {
  func form() -> FormState {
    FormState(fields: [
      FormField(
        id: .household(.headName), label: "Nombre", kind: .text(maxLength: 10, required: true), shown: "Ana"),
      FormField(id: .visit(.kg), label: "Kg", kind: .decimal(min: 0, max: 1e6)),
      FormField(id: .visit(.price), label: "Precio", kind: .money),
      FormField(id: .visit(.date), label: "Fecha", kind: .date(notAfter: Day(iso: "2014-06-30"))),
      FormField(id: .elcsa(1), label: "P1", kind: .elcsa),
      FormField(
        id: .visit(.kind), label: "Tipo",
        kind: .choice([.init(id: "a", label: "Alfa", key: "a"), .init(id: "b", label: "Beta", key: "b")])),
    ])
  }

  func type(_ text: String, into form: inout FormState) {
    for ch in text { _ = form.handle(.char(ch), language: .es) }
  }

  @Test func typingAndConfirmingRaisesTheValue() {
    var f = form()
    #expect(f.handle(.enter, language: .es) == .none)
    #expect(f.editing && f.draft == "Ana")
    _ = f.handle(.ctrl("u"), language: .es)
    type("Beatriz", into: &f)
    #expect(f.handle(.enter, language: .es) == .confirmed(id: .household(.headName), value: .text("Beatriz")))
    #expect(!f.editing)
  }

  @Test func badTextStaysForCorrectionWithAMessage() {
    var f = form()
    f.focus = 1
    _ = f.handle(.enter, language: .es)
    type("doce", into: &f)
    #expect(f.handle(.enter, language: .es) == .none)
    #expect(f.editing, "still editing, the typed text kept")
    #expect(f.draft == "doce")
    #expect(f.fields[1].error == "escriba un número")
    _ = f.handle(.ctrl("u"), language: .es)
    type("12,5", into: &f)
    #expect(f.handle(.enter, language: .es) == .confirmed(id: .visit(.kg), value: .decimal(12.5)))
    #expect(f.fields[1].error == nil)
  }

  @Test func moneyDatesAndHostileText() {
    #expect(FieldKind.money.parse("$ 1.234.567", language: .es) == .success(.money(1_234_567)))
    #expect(FieldKind.money.parse("-5", language: .es) == .failure(.range(0, 1e13)))
    #expect(FieldKind.money.parse("99999999999999999999", language: .es) == .failure(.notANumber))
    #expect(
      FieldKind.date(notAfter: Day(iso: "2014-06-30")).parse("2014-02-30", language: .es)
        == .failure(.notADate))
    #expect(
      FieldKind.date(notAfter: Day(iso: "2014-06-30")).parse("2014-07-01", language: .es)
        == .failure(.future(Day(iso: "2014-06-30")!)))
    #expect(
      FieldKind.text(maxLength: 5, required: false).parse("abcdefg", language: .es) == .failure(.tooLong(5)))
    #expect(
      FieldKind.text(maxLength: 50, required: false).parse("a\u{0007}b", language: .es)
        == .failure(.controlCharacters))
    #expect(
      FieldKind.text(maxLength: 50, required: false).parse("مرحبا 🌽", language: .es)
        == .success(.text("مرحبا 🌽")))
    #expect(FieldKind.integer(min: 0, max: 90).parse("91", language: .es) == .failure(.range(0, 90)))
    #expect(FieldError.range(0, 90).message(.es) == "debe estar entre 0 y 90")
  }

  @Test func elcsaAndChoicesArePickedWithOneKey() {
    var f = form()
    f.focus = 4
    #expect(f.handle(.char("s"), language: .es) == .confirmed(id: .elcsa(1), value: .elcsa(.yes)))
    #expect(f.handle(.char("x"), language: .es) == .confirmed(id: .elcsa(1), value: .elcsa(.dontKnow)))
    #expect(f.handle(.char("r"), language: .es) == .confirmed(id: .elcsa(1), value: .elcsa(.refused)))
    f.focus = 5
    #expect(f.handle(.char("b"), language: .es) == .confirmed(id: .visit(.kind), value: .choice("b")))
    // Enter never records an option by itself: it opens the list to choose from.
    #expect(f.handle(.enter, language: .es) == .choose(filter: ""))
    f.focus = 4
    #expect(f.handle(.enter, language: .es) == .choose(filter: ""))
    #expect(f.apply(.pick("no"), language: .es) == .confirmed(id: .elcsa(1), value: .elcsa(.no)))
  }

  @Test func aLetterFiltersALongChoiceList() {
    var f = FormState(fields: [
      FormField(
        id: .kept(.department), label: "Depto",
        kind: .choice(["Boyacá", "Nariño", "Norte de Santander"].map { .init(id: $0, label: $0) }))
    ])
    #expect(f.handle(.char("n"), language: .es) == .choose(filter: "n"))
    var list = try! #require(f.picker(filter: "n", language: .es) { .form($0) })
    #expect(list.visible.map { list.options[$0].label } == ["Nariño", "Norte de Santander"])
    list.edit(.type("o"))
    list.edit(.type("r"))
    #expect(list.visible.map { list.options[$0].label } == ["Norte de Santander"])
    #expect(list.chosen?.action == .form(.pick("Norte de Santander")))
    #expect(
      f.apply(.pick("Norte de Santander"), language: .es)
        == .confirmed(id: .kept(.department), value: .choice("Norte de Santander")))
  }

  @Test func escapeLeavesAndDisabledFieldsSayWhy() {
    var f = form()
    f.fields[0].disabledReason = "solo consulta"
    #expect(f.handle(.enter, language: .es) == .refused("solo consulta"))
    #expect(f.handle(.escape, language: .es) == .leave)
  }

  @Test func renderingShowsTheErrorUnderTheField() {
    var f = form()
    f.focus = 1
    _ = f.handle(.enter, language: .es)
    type("x", into: &f)
    _ = f.handle(.enter, language: .es)
    var b = Buffer(width: 40, height: 8)
    FormView(f, labelWidth: 10).render(in: b.area, buffer: &b)
    #expect(b.lines[1].hasPrefix("Kg         x"))
    #expect(b.lines[2] == "           ✗ escriba un número")
    #expect(b[11, 2].style.fg == .red)
  }
}
