import AlianzasDomain

/// A researcher's CSV read for survival analysis; every bad cell is reported with its row and column.
struct SurvivalTable {
  var times: [Double] = []
  var events: [Bool] = []
  var groupNames: [String] = []
  /// Row i's covariates at `covariates[i * p ..< (i + 1) * p]`, p = `covariateNames.count`: one
  /// buffer for the table rather than an array per row.
  var covariates: [Double] = []
  var covariateNames: [String]

  typealias Failure = CSVInput.Failure

  init(
    path: String, sheet: String? = nil, time: String, event: String, group: String?,
    covariates names: [String]
  )
    throws(Failure)
  {
    try self.init(
      CSVInput(path: path, sheet: sheet), time: time, event: event, group: group, covariates: names)
  }

  init(_ input: CSVInput, time: String, event: String, group: String?, covariates names: [String])
    throws(Failure)
  {
    covariateNames = names
    let file = input.file
    let timeColumn = try input.column(time)
    let eventColumn = try input.column(event)
    let groupColumn = try group.map { g throws(Failure) in try input.column(g) }
    var covariateColumns: [Int] = []
    for name in names { covariateColumns.append(try input.column(name)) }
    guard input.rowCount > 0 else {
      throw Failure(text: CLI.hasNoDataRows.localized(file))
    }
    times.reserveCapacity(input.rowCount)
    events.reserveCapacity(input.rowCount)
    covariates.reserveCapacity(input.rowCount * covariateColumns.count)
    for row in 0..<input.rowCount {
      let t = try input.number(row, timeColumn)
      guard t >= 0 else {
        throw Failure(
          text: CLI.rowColumnTimeCannotBe.localized(file, input.rowNumber(row), input.header[timeColumn]))
      }
      let e = try input.number(row, eventColumn)
      guard e == 0 || e == 1 else {
        throw Failure(
          text: CLI.rowColumnTheEventMust.localized(file, input.rowNumber(row), input.header[eventColumn])
        )
      }
      times.append(t)
      events.append(e == 1)
      for column in covariateColumns { covariates.append(try input.number(row, column)) }
      if let groupColumn {
        let name = input.text(row, groupColumn)
        groupNames.append(name.isEmpty ? "—" : name)
      }
    }
  }

  var groups: [(name: String, observations: [SurvivalObservation])] {
    let observations = zip(times, events).map { SurvivalObservation(time: $0, event: $1) }
    guard !groupNames.isEmpty else { return [("all", observations)] }
    var buckets: [String: [SurvivalObservation]] = [:]
    for (name, o) in zip(groupNames, observations) { buckets[name, default: []].append(o) }
    return buckets.keys.sorted().map { ($0, buckets[$0]!) }
  }
}
