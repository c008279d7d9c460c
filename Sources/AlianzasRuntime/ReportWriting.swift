import AlianzasDomain
import AlianzasExport
import AlianzasReport
import AlianzasStore
import AlianzasTUI
import Foundation

/// Carries out a report asked for from the interface: the same page `alianzas report national`
/// or `report alliance` writes, from the records on disk (every confirmed field is there already).
extension StoreSession {
  func report(_ request: ReportRequest, progress: (Double) -> Void) -> Action {
    var path = (request.path as NSString).expandingTildeInPath
    if !path.hasPrefix("/") { path = (data.exportFolder.isEmpty ? "." : data.exportFolder) + "/" + path }
    // From the interface an existing file is never replaced: the person chooses another name.
    // Asked before the store is read, so a bad name costs nothing.
    let parent = (path as NSString).deletingLastPathComponent
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
      return .reportFailed(ExportWriter.Problem.folderMissing(parent).localized)
    }
    guard !FileManager.default.fileExists(atPath: path) else {
      return .reportFailed(ExportWriter.Problem.exists(path).localized)
    }
    progress(0.1)
    let html: String
    switch request.scope {
    case .alliance(let code):
      // One alliance: its own two files, not the whole store.
      let alliance: Alliance
      switch store.loadAlliance(code: code) {
      case .success(let a): alliance = a
      case .failure(let problem): return .reportFailed(Localized { problem.message($0) })
      }
      let roster = store.codes(in: .households).contains(code) ? try? store.loadRoster(code: code).get() : nil
      html = AllianceReport(
        alliance: alliance, roster: roster, instruments: instruments, reference: reference, today: data.today,
        language: request.language
      ).html()
    case .national, .department:
      let members = NationalReport.members(
        store, reference: reference, instruments: instruments, today: data.today)
      progress(0.7)
      var department: Department?
      if case .department(let code) = request.scope { department = reference.department(code: code) }
      let inputs = NationalReport.Inputs.build(
        members: members.members, instruments: instruments, reference: reference, today: data.today,
        language: request.language, department: department)
      html = NationalReport(inputs, instruments: instruments, language: request.language).html()
    }
    progress(0.9)
    do {
      try ReportFile.write(html, to: path, replace: false)
    } catch {
      let problem: ExportWriter.Problem =
        switch error {
        case .folderMissing(let folder): .folderMissing(folder)
        case .exists(let p): .exists(p)
        case .cannotWrite(let p, let why): .cannotWrite(p, reason: ExportWriter.reason(why, request.language))
        }
      return .reportFailed(problem.localized)
    }
    progress(1)
    return .reported(path: path)
  }
}
