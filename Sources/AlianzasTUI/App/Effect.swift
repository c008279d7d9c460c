import AlianzasDomain

/// Work the reducer asks the runtime to do; the runtime answers with actions (`saved`,
/// `saveFailed`).
public enum Effect: Hashable, Sendable {
  case quit
  case saveAlliance(Alliance)
  case saveRoster(HouseholdRoster)
  /// Parse one alliance's file (opening its detail).
  case loadAlliance(String)
  /// Parse one alliance's households (opening its roster).
  case loadRoster(String)
  /// Parse every alliance file (the rupture analyses need them all).
  case loadAllAlliances
  /// Parse every household file (the group comparisons need them all).
  case loadAllRosters
  /// Find the conflicts and duplicate candidates waiting for review.
  case loadReview
  /// Apply a reviewer's choice.
  case applyReview(ReviewChoice)
  /// A supervisor's (or the officer's) step on a field record's review, in alliance `code`.
  case supervise(code: String, target: SupervisionTarget, step: ReviewStep)
  /// Read the history of a record: the file and the path inside it, with a title for the box.
  case loadHistory(file: String, path: String, title: String)
  /// Keep who works on this machine (the XDG config folder), to sign every change.
  case saveOfficer(OfficerProfile)
  /// Write what a list shows to a file (the runtime does; the interface writes none).
  case export(ExportRequest)
  /// Write a report to a file (the runtime does).
  case report(ReportRequest)
  /// An action to take once the effects before it are done (a list that needs every file loaded).
  case then(Action)
}

extension Effect {
  /// What a progress bar says while this effect is carried out.
  public func progressText(_ l: Language) -> String {
    switch self {
    case .export: T.exporting(l)
    case .report: T.writingReport(l)
    default: T.readingRecords(l)
    }
  }
}
