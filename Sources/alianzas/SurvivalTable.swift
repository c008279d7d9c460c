import AlianzasDomain

/// A researcher's CSV read for survival analysis; every bad cell is reported with its row and column.
struct SurvivalTable {
  var times: [Double] = []
  var events: [Bool] = []
  var groupNames: [String] = []
  var covariates: [[Double]] = []
  var covariateNames: [String]

  typealias Failure = CSVInput.Failure

  init(path: String, time: String, event: String, group: String?, covariates names: [String]) throws(Failure)
  {
    try self.init(CSVInput(path: path), time: time, event: event, group: group, covariates: names)
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
    guard !input.rows.isEmpty else {
      throw Failure(text: CLI.hasNoDataRows.localized(file))
    }
    for row in input.rows {
      let t = try input.number(row, timeColumn)
      guard t >= 0 else {
        throw Failure(
          text: CLI.rowColumnTimeCannotBe.localized(file, row.number, input.header[timeColumn]))
      }
      let e = try input.number(row, eventColumn)
      guard e == 0 || e == 1 else {
        throw Failure(
          text: CLI.rowColumnTheEventMust.localized(file, row.number, input.header[eventColumn])
        )
      }
      times.append(t)
      events.append(e == 1)
      var values: [Double] = []
      for column in covariateColumns { values.append(try input.number(row, column)) }
      covariates.append(values)
      if let groupColumn {
        let name = groupColumn < row.fields.count ? CSVInput.trimmed(row.fields[groupColumn]) : ""
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
