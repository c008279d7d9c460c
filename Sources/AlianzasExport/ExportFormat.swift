import Foundation

/// The forms an export takes.
public enum ExportFormat: String, CaseIterable, Sendable {
  case csv, xlsx, dta, sav

  /// The file name extension.
  public var fileExtension: String { rawValue }

  /// Whether one file holds every table (a workbook) or each table is a file of its own.
  public var holdsManyTables: Bool { self == .xlsx }
}
