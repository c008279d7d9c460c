import AlianzasDomain

/// Writing a report from the interface: a prompt with a file name in the documents folder to
/// accept or change, then the request the runtime carries out. The panel asks for the national
/// report; the alliance list filtered to a department asks for that department's.
enum ReportDialog {
  static func ask(department: ListFilter?, _ state: inout AppState) {
    let l = state.language
    let folder = state.data.exportFolder.isEmpty ? "." : state.data.exportFolder
    // The file's name in the interface's language, like every word it shows.
    let stem =
      department.map {
        (l == .es ? "informe-" : "report-") + $0.label.folded.replacingOccurrences(of: " ", with: "-")
      }
      ?? (l == .es ? "informe-nacional" : "national-report")
    var prompt = TextPrompt(
      title: T.reportPromptTitle(l),
      lines: [department.map { T.reportPromptDepartment(l, $0.label) } ?? T.reportPromptNational(l)],
      label: T.reportPromptLabel(l), submit: .report(department: department?.value), maxLength: 1000)
    _ = prompt.field.apply(.paste("\(folder)/\(stem)-\(state.data.today.iso).html"))
    state.modals.append(.prompt(prompt))
  }
}
