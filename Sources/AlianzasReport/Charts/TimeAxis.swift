import AlianzasDomain

/// Days along a chart's width, with a tick at the start of each year (every second or fifth year
/// when the span is long), shared by the charts of an alliance's history.
struct TimeAxis {
  var from: Day
  var to: Day
  var left: Double
  var width: Double

  init(from: Day, to: Day, left: Double, width: Double) {
    self.from = from
    // A span of one day still has a width.
    self.to = to > from ? to : from.adding(days: 1)
    self.left = left
    self.width = width
  }

  func x(_ day: Day) -> Double {
    left + width * Double(from.days(until: min(max(day, from), to))) / Double(from.days(until: to))
  }

  /// The first of January of each year inside the span, thinned so labels never touch; a span
  /// under three years is marked every quarter instead ("2013-04").
  var years: [(day: Day, label: String)] {
    if from.days(until: to) < 3 * 365 {
      var out: [(day: Day, label: String)] = []
      var day = Day(year: from.year, month: 1, day: 1)!
      while day <= to {
        if day >= from {
          out.append((day, day.components.month == 1 ? String(day.year) : String(day.iso.prefix(7))))
        }
        day = day.adding(months: 3)
      }
      return out
    }
    let first = from.year + (from == Day(year: from.year, month: 1, day: 1) ? 0 : 1)
    let span = max(0, to.year - first + 1)
    let step = span > 14 ? 5 : (span > 7 ? 2 : 1)
    return stride(from: first, through: to.year, by: step).compactMap { year in
      Day(year: year, month: 1, day: 1).map { ($0, String(year)) }
    }
  }

  /// The ticks and their labels under a line at `y`.
  func render(y: Double) -> [SVG.Node] {
    var nodes = [SVG.line(x1: left, y1: y, x2: left + width, y2: y, className: "axis")]
    for (day, label) in years {
      let at = x(day)
      nodes.append(SVG.line(x1: at, y1: y, x2: at, y2: y + 4, className: "axis"))
      nodes.append(SVG.text(label, x: at, y: y + 15, anchor: "middle", className: "axis-label"))
    }
    return nodes
  }
}

/// A round upper end for an axis that starts at zero: 1, 2, 2.5 or 5 times a power of ten.
func niceCeiling(_ value: Double) -> Double {
  guard value > 0, value.isFinite else { return 1 }
  var power = 1.0
  while power * 10 <= value { power *= 10 }
  while power > value { power /= 10 }
  for factor in [1.0, 2, 2.5, 5, 10] where factor * power >= value { return factor * power }
  return 10 * power
}
