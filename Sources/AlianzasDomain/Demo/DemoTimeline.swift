/// The dates of one alliance's life as planned from its call year; the generator keeps the
/// events that fall on or before the demo's as-of date.
struct DemoTimeline {
  var dates: [Stage: Day] = [:]

  init(callYear: Int, rng: inout SeededGenerator) {
    var day = Day(year: callYear, month: rng.int(2...5), day: rng.int(1...28))!
    func step(_ stage: Stage, months: ClosedRange<Int>, extraDays: ClosedRange<Int> = 0...20) {
      day = day.adding(months: rng.int(months)).adding(days: rng.int(extraDays))
      dates[stage] = day
    }
    dates[.convocatoria] = day
    step(.perfil, months: 0...1)
    step(.preinversion, months: 1...3)
    step(.aprobacion, months: 2...4)
    step(.convenio, months: 1...3)
    step(.fiducia, months: 1...2)
    step(.instalacionCDA, months: 1...2)
    step(.ejecucion, months: 0...1, extraDays: 2...25)
    step(.comercializacion, months: 3...6)
    step(.fondoRotatorio, months: 6...10)
    let execution = dates[.ejecucion]!
    day = max(day, execution.adding(months: rng.int(12...15)))
    dates[.cierre] = day.adding(days: rng.int(1...20))
    dates[.post] = dates[.cierre]!.adding(months: rng.int(2...6))
  }

  func reached(by asOf: Day) -> [(Stage, Day)] {
    Stage.allCases.compactMap { stage in dates[stage].flatMap { $0 <= asOf ? (stage, $0) : nil } }
  }
}
