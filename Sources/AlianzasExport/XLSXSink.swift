import AlianzasDomain
import CXlsxWriter
import Foundation

/// Excel workbooks through libxlsxwriter (Debian's libxlsxwriter): one sheet per table, the
/// header row frozen and bold, pesos with a number format, dates as real dates, codes by their
/// label in the chosen language. The workbook is in constant-memory mode: each sheet's rows go to
/// a temporary file as they are written, in order, so memory stays flat however large.
final class XLSXSink: TableSink {
  private let workbook: UnsafeMutablePointer<lxw_workbook>
  private var sheets: [UnsafeMutablePointer<lxw_worksheet>] = []
  /// Rows written on each table's current sheet, and how many sheets it has.
  private var written: [Int]
  private var parts: [Int] = []
  private var names: [String] = []
  private let columns: [[ExportColumn]]
  private let language: Language
  private let bold, pesos, decimal, date: UnsafeMutablePointer<lxw_format>?
  /// libxlsxwriter also reports its errors on the standard error; under the interface that would
  /// land on the screen. Its messages are silenced while the workbook is open; its result codes
  /// say what happened.
  private let quiet = Silenced()
  private var open = true

  /// Rows per sheet, the header's included (Excel's limit; smaller in tests).
  private let sheetRows: Int

  init(_ tables: [ExportTable], path: String, language: Language, sheetRows: Int = XLSXSink.excelRows) throws
  {
    self.sheetRows = sheetRows
    var options = lxw_workbook_options()
    options.constant_memory = 1
    guard let workbook = workbook_new_opt(path, &options) else {
      let code = errno
      quiet.restore()
      throw WriteFailure(reason: "workbook_new \(path)", code: code == 0 ? nil : code)
    }
    self.workbook = workbook
    self.language = language
    columns = tables.map(\.columns)
    written = Array(repeating: 0, count: tables.count)
    bold = workbook_add_format(workbook)
    format_set_bold(bold)
    pesos = workbook_add_format(workbook)
    format_set_num_format(pesos, "#,##0")
    decimal = workbook_add_format(workbook)
    format_set_num_format(decimal, "0.00")
    date = workbook_add_format(workbook)
    format_set_num_format(date, "yyyy-mm-dd")
    names = tables.map(\.name)
    parts = Array(repeating: 1, count: tables.count)
    for table in tables {
      guard let sheet = addSheet(table.name, table.columns) else {
        abort()
        throw WriteFailure(reason: "worksheet \(table.name)")
      }
      sheets.append(sheet)
    }
  }

  /// A sheet with the table's header, bold and frozen.
  private func addSheet(_ name: String, _ columns: [ExportColumn]) -> UnsafeMutablePointer<lxw_worksheet>? {
    // Sheet names: at most 31 characters.
    guard let sheet = workbook_add_worksheet(workbook, String(name.prefix(31))) else { return nil }
    for (c, column) in columns.enumerated() {
      worksheet_write_string(sheet, 0, lxw_col_t(c), column.name, bold)
      let width: Double =
        switch column.kind {
        case .text: 24
        case .date: 12
        case .pesos: 16
        default: 12
        }
      worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nil)
    }
    worksheet_freeze_panes(sheet, 1, 0)
    return sheet
  }

  /// Excel's rows per sheet, the header's included.
  static let excelRows = 1_048_576

  func append(_ row: [ExportValue], to table: Int) throws {
    let columns = self.columns[table]
    // A table longer than a sheet goes on in another (`survey_answers_2`) at the workbook's end.
    if written[table] == sheetRows - 1 {
      parts[table] += 1
      guard let next = addSheet("\(names[table])_\(parts[table])", columns) else {
        throw WriteFailure(reason: "worksheet \(names[table])_\(parts[table])")
      }
      sheets[table] = next
      written[table] = 0
    }
    let sheet = sheets[table]
    written[table] += 1
    let y = lxw_row_t(written[table])
    for (c, value) in row.enumerated() {
      let x = lxw_col_t(c)
      let result: lxw_error
      switch value {
      case .missing: continue
      case .text(let t):
        result = worksheet_write_string(sheet, y, x, StatFileWriter.clipped(t, bytes: 32767), nil)
      case .integer(let n):
        if case .pesos = columns[c].kind {
          result = worksheet_write_number(sheet, y, x, Double(n), pesos)
        } else {
          result = worksheet_write_number(sheet, y, x, Double(n), nil)
        }
      case .decimal(let d): result = worksheet_write_number(sheet, y, x, d, decimal)
      case .date(let d):
        let (year, month, day) = d.components
        var when = lxw_datetime(
          year: Int32(year), month: Int32(month), day: Int32(day), hour: 0, min: 0, sec: 0)
        result = worksheet_write_datetime(sheet, y, x, &when, date)
      case .code(let code):
        if case .coded(let codes) = columns[c].kind, let label = codes.code(code)?.label(language) {
          result = worksheet_write_string(sheet, y, x, label, nil)
        } else {
          result = worksheet_write_number(sheet, y, x, Double(code), nil)
        }
      }
      // A row past Excel's 1,048,576, or a temporary file the disk refused.
      guard result == LXW_NO_ERROR else {
        let code = errno
        throw WriteFailure(
          reason: "\(columns[c].name): " + String(cString: lxw_strerror(result)),
          code: result == LXW_ERROR_CREATING_TMPFILE ? code : nil)
      }
    }
  }

  func finish() throws -> Int {
    open = false
    let result = workbook_close(workbook)
    let code = errno
    quiet.restore()
    guard result == LXW_NO_ERROR else {
      throw WriteFailure(reason: String(cString: lxw_strerror(result)), code: code == 0 ? nil : code)
    }
    return 0
  }

  func abort() {
    guard open else { return }
    open = false
    lxw_workbook_free(workbook)
    quiet.restore()
  }

  /// The standard error sent to /dev/null until `restore`.
  final class Silenced {
    private var saved: Int32
    init() {
      fflush(nil)
      saved = dup(2)
      let null = Foundation.open("/dev/null", O_WRONLY)
      if null >= 0 {
        dup2(null, 2)
        close(null)
      }
    }
    func restore() {
      guard saved >= 0 else { return }
      fflush(nil)
      dup2(saved, 2)
      close(saved)
      saved = -1
    }
  }
}
