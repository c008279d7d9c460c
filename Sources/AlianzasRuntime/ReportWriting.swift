import AlianzasDomain
import AlianzasExport
import AlianzasReport
import AlianzasStore
import AlianzasTUI
import Foundation

/// Carries out a report asked for from the interface: the same page `alianzas report national`
/// writes, from the records on disk (every confirmed field is there already).
extension StoreSession {
  func report(_ request: ReportRequest, progress: (Double) -> Void) -> Action {
    var path = (request.path as NSString).expandingTildeInPath
    if !path.hasPrefix("/") { path = (data.exportFolder.isEmpty ? "." : data.exportFolder) + "/" + path }
    let fm = FileManager.default
    let parent = (path as NSString).deletingLastPathComponent
    var isFolder: ObjCBool = false
    guard fm.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
      return .reportFailed(ExportWriter.Problem.folderMissing(parent).localized)
    }
    // From the interface an existing file is never replaced: the person chooses another name.
    guard !fm.fileExists(atPath: path) else {
      return .reportFailed(ExportWriter.Problem.exists(path).localized)
    }
    progress(0.1)
    let contents = store.loadAll()
    progress(0.7)
    let inputs = NationalReport.Inputs.build(
      alliances: contents.alliances, rosters: Array(contents.rosters.values), instruments: instruments,
      reference: reference, today: data.today, language: request.language,
      department: request.department.flatMap { reference.department(code: $0) })
    let html = NationalReport(inputs, instruments: instruments, language: request.language).html()
    progress(0.9)
    let temporary = parent + "/.\((path as NSString).lastPathComponent).part-\(getpid())"
    do {
      try Data(html.utf8).write(to: URL(fileURLWithPath: temporary))
      try fm.moveItem(atPath: temporary, toPath: path)
    } catch {
      try? fm.removeItem(atPath: temporary)
      return .reportFailed(
        ExportWriter.Problem.cannotWrite(path, reason: ExportWriter.reason(error, request.language)).localized
      )
    }
    progress(1)
    return .reported(path: path)
  }
}
