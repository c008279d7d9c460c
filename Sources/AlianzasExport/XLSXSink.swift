import AlianzasDomain
import CXlsxWriter
import Foundation

/// Excel workbooks through libxlsxwriter (Debian's libxlsxwriter): one sheet per table, the
/// header row frozen and bold, pesos with a number format, dates as real dates, codes by their
/// label in the chosen language, and the codebook as the last sheet.
public enum XLSXWriter {
  public struct Failure: Error, Sendable {
    public var reason: String
    public var code: Int32?
  }

  public static func write(_ tables: [ExportTable], language: Language, to path: String) throws {
    // libxlsxwriter reports its errors on the standard error as well; under the interface that
    // would land on the screen. Its messages are silenced here; its result code says what
    // happened.
    let quiet = Silenced()
    defer { quiet.restore() }
    var options = lxw_workbook_options()
    // Rows go to a temporary file as they are written: memory stays flat however large.
    options.constant_memory = 1
    guard let workbook = workbook_new_opt(path, &options) else {
      throw Failure(reason: "workbook_new \(path)", code: errno)
    }
    let bold = workbook_add_format(workbook)
    format_set_bold(bold)
    let pesos = workbook_add_format(workbook)
    format_set_num_format(pesos, "#,##0")
    let decimal = workbook_add_format(workbook)
    format_set_num_format(decimal, "0.00")
    let date = workbook_add_format(workbook)
    format_set_num_format(date, "yyyy-mm-dd")
    for table in tables {
      // Sheet names: at most 31 characters.
      guard let sheet = workbook_add_worksheet(workbook, String(table.name.prefix(31))) else {
        throw Failure(reason: "worksheet \(table.name)", code: nil)
      }
      for (c, column) in table.columns.enumerated() {
        worksheet_write_string(sheet, 0, lxw_col_t(c), column.name, bold)
        let width: Double = {
          switch column.kind {
          case .text: 24
          case .date: 12
          case .pesos: 16
          default: 12
          }
        }()
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nil)
      }
      worksheet_freeze_panes(sheet, 1, 0)
      for (r, row) in table.rows.enumerated() {
        let y = lxw_row_t(r + 1)
        for (c, value) in row.enumerated() {
          let x = lxw_col_t(c)
          switch value {
          case .missing: break
          case .text(let t): worksheet_write_string(sheet, y, x, StatFileWriter.clipped(t, bytes: 32767), nil)
          case .integer(let n):
            if case .pesos = table.columns[c].kind {
              worksheet_write_number(sheet, y, x, Double(n), pesos)
            } else {
              worksheet_write_number(sheet, y, x, Double(n), nil)
            }
          case .decimal(let d): worksheet_write_number(sheet, y, x, d, decimal)
          case .date(let d):
            let (year, month, day) = d.components
            var when = lxw_datetime(
              year: Int32(year), month: Int32(month), day: Int32(day), hour: 0, min: 0, sec: 0)
            worksheet_write_datetime(sheet, y, x, &when, date)
          case .code(let code):
            if case .coded(let codes) = table.columns[c].kind, let label = codes.code(code)?.label(language) {
              worksheet_write_string(sheet, y, x, label, nil)
            } else {
              worksheet_write_number(sheet, y, x, Double(code), nil)
            }
          }
        }
      }
    }
    let result = workbook_close(workbook)
    let code = errno
    guard result == LXW_NO_ERROR else {
      throw Failure(reason: String(cString: lxw_strerror(result)), code: code == 0 ? nil : code)
    }
  }

  /// The standard error sent to /dev/null until `restore`.
  final class Silenced {
    let saved: Int32
    init() {
      fflush(nil)
      saved = dup(2)
      let null = open("/dev/null", O_WRONLY)
      if null >= 0 {
        dup2(null, 2)
        close(null)
      }
    }
    func restore() {
      fflush(nil)
      if saved >= 0 {
        dup2(saved, 2)
        close(saved)
      }
    }
  }
}
