import AlianzasDomain

/// Writing a report from the interface: a prompt with a file name in the documents folder to
/// accept or change, then the request the runtime carries out. The panel asks for the national
/// report, the alliance list filtered to a department for that department's, an alliance's
/// detail for its committee report.
public enum ReportDialog {
  public enum Subject: Hashable, Sendable {
    case national
    case department(ListFilter)
    case alliance(code: String, name: String)
  }

  static func ask(_ subject: Subject, _ state: inout AppState) {
    let l = state.language
    let folder = state.data.exportFolder.isEmpty ? "." : state.data.exportFolder
    // The file's name in the interface's language, like every word it shows.
    let stem: String, line: String, scope: ReportRequest.Scope
    switch subject {
    case .national:
      (stem, line, scope) = (
        T.reportFileNational(l), T.reportPromptNational(l), .national
      )
    case .department(let filter):
      stem =
        T.reportFilePrefix(l) + filter.label.folded.replacingOccurrences(of: " ", with: "-")
      (line, scope) = (T.reportPromptDepartment(l, filter.label), .department(filter.value))
    case .alliance(let code, let name):
      stem = T.reportFilePrefix(l) + code.lowercased()
      (line, scope) = (T.reportPromptAlliance(l, code, name), .alliance(code))
    }
    var prompt = TextPrompt(
      title: T.reportPromptTitle(l), lines: [line], label: T.reportPromptLabel(l), submit: .report(scope),
      maxLength: 1000)
    _ = prompt.field.apply(.paste("\(folder)/\(stem)-\(state.data.today.iso).html"))
    state.modals.append(.prompt(prompt))
  }
}
