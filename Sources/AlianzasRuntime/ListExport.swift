import AlianzasDomain
import AlianzasExport
import AlianzasStore
import AlianzasTUI
import Foundation

/// Carries out an export asked for from a list: the rows shown, in their order, written as the
/// command line writes them (a workbook with its codebook sheet, or CSV for Excel).
extension StoreSession {
  /// Where exports go by default: `$XDG_DOCUMENTS_DIR`, else the home's Documentos or Documents
  /// folder when there is one, else home.
  static func documentsFolder() -> String {
    let environment = ProcessInfo.processInfo.environment
    if let chosen = environment["XDG_DOCUMENTS_DIR"], !chosen.isEmpty { return chosen }
    let home = environment["HOME"] ?? NSHomeDirectory()
    for name in ["Documentos", "Documents"] where FileManager.default.fileExists(atPath: home + "/" + name) {
      return home + "/" + name
    }
    return home
  }

  func export(_ request: ExportRequest, progress: (Double) -> Void) -> Action {
    var alliances: [Alliance] = []
    var rosters: [HouseholdRoster] = []
    if request.table == "households", let scope = request.scope {
      // The roster as the screen has it (it may hold edits the disk has too: saves are at once).
      if let roster = data.rosters[scope] {
        rosters = [roster]
      } else if case .success(let roster) = store.loadRoster(code: scope) {
        rosters = [roster]
      }
    } else {
      // An agreement's key starts with its alliance's code; the alliance is read once.
      var seen = Set<String>()
      let codes = request.codes.map { String($0.prefix { $0 != "/" }) }.filter { seen.insert($0).inserted }
      for (i, code) in codes.enumerated() {
        if case .success(let a) = store.loadAlliance(code: code) { alliances.append(a) }
        if i % 50 == 0 { progress(0.8 * Double(i) / Double(max(1, codes.count))) }
      }
    }
    let source = ExportSource(
      alliances: alliances, rosters: rosters, instruments: instruments, reference: reference,
      today: data.today)
    guard var table = ExportTables.table(request.table, source, language: request.language) else {
      return .exportFailed(ExportWriter.Problem.unknownTable(request.table).localized)
    }
    // The order of the screen, not the table's own.
    let order = Dictionary(request.codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    // The row's key: the alliance's code, the household's (second column), or the agreement's
    // alliance and id.
    func text(_ value: ExportValue) -> String {
      if case .text(let t) = value { return t }
      return ""
    }
    func place(_ row: [ExportValue]) -> Int {
      let key =
        switch request.table {
        case "households": text(row[1])
        case "agreements": ExportDraft.agreementKey(text(row[0]), text(row[1]))
        default: text(row[0])
        }
      return order[key] ?? Int.max
    }
    // Only the rows shown (a household list hides archived ones, or shows only them), in order.
    table.rows = table.rows.filter { place($0) != Int.max }.sorted { place($0) < place($1) }
    let writer = ExportWriter(
      format: request.kind == .xlsx ? .xlsx : .csv, language: request.language, excelCSV: request.kind == .csv
    )
    var path = (request.path as NSString).expandingTildeInPath
    if !path.hasPrefix("/") { path = (data.exportFolder.isEmpty ? "." : data.exportFolder) + "/" + path }
    progress(0.9)
    do {
      let (paths, _) = try writer.write([table], to: path)
      progress(1)
      return .exported(table: request.table, path: paths[0], rows: table.rows.count)
    } catch {
      return .exportFailed(error.localized)
    }
  }
}
