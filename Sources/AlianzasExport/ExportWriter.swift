import AlianzasDomain
import Foundation

/// Writes tables to a path the way a careful program does: into a temporary name beside the
/// target, then renamed over it in one step, so a failure (a full disk, a refused folder) leaves
/// no partial file and never half of an older export. An existing target is replaced only when
/// asked (`replace`).
public struct ExportWriter: Sendable {
  public enum Problem: Error, Sendable, Equatable {
    case exists(String)
    case unknownTable(String)
    case folderMissing(String)
    case cannotWrite(String, reason: String)
  }

  public var format: ExportFormat
  public var language: Language
  /// CSV for a Spanish-speaking spreadsheet (see `CSVTableWriter`).
  public var excelCSV: Bool
  public var replace: Bool

  public init(format: ExportFormat, language: Language, excelCSV: Bool = false, replace: Bool = false) {
    self.format = format
    self.language = language
    self.excelCSV = excelCSV
    self.replace = replace
  }

  /// The files it would write for these tables at `path`: one file when the format holds every
  /// table or there is one table and `path` names a file; else a folder with one file per table
  /// and the codebook.
  public func isSingleFile(tables: Int, path: String) -> Bool {
    format.holdsManyTables || (tables == 1 && path.hasSuffix("." + format.fileExtension))
  }

  /// Writes the tables and their codebook; returns the paths written and how many texts a
  /// format's limit cut.
  public func write(_ tables: [ExportTable], to path: String) throws(Problem) -> (paths: [String], cut: Int) {
    let fm = FileManager.default
    let parent = (path as NSString).deletingLastPathComponent
    var isFolder: ObjCBool = false
    if !parent.isEmpty, !(fm.fileExists(atPath: parent, isDirectory: &isFolder) && isFolder.boolValue) {
      throw .folderMissing(parent)
    }
    if fm.fileExists(atPath: path), !replace { throw .exists(path) }
    // Every row as wide as its header: a table built wrong is refused before any file is made.
    for table in tables {
      if let n = table.rows.firstIndex(where: { $0.count != table.columns.count }) {
        throw .cannotWrite(
          path,
          reason:
            "\(table.name): row \(n + 1) has \(table.rows[n].count) values for \(table.columns.count) columns"
        )
      }
    }
    let codebook = ExportTables.codebook(tables, language: language)
    let temporary =
      (parent.isEmpty ? "." : parent) + "/.\((path as NSString).lastPathComponent).part-\(getpid())"
    try? fm.removeItem(atPath: temporary)
    var cut = 0
    do {
      if isSingleFile(tables: tables.count, path: path) {
        cut += try writeFile(format.holdsManyTables ? tables + [codebook] : tables, to: temporary)
      } else {
        try fm.createDirectory(atPath: temporary, withIntermediateDirectories: false)
        for table in tables + [codebook] {
          cut += try writeFile([table], to: temporary + "/" + table.name + "." + format.fileExtension)
        }
      }
      if fm.fileExists(atPath: path) { try fm.removeItem(atPath: path) }
      try fm.moveItem(atPath: temporary, toPath: path)
    } catch {
      try? fm.removeItem(atPath: temporary)
      throw .cannotWrite(path, reason: Self.reason(error, language))
    }
    if isSingleFile(tables: tables.count, path: path) { return ([path], cut) }
    return ((tables + [codebook]).map { path + "/" + $0.name + "." + format.fileExtension }, cut)
  }

  private func writeFile(_ tables: [ExportTable], to path: String) throws -> Int {
    switch format {
    case .xlsx:
      try XLSXWriter.write(tables, language: language, to: path)
      return 0
    case .csv:
      let data = CSVTableWriter.data(tables[0], excel: excelCSV, language: language)
      try data.write(to: URL(fileURLWithPath: path))
      return 0
    case .dta, .sav:
      let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      guard fd >= 0 else { throw StatFileWriter.Failure(reason: String(cString: strerror(errno))) }
      defer { close(fd) }
      let cut = try StatFileWriter.write(
        tables[0], kind: format == .dta ? .stata : .spss, language: language, to: fd)
      guard fsync(fd) == 0 else { throw StatFileWriter.Failure(reason: String(cString: strerror(errno))) }
      return cut
    }
  }

  /// Why a write failed, in the reader's language when the system said why (a full disk, no
  /// permission); else the library's own words.
  static func reason(_ error: Error, _ language: Language) -> String {
    var code: Int32?
    var text: String
    if let f = error as? StatFileWriter.Failure {
      (code, text) = (f.code, f.reason)
    } else if let f = error as? XLSXWriter.Failure {
      (code, text) = (f.code, f.reason)
    } else if let cocoa = error as? CocoaError {
      switch cocoa.code {
      case .fileWriteOutOfSpace: code = ENOSPC
      case .fileWriteNoPermission: code = EACCES
      case .fileWriteVolumeReadOnly: code = EROFS
      default:
        code = (cocoa.userInfo[NSUnderlyingErrorKey] as? NSError).flatMap {
          $0.domain == NSPOSIXErrorDomain ? Int32($0.code) : nil
        }
      }
      text = cocoa.localizedDescription
    } else {
      text = (error as NSError).localizedDescription
    }
    let es = language == .es
    switch code {
    case ENOSPC?: return es ? "el disco está lleno" : "the disk is full"
    case EDQUOT?: return es ? "se agotó la cuota del disco" : "the disk quota is used up"
    case EACCES?, EPERM?: return es ? "no hay permiso para escribir ahí" : "no permission to write there"
    case EROFS?: return es ? "el disco es de solo lectura" : "the disk is read-only"
    case let c?: text = String(cString: strerror(c))
    case nil: break
    }
    while text.hasSuffix(".") { text.removeLast() }
    return text
  }
}

extension ExportWriter.Problem {
  /// The problem in the reader's words, for the interface's status line.
  public var localized: Localized {
    switch self {
    case .exists(let p):
      Localized(
        es: "Ya hay un archivo con ese nombre; elija otro: \(p)",
        en: "A file of that name exists; choose another: \(p)")
    case .folderMissing(let p): Localized(es: "No existe la carpeta: \(p)", en: "No such folder: \(p)")
    case .unknownTable(let t):
      Localized(es: "No hay una tabla llamada \(t)", en: "There is no table called \(t)")
    case .cannotWrite(let p, let reason):
      Localized(
        es: "No se pudo escribir (\(reason)); no quedó ningún archivo a medias: \(p)",
        en: "Could not write (\(reason)); no half-written file was left: \(p)")
    }
  }
}
