import AlianzasDomain
import AlianzasExport

/// An imported file read against one table's codebook: which of its columns is which, through
/// `--map`, and what each cell says once the map has translated it.
final class ImportSheet {
  let input: CSVInput
  var file: String { input.file }
  /// This file's place among the files of one import.
  let fileIndex: Int
  /// A `;` CSV comes from a spreadsheet that writes decimal commas.
  let decimalComma: Bool
  let map: ImportMap
  /// Codebook column → its position in the file.
  let position: [String: Int]
  /// Codebook column → its kind, for reading its cells.
  let kinds: [String: ExportColumn.Kind]
  /// Problems of the file as a whole that stop the import (a key column missing, a repeated one).
  private(set) var problems: [ImportProblem] = []
  /// Columns that are read by no one: not in the codebook, or computed by the program.
  private(set) var warnings: [ImportProblem] = []
  /// Coded and yes/no cells repeat the same few texts thousands of times: each is read once.
  private var codeCache: [String: [String: String?]] = [:]

  init(
    input: CSVInput, fileIndex: Int = 0, map: ImportMap, columns: [ExportColumn], reads: Set<String>,
    keys: [String]
  ) {
    self.input = input
    self.fileIndex = fileIndex
    self.map = map
    decimalComma = input.delimiter == ";"
    var kinds: [String: ExportColumn.Kind] = [:]
    for c in columns { kinds[c.name] = c.kind }
    self.kinds = kinds
    var position: [String: Int] = [:]
    var computed: [String] = []
    for (i, written) in input.header.enumerated() {
      let name = map.columns[ImportCell.folded(written)] ?? written
      guard kinds[name] != nil else {
        if !written.isEmpty {
          warnings.append(ImportProblem(row: 1, column: written, .ignoredColumn(written)))
        }
        continue
      }
      guard reads.contains(name) else {
        computed.append(written)
        continue
      }
      if position[name] != nil {
        problems.append(ImportProblem(row: 1, column: written, .repeatedColumn(name)))
        continue
      }
      position[name] = i
    }
    self.position = position
    // The program's own figures (an export's IDAP, durations, counts) are said once, together.
    if !computed.isEmpty {
      warnings.append(ImportProblem(row: 1, column: nil, .computedColumns(computed.joined(separator: ", "))))
    }
    for key in keys where position[key] == nil {
      problems.append(ImportProblem(row: 1, column: nil, .missingKeyColumn(key)))
    }
    if input.rowCount == 0 { problems.append(ImportProblem(row: 0, column: nil, .emptyFile)) }
  }

  var rowCount: Int { input.rowCount }
  func has(_ column: String) -> Bool { position[column] != nil }

  /// The column's name as the file writes it, for messages.
  func written(_ column: String) -> String { position[column].map { input.header[$0] } ?? column }

  /// A cell's text after the map; nil when the file has no such column.
  func cell(_ row: Int, _ column: String) -> String? {
    guard let at = position[column] else { return nil }
    let text = input.text(row, at)
    if let values = map.values[column], let mapped = values[ImportCell.folded(text)] { return mapped }
    return text
  }

  /// A coded cell's stored code (cached by text), or nil when it is no code of `codes`.
  func code(_ text: String, _ column: String, _ codes: ExportCodes) -> String? {
    if let known = codeCache[column]?[text] { return known }
    let found = ImportCell.code(text, in: codes)
    codeCache[column, default: [:]][text] = .some(found)
    return found
  }

  /// The file's data rows as `ImportRow`s read on demand.
  func row(_ index: Int) -> ImportRow { ImportRow(sheet: self, index: index) }
}

/// One data row being read: each `set` reads a column into a field, or notes the problem.
/// A column the file lacks leaves its field as it was; an empty cell clears an optional field and
/// is a problem for a required one.
struct ImportRow {
  let sheet: ImportSheet
  let index: Int
  var problems: [ImportProblem] = []
  /// What the row did that the person should know of, though it is no problem.
  var notes: [ImportProblem] = []

  init(sheet: ImportSheet, index: Int) {
    self.sheet = sheet
    self.index = index
  }

  /// The row's number as the spreadsheet shows it.
  var number: Int { sheet.input.rowNumber(index) }

  func has(_ column: String) -> Bool { sheet.has(column) }
  func text(_ column: String) -> String? { sheet.cell(index, column) }
  /// Whether the column is there and the cell holds something.
  func filled(_ column: String) -> Bool { !(text(column) ?? "").isEmpty }

  mutating func problem(_ column: String?, _ reason: Localized) {
    problems.append(ImportProblem(row: number, column: column.map { sheet.written($0) }, reason))
  }

  mutating func problem(_ column: String?, _ reason: ImportText) { problem(column, reason.localized) }

  mutating func note(_ column: String?, _ text: ImportText) {
    notes.append(ImportProblem(row: number, column: column.map { sheet.written($0) }, text))
  }

  /// Reads `column` with `parse`; `.absent` for no column, `.empty` for a blank cell, nil (and a
  /// problem) for a cell `parse` refuses.
  private mutating func read<T>(_ column: String, _ parse: (String) -> T?, _ bad: (String) -> Localized)
    -> Read<T>?
  {
    guard let text = text(column) else { return .absent }
    if text.isEmpty { return .empty }
    guard let value = parse(text) else {
      problem(column, bad(text))
      return nil
    }
    return .value(value)
  }

  enum Read<T> {
    case absent, empty, value(T)
  }

  private mutating func assign<T>(_ target: inout T, _ column: String, _ read: Read<T>?) {
    switch read {
    case .value(let v): target = v
    case .empty: problem(column, .needsValue)
    case .absent, nil: break
    }
  }

  private mutating func assign<T>(_ target: inout T?, _ column: String, _ read: Read<T>?) {
    switch read {
    case .value(let v): target = v
    case .empty: target = nil
    case .absent, nil: break
    }
  }

  private var decimalComma: Bool { sheet.decimalComma }

  mutating func text(_ target: inout String, _ column: String) {
    guard let text = text(column) else { return }
    target = text
  }

  mutating func optionalText(_ target: inout String?, _ column: String) {
    guard let text = text(column) else { return }
    target = text.isEmpty ? nil : text
  }

  mutating func whole(_ target: inout Int, _ column: String) {
    let comma = decimalComma
    assign(
      &target, column,
      read(column, { ImportCell.whole($0, decimalComma: comma) }) { ImportText.notAWholeNumber($0).localized }
    )
  }

  mutating func whole(_ target: inout Int?, _ column: String) {
    let comma = decimalComma
    assign(
      &target, column,
      read(column, { ImportCell.whole($0, decimalComma: comma) }) { ImportText.notAWholeNumber($0).localized }
    )
  }

  mutating func decimal(_ target: inout Double, _ column: String) {
    let comma = decimalComma
    assign(
      &target, column,
      read(column, { ImportCell.number($0, decimalComma: comma) }) { ImportText.notANumber($0).localized })
  }

  mutating func decimal(_ target: inout Double?, _ column: String) {
    let comma = decimalComma
    assign(
      &target, column,
      read(column, { ImportCell.number($0, decimalComma: comma) }) { ImportText.notANumber($0).localized })
  }

  mutating func pesos(_ target: inout Pesos, _ column: String) {
    let comma = decimalComma
    let parse: (String) -> Pesos? = { text in
      ImportCell.whole(text, decimalComma: comma).map { Pesos(Int64($0)) }
    }
    assign(&target, column, read(column, parse) { ImportText.notWholePesos($0).localized })
  }

  mutating func day(_ target: inout Day, _ column: String) {
    assign(&target, column, read(column, ImportCell.day) { ImportText.notADate($0).localized })
  }

  mutating func day(_ target: inout Day?, _ column: String) {
    assign(&target, column, read(column, ImportCell.day) { ImportText.notADate($0).localized })
  }

  mutating func yesNo(_ target: inout Bool, _ column: String) {
    assign(&target, column, read(column, ImportCell.yesNo) { ImportText.notYesNo($0).localized })
  }

  mutating func yesNo(_ target: inout Bool?, _ column: String) {
    assign(&target, column, read(column, ImportCell.yesNo) { ImportText.notYesNo($0).localized })
  }

  /// A coded cell's stored code through `codes`, or the problem naming the allowed values.
  private mutating func readCode(_ column: String, _ codes: ExportCodes) -> Read<String>? {
    let sheet = self.sheet
    return read(column, { sheet.code($0, column, codes) }) { text in
      Localized { ImportText.notACode(text, ImportCell.allowed(codes, $0))($0) }
    }
  }

  /// `readCode` as a value of the domain's enum `T`.
  private mutating func readCode<T: RawRepresentable>(_ column: String, _ codes: ExportCodes) -> Read<T>?
  where T.RawValue == String {
    switch readCode(column, codes) {
    case .value(let raw): T(rawValue: raw).map { .value($0) }
    case .empty: .empty
    case .absent: .absent
    case nil: nil
    }
  }

  /// An optional coded column into an enum of the domain; an empty cell clears it.
  mutating func code<T: RawRepresentable>(_ target: inout T?, _ column: String, _ codes: ExportCodes)
  where T.RawValue == String {
    assign(&target, column, readCode(column, codes) as Read<T>?)
  }

  /// An optional coded column kept as the stored code (a PPI answer), through the codes the
  /// codebook gives that column.
  mutating func code(_ target: inout String?, _ column: String) {
    guard case .coded(let codes)? = sheet.kinds[column] else { return }
    assign(&target, column, readCode(column, codes))
  }

  mutating func pesos(_ target: inout Pesos?, _ column: String) {
    let comma = decimalComma
    let parse: (String) -> Pesos? = { text in
      ImportCell.whole(text, decimalComma: comma).map { Pesos(Int64($0)) }
    }
    assign(&target, column, read(column, parse) { ImportText.notWholePesos($0).localized })
  }

  /// A coded column into an enum of the domain, through the codebook's codes.
  mutating func code<T: RawRepresentable>(_ target: inout T, _ column: String, _ codes: ExportCodes)
  where T.RawValue == String {
    assign(&target, column, readCode(column, codes) as Read<T>?)
  }

  /// Whether the row has every column a new record needs; if not, says which it lacks.
  mutating func canCreate(needing columns: [String]) -> Bool {
    let missing = columns.filter { !filled($0) }
    if !missing.isEmpty { problem(nil, .createNeeds(missing.joined(separator: ", "))) }
    return missing.isEmpty
  }
}
