import AlianzasDomain
import AlianzasStore
import ArgumentParser
import Foundation

struct SurvivalCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "survival",
      abstract: t(
        "Duración del primer acuerdo comercial: Kaplan–Meier, log-rank y Cox; o cualquier CSV.",
        "Duration of the first buyer agreement: Kaplan–Meier, log-rank and Cox; or any CSV."),
      discussion: t(
        "Con --store analiza las alianzas del almacén (tiempo en días). Con --csv analiza un archivo con encabezado: --time y --event nombran columnas; el evento es 1 o 0.",
        "With --store it analyses the store's alliances (time in days). With --csv it analyses a file with a header row: --time and --event name columns; the event is 1 or 0."
      ))
  }

  @OptionGroup var common: CommonOptions
  @Option(
    help: ArgumentHelp(
      t("Agrupación de las curvas (almacén).", "Grouping of the curves (store)."), valueName: "covariable"))
  var by: SurvivalGrouping?
  @Option(
    help: ArgumentHelp(t("Archivo CSV con encabezado.", "CSV file with a header row."), valueName: "archivo"))
  var csv: String?
  @Option(help: ArgumentHelp(t("Columna del tiempo (CSV).", "Time column (CSV)."), valueName: "col"))
  var time: String?
  @Option(
    help: ArgumentHelp(t("Columna del evento, 1 o 0 (CSV).", "Event column, 1 or 0 (CSV)."), valueName: "col")
  ) var event: String?
  @Option(help: ArgumentHelp(t("Columna de grupo (CSV).", "Group column (CSV)."), valueName: "col"))
  var group: String?
  @Option(
    help: ArgumentHelp(
      t(
        "Covariables del modelo de Cox, separadas por comas (CSV).", "Cox covariates, comma-separated (CSV)."),
      valueName: "a,b"))
  var covariates: String?
  @Option(help: ArgumentHelp(t("Empates: efron o breslow.", "Ties: efron or breslow."), valueName: "método"))
  var ties: CoxTies = .efron
  @Flag(help: ArgumentHelp(t("Salida JSON para programas.", "JSON output for scripts."))) var json = false

  func validate() throws {
    if csv != nil {
      guard time != nil, event != nil else {
        throw ValidationError(t("con --csv hacen falta --time y --event", "--csv needs --time and --event"))
      }
      if by != nil {
        throw ValidationError(
          t("--by es para el almacén; con --csv use --group", "--by is for the store; with --csv use --group")
        )
      }
    } else if time != nil || event != nil || group != nil || covariates != nil {
      throw ValidationError(
        t(
          "--time, --event, --group y --covariates van con --csv",
          "--time, --event, --group and --covariates go with --csv"))
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
        } ?? [(t("Todas", "All"), durations.map(\.observation))]
      let fit: CoxFit
      do { fit = try AgreementSurvival.cox(durations, ties: ties) } catch {
        complain(error.message(common.language))
        throw Explained(code: 1)
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
        path: CommonOptions.absolute(path), time: time!, event: event!, group: group,
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
          times: table.times, events: table.events, covariates: table.covariates, names: table.covariateNames,
          ties: ties)
      } catch {
        complain(error.message(common.language))
        throw Explained(code: 1)
      }
    }
    return SurvivalReport(groups: table.groups, cox: fit, timeUnit: time!, fromStore: false)
  }
}
