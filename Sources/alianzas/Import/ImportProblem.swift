import AlianzasDomain

/// One thing wrong with an imported file: the row as the spreadsheet numbers it (the header is
/// row 1), the column by its name in the file, and why. Printed as `file:row:column: reason`.
struct ImportProblem: Hashable, Sendable {
  /// 0 for the file as a whole (a missing column, an empty file).
  var row: Int
  var column: String?
  var reason: Localized

  init(row: Int, column: String?, _ reason: Localized) {
    self.row = row
    self.column = column
    self.reason = reason
  }

  init(row: Int, column: String?, _ text: ImportText) {
    self.init(row: row, column: column, text.localized)
  }

  func line(file: String, _ language: Language) -> String {
    var place = file
    if row > 0 { place += ":\(row)" }
    if let column { place += ":\(column)" }
    return place + ": " + reason(language)
  }
}
