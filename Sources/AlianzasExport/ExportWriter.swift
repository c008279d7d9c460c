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
  /// Rows per Excel sheet before a table goes on in the next (smaller only in tests).
  var sheetRows = XLSXSink.excelRows

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
    let (paths, cut, _) = try write(schema: tables, to: path) { feed in
      for (i, table) in tables.enumerated() { for row in table.rows { try feed.append(row, to: i) } }
    }
    return (paths, cut)
  }

  /// Writes tables whose rows `rows` hands to the feed as they are made (the tables' own rows are
  /// not read), then their codebook. Returns the paths written, how many texts a format's limit
  /// cut and how many rows each table got.
  public func write(
    schema tables: [ExportTable], to path: String, rows: (ExportFeed) throws -> Void
  ) throws(Problem) -> (paths: [String], cut: Int, rows: [Int]) {
    let fm = FileManager.default
    let parent = (path as NSString).deletingLastPathComponent
    var isFolder: ObjCBool = false
    if !parent.isEmpty, !(fm.fileExists(atPath: parent, isDirectory: &isFolder) && isFolder.boolValue) {
      throw .folderMissing(parent)
    }
    if fm.fileExists(atPath: path), !replace { throw .exists(path) }
    let codebook = ExportTables.codebook(tables, language: language)
    let temporary =
      (parent.isEmpty ? "." : parent) + "/.\((path as NSString).lastPathComponent).part-\(getpid())"
    try? fm.removeItem(atPath: temporary)
    let single = isSingleFile(tables: tables.count, path: path)
    let all = single && !format.holdsManyTables ? tables : tables + [codebook]
    let names = all.map { $0.name + "." + format.fileExtension }
    var sink: (any TableSink)?
    do {
      if !single { try fm.createDirectory(atPath: temporary, withIntermediateDirectories: false) }
      let files = single ? [temporary] : names.map { temporary + "/" + $0 }
      sink = try makeSink(all, files: files)
      let feed = ExportFeed(sink!, tables: all)
      try rows(feed)
      if all.count > tables.count { for row in codebook.rows { try feed.append(row, to: tables.count) } }
      let cut = try sink!.finish()
      sink = nil
      if fm.fileExists(atPath: path) { try fm.removeItem(atPath: path) }
      try fm.moveItem(atPath: temporary, toPath: path)
      return (single ? [path] : names.map { path + "/" + $0 }, cut, Array(feed.counts.prefix(tables.count)))
    } catch {
      sink?.abort()
      try? fm.removeItem(atPath: temporary)
      if let problem = error as? Problem { throw problem }
      throw .cannotWrite(path, reason: Self.reason(error, language))
    }
  }

  private func makeSink(_ tables: [ExportTable], files: [String]) throws -> any TableSink {
    switch format {
    case .xlsx: try XLSXSink(tables, path: files[0], language: language, sheetRows: sheetRows)
    case .csv: try CSVSink(tables, paths: files, excel: excelCSV, language: language)
    case .dta: try StatSink(tables, paths: files, kind: .stata, language: language)
    case .sav: try StatSink(tables, paths: files, kind: .spss, language: language)
    }
  }

  /// Why a write failed, in the reader's language when the system said why (a full disk, no
  /// permission); else the library's own words.
  public static func reason(_ error: Error, _ language: Language) -> String {
    var code: Int32?
    var text: String
    if let f = error as? WriteFailure {
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
