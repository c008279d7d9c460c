import AlianzasDomain
import AlianzasStore
import ArgumentParser
import Foundation

struct SurvivalCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "survival",
      abstract: CLI.durationOfTheFirstBuyer(),
      discussion: CLI.withStoreItAnalysesThe())
  }

  @OptionGroup var common: CommonOptions
  @Option(
    help: ArgumentHelp(
      CLI.groupingOfTheCurvesStore(), valueName: "covariable"))
  var by: SurvivalGrouping?
  @Option(
    help: ArgumentHelp(CLI.csvFileWithAHeader(), valueName: "archivo"))
  var csv: String?
  @Option(help: ArgumentHelp(CLI.sheetHelp(), valueName: "hoja"))
  var sheet: String?
  @Option(help: ArgumentHelp(CLI.timeColumnCsv(), valueName: "col"))
  var time: String?
  @Option(
    help: ArgumentHelp(CLI.eventColumnOrCsv(), valueName: "col")
  ) var event: String?
  @Option(help: ArgumentHelp(CLI.groupColumnCsv(), valueName: "col"))
  var group: String?
  @Option(
    help: ArgumentHelp(
      CLI.coxCovariatesCommaSeparatedCsv(),
      valueName: "a,b"))
  var covariates: String?
  @Option(help: ArgumentHelp(CLI.tiesEfronOrBreslow(), valueName: "método"))
  var ties: CoxTies = .efron
  @Flag(help: ArgumentHelp(CLI.jsonOutputForScripts())) var json = false

  func validate() throws {
    if csv != nil {
      guard time != nil, event != nil else {
        throw ValidationError(CLI.csvNeedsTimeAndEvent())
      }
      if by != nil {
        throw ValidationError(
          CLI.byIsForTheStore()
        )
      }
    } else if time != nil || event != nil || group != nil || covariates != nil || sheet != nil {
      throw ValidationError(
        CLI.timeEventGroupAndCovariates())
    }
  }

  func run() throws {
    let report: SurvivalReport
    if let csv {
      report = try csvReport(path: csv)
    } else {
      let (reference, _) = try loadData()
      let (_, index) = try indexForAnalysis(common)
      let durations = index.durations
      let groups: [(name: String, observations: [SurvivalObservation])] =
        by.map {
          AgreementSurvival.groups(durations, by: $0, reference: reference, language: common.language)
        } ?? [(CLI.all(), durations.map(\.observation))]
      // A model that cannot be estimated (few ruptures) leaves the curves and the log-rank test
      // standing: they are printed, and the reason the model is missing is said.
      var fit: CoxFit?
      do { fit = try AgreementSurvival.cox(durations, ties: ties) } catch {
        complain(CLI.noCoxModel() + error.message(common.language))
      }
      report = SurvivalReport(groups: groups, cox: fit, timeUnit: "days", fromStore: true)
    }
    if json { return try printJSON(report) }
    print(report.text(common.language))
  }

  private func csvReport(path: String) throws -> SurvivalReport {
    let table: SurvivalTable
    do {
      table = try SurvivalTable(
        path: CommonOptions.absolute(path), sheet: sheet, time: time!, event: event!, group: group,
        covariates: covariates.map {
          $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        } ?? [])
    } catch {
      complain(error.message(common.language))
      throw Explained(code: 2)
    }
    var fit: CoxFit?
    if !table.covariateNames.isEmpty {
      do {
        fit = try CoxModel.fit(
          times: table.times, events: table.events, flat: table.covariates, names: table.covariateNames,
          ties: ties)
      } catch {
        complain(error.message(common.language))
        throw Explained(code: 1)
      }
    }
    return SurvivalReport(groups: table.groups, cox: fit, timeUnit: time!, fromStore: false)
  }
}
