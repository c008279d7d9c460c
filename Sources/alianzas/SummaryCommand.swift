import AlianzasDomain
import AlianzasStore
import ArgumentParser
import Foundation

struct SummaryCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "summary",
      abstract: CLI.printsTheNationalFiguresAlliances())
  }

  @OptionGroup var common: CommonOptions

  @Flag(help: ArgumentHelp(CLI.jsonOutputForScripts()))
  var json = false

  func run() throws {
    let (_, instruments) = try loadData()
    let store = try openForReading(common.storePath, language: common.language)
    let contents = store.loadAll()
    for problem in contents.problems {
      complain(CLI.skipping() + problem.message(common.language))
    }
    var engine = ScoreEngine(instruments: instruments, today: store.today)
    for alliance in contents.alliances { engine.setAlliance(alliance) }
    for roster in contents.rosters.values { engine.setRoster(roster) }
    let summary = NationalSummary(
      totals: engine.totals, instruments: instruments,
      surveys: contents.rosters.values.reduce(0) { $0 + $1.inUse.reduce(0) { $0 + $1.surveys.count } })
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      print(String(decoding: try encoder.encode(summary), as: UTF8.self))
    } else {
      print(summary.text(common.language))
    }
    if !contents.problems.isEmpty { throw Explained(code: 1) }
  }
}
