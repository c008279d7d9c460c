import AlianzasDomain
import Foundation

@testable import AlianzasTUI

/// One state of the interface a person can reach, with the model values it must show whole (or
/// abbreviated with their unit).
struct ReachedView {
  var name: String
  var state: AppState
  /// Each value as the screen may write it: whole, or in its short form.
  var shows: [(what: String, forms: [String])] = []
}

/// Every screen and tab of the demo, reached by keys as a person reaches them: the national panel,
/// the alliance list, several alliances' four tabs, the rupture analyses with each grouping, the
/// household rosters, comparisons and a survey, the review screen, a record's history and help.
enum EveryView {
  static func all(_ w: Int, _ h: Int, _ l: Language) -> [ReachedView] {
    var views: [ReachedView] = []
    let world = World.shared
    func amount(_ what: String, _ p: Pesos) -> (String, [String]) {
      (what, [Format.pesos(p, l), Format.pesosShort(p, l)])
    }
    func count(_ what: String, _ n: Int) -> (String, [String]) { (what, [Format.integer(n, l)]) }

    var s = state(w, h, language: l)
    let alliances = Array(world.alliances.values)
    views.append(
      ReachedView(
        name: "panel", state: s,
        shows: [count("alianzas", alliances.count)]))
    press(&s, .char("?"))
    views.append(ReachedView(name: "panel-help", state: s))

    s = state(w, h, language: l)
    press(&s, .char("2"))
    views.append(ReachedView(name: "alliances-list", state: s))
    for code in chosenAlliances() {
      let a = world.alliances[code]!
      var d = s
      press(&d, .char("/"))
      for c in code { press(&d, .char(c)) }
      press(&d, .enter, .enter)
      let names = ["summary", "lifecycle", "visits", "finance"]
      for (i, tab) in names.enumerated() {
        var shows: [(String, [String])] = []
        if i == 0 { shows = [count("familias", a.organization.members)] }
        if i == 3 {
          shows = [
            amount("valor total", a.finance.totalValue),
            amount("Incentivo Modular", a.finance.modularIncentive),
          ]
        }
        views.append(ReachedView(name: "alliance-\(code)-\(tab)", state: d, shows: shows))
        // The pane "=" opens on the tab (the IDAP's, or the lifecycle's), its first and last rows.
        if i < 2 {
          var e = d
          press(&e, .char("="))
          views.append(ReachedView(name: "alliance-\(code)-\(tab)-explained", state: e))
          press(&e, .end)
          views.append(ReachedView(name: "alliance-\(code)-\(tab)-explained-end", state: e))
        }
        press(&d, .right)
      }
    }

    s = state(w, h, language: l)
    press(&s, .char("3"))
    views.append(ReachedView(name: "ruptures-agreements", state: s))
    var v = s
    for n in 0..<3 {
      press(&v, .char("v"))
      views.append(ReachedView(name: "ruptures-agreements-show\(n)", state: v))
    }
    press(&s, .right)
    for n in 0..<6 {
      views.append(ReachedView(name: "ruptures-survival-\(n)", state: s))
      press(&s, .char("g"))
    }
    var survival = s
    press(&survival, .char("="))
    views.append(ReachedView(name: "ruptures-survival-explained", state: survival))
    press(&survival, .end)
    views.append(ReachedView(name: "ruptures-survival-explained-end", state: survival))
    press(&s, .right)
    views.append(ReachedView(name: "ruptures-relink", state: s))

    s = state(w, h, language: l)
    press(&s, .char("4"))
    views.append(ReachedView(name: "households-alliances", state: s))
    var c = s
    press(&c, .right)
    views.append(ReachedView(name: "households-comparisons", state: c))
    for grouping in ["tenure", "training"] {
      press(&c, .char("g"))
      views.append(ReachedView(name: "households-comparisons-\(grouping)", state: c))
    }
    press(&c, .char("d"))
    views.append(ReachedView(name: "households-comparisons-every-survey", state: c))
    press(&s, .enter)
    views.append(ReachedView(name: "households-roster", state: s))
    press(&s, .enter)
    views.append(ReachedView(name: "households-survey", state: s))
    press(&s, .char("="))
    for n in 0..<6 {
      views.append(ReachedView(name: "households-survey-explained-\(n)", state: s))
      press(&s, .pageDown)
    }

    s = state(w, h, language: l)
    press(&s, .char("G"))
    views.append(ReachedView(name: "glossary", state: s))
    press(&s, .end)
    views.append(ReachedView(name: "glossary-end", state: s))

    s = state(w, h, language: l)
    press(&s, .char("5"))
    _ = reduce(&s, .review(.loaded(reviewItems(), supervision: supervisionItems(s))))
    views.append(ReachedView(name: "review", state: s))
    press(&s, .down)
    views.append(ReachedView(name: "review-duplicate", state: s))
    press(&s, .down)
    views.append(ReachedView(name: "review-returned", state: s))

    s = state(w, h, language: l)
    press(&s, .char("2"))
    _ = reduce(&s, .historyLoaded(title: "ANT-2012-001", entries: historyEntries()))
    views.append(ReachedView(name: "history", state: s))
    return views
  }

  /// Alliances that stretch the screens: the largest amounts, a ruptured one, one early in its
  /// life, one in autonomous operation and the longest name.
  static func chosenAlliances() -> [String] {
    let all = World.shared.alliances.values.sorted { $0.code < $1.code }
    var codes: [String] = []
    func add(_ a: Alliance?) { if let a, !codes.contains(a.code) { codes.append(a.code) } }
    add(all.max { $0.finance.totalValue.amount < $1.finance.totalValue.amount })
    add(all.first { $0.status == .rupturaComercial })
    add(all.first { $0.stage <= .preinversion })
    add(all.first { $0.stage == .post })
    add(all.max { $0.name.count < $1.name.count })
    return codes
  }

  /// The queue of the fixture's alliances, the first record returned with a reason and a comment.
  static func supervisionItems(_ s: AppState) -> [SupervisionItem] {
    var items = s.data.alliances.keys.sorted().prefix(3).flatMap { s.data.alliances[$0]!.supervisionItems }
    // Who reviews and what they write are people's words from the fixture's own records.
    let visit = s.data.alliances.values.flatMap(\.visits).sorted { $0.id < $1.id }.first {
      !$0.observations.isEmpty
    }
    if !items.isEmpty, let visit {
      items[0].review = SupervisorReview(
        verdict: .returned, reasons: ["deliveriesUnsupported"], comment: visit.observations,
        by: visit.officer,
        date: s.data.today)
    }
    return items
  }

  static func reviewItems() -> [ReviewItem] {
    let at = Timestamp(day: Day(iso: "2014-06-30")!, hour: 15, minute: 4)
    let rupture = ShownValue.object([
      "date": .text("2013-05-02"), "cause": .text("paymentDelays"), "endedBy": .text("buyer"),
      "causeDetail": .text("Pagos a 90 días"),
    ])
    return [
      ReviewItem(
        kind: .conflict, file: "alliances/ANT-2012-001.json", path: "agreements/a1/rupture",
        place: RecordPlace(
          code: "ANT-2012-001", steps: [.field("agreements"), .record("a1"), .field("rupture")]),
        options: [
          ReviewOption(value: .value(rupture), officer: "Ana Muñoz", device: "pc-1", at: at, token: "1"),
          ReviewOption(value: .removed, officer: "Luis Rojas", device: "pc-2", at: at, token: "2"),
        ]),
      ReviewItem(
        kind: .duplicate, file: "households/ANT-2012-001.json", path: "",
        place: RecordPlace(code: "ANT-2012-001", steps: []), sameDocument: true,
        options: [
          ReviewOption(
            value: .household(code: "H03", head: "María Gómez", document: "43512118", village: "La Palma"),
            officer: "Ana Muñoz", device: "pc-1", at: at, token: "h1"),
          ReviewOption(
            value: .household(code: "H17", head: "María Gómez", document: "43512118", village: "La Palma"),
            officer: "Luis Rojas", device: "pc-2", at: at, token: "h2"),
        ]),
    ]
  }

  static func historyEntries() -> [HistoryEntry] {
    let at = Timestamp(day: Day(iso: "2014-06-30")!, hour: 15, minute: 4)
    func entry(_ steps: [RecordPlace.Step], _ old: ShownValue?, _ new: ShownValue?) -> HistoryEntry {
      HistoryEntry(
        at: at, external: false, officer: "Ana Muñoz", device: "pc-1",
        place: RecordPlace(code: "ANT-2012-001", steps: steps), old: old, new: new)
    }
    return [
      entry(
        [.field("agreements"), .record("a1"), .field("rupture")], nil,
        .object(["date": .text("2013-05-02"), "cause": .text("paymentDelays"), "endedBy": .text("buyer")])),
      entry(
        [.field("visits"), .record("v1"), .field("kind")], .text("socioEmpresarial"), .text("comercial")),
      entry([.field("finance"), .field("totalValue")], .number("1235762000"), .number("1235763000")),
      entry(
        [.field("agreements"), .record("a1"), .field("pricePerKg")], .number("980"), .number("1050")),
      entry([.field("organization"), .field("members")], .number("48"), .number("52")),
    ]
  }
}
