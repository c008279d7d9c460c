import AlianzasExport
import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// One worksheet of an Excel workbook (.xlsx) as text: each row by its number in the sheet, each
/// cell's text by column, empty where the sheet has nothing. A workbook is a ZIP of XML parts
/// (ECMA-376): `xl/workbook.xml` names the sheets, its relationships say which part holds each,
/// `xl/sharedStrings.xml` holds the texts most writers share between cells; numbers are kept as
/// the workbook writes them (`3.5`, `1E-3`), dates as Excel's serial day numbers. ZIPFoundation
/// opens the ZIP and FoundationXML's parser reads the parts; no package here reads workbooks.
struct XLSXSheet {
  enum Failure: Error, Equatable {
    /// Not a ZIP archive at all.
    case notAWorkbook
    /// A ZIP, but a part is missing, too large or not XML; names the part.
    case damaged(String)
    /// No sheet of that name; the sheets there are.
    case noSheet(String, [String])
  }

  /// No part of a workbook a person hands over is near this once unpacked; a ZIP that claims more
  /// is refused before it is unpacked.
  static let maximumPartBytes = 512 << 20

  let name: String
  let rows: [(number: Int, cells: [String])]

  /// The sheet `sheet`, or the workbook's first.
  /// `sheet` by name, else `preferred` when the workbook has it (an export names each sheet for
  /// its table), else the first sheet.
  init(path: String, sheet: String?, preferred: String? = nil) throws(Failure) {
    let archive: Archive
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    } catch {
      throw .notAWorkbook
    }
    func part(_ name: String) throws(Failure) -> Data? {
      guard let entry = archive[name] else { return nil }
      guard entry.uncompressedSize <= UInt64(Self.maximumPartBytes) else { throw .damaged(name) }
      var data = Data()
      do {
        // The reading with a consumer returns the checksum without comparing it. The size the
        // header claims is not trusted either: a part that unpacks past the bound is refused as
        // it grows, whatever its header said.
        let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
          guard data.count + chunk.count <= Self.maximumPartBytes else { throw Failure.damaged(name) }
          data.append(chunk)
        }
        guard checksum == entry.checksum else { throw Failure.damaged(name) }
      } catch {
        throw .damaged(name)
      }
      guard Self.plainXML(data) else { throw .damaged(name) }
      return data
    }
    guard let workbook = try part("xl/workbook.xml") else { throw .damaged("xl/workbook.xml") }
    let sheets = try Self.parse(workbook, part: "xl/workbook.xml", with: WorkbookReader()).sheets
    guard let first = sheets.first else { throw .damaged("xl/workbook.xml") }
    let chosen: (name: String, relation: String)
    if let sheet {
      guard let found = sheets.first(where: { $0.name == sheet }) else {
        throw .noSheet(sheet, sheets.map(\.name))
      }
      chosen = found
    } else if let preferred, let found = sheets.first(where: { $0.name == preferred }) {
      chosen = found
    } else {
      chosen = first
    }
    let relationsPart = "xl/_rels/workbook.xml.rels"
    guard let relationsData = try part(relationsPart) else { throw .damaged(relationsPart) }
    let relations = try Self.parse(relationsData, part: relationsPart, with: RelationsReader()).targets
    guard let target = relations[chosen.relation] else { throw .damaged(relationsPart) }
    // A target is relative to xl/ unless it starts at the package's root.
    let sheetPart = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    let shared = try part("xl/sharedStrings.xml").map { data throws(Failure) in
      try Self.parse(data, part: "xl/sharedStrings.xml", with: SharedStringsReader()).strings
    }
    guard let sheetData = try part(sheetPart) else { throw .damaged(sheetPart) }
    let reader = try Self.parse(sheetData, part: sheetPart, with: SheetReader(shared: shared ?? []))
    if reader.badReference { throw .damaged(sheetPart) }
    name = chosen.name
    rows = reader.rows
  }

  /// Whether a part is what SpreadsheetML parts are: UTF-8 XML with no document type (so no
  /// entities to expand, a way to make a small file unpack into gigabytes) and no processing
  /// instruction past the XML declaration. Anything else is refused before the parser sees it:
  /// Foundation's parser on Linux traps on some inputs instead of reporting them (a processing
  /// instruction without data, `<?x?>`, dereferences a null pointer; names that are not UTF-8).
  static func plainXML(_ data: Data) -> Bool {
    guard String(validating: data, as: UTF8.self) != nil else { return false }
    return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
      var i = 0
      // The declaration, if any, is the document's first thing.
      if bytes.starts(with: Array("<?xml ".utf8)),
        let end = (0..<(bytes.count - 1)).first(where: {
          bytes[$0] == UInt8(ascii: "?") && bytes[$0 + 1] == UInt8(ascii: ">")
        })
      {
        i = end + 2
      }
      while i + 1 < bytes.count {
        if bytes[i] == UInt8(ascii: "<")
          && (bytes[i + 1] == UInt8(ascii: "?") || bytes[i + 1] == UInt8(ascii: "!"))
        {
          // Comments and CDATA are harmless; a DOCTYPE or another processing instruction is not.
          let rest = bytes[(i + 1)..<min(bytes.count, i + 9)]
          guard rest.starts(with: Array("!--".utf8)) || rest.starts(with: Array("![CDATA[".utf8)) else {
            return false
          }
        }
        i += 1
      }
      return true
    }
  }

  private static func parse<R: XMLParserDelegate>(_ data: Data, part: String, with reader: R) throws(Failure)
    -> R
  {
    // From a stream, which the parser reads in chunks: given the whole data at once, libxml2
    // stops at its 10 MB look-up limit, and one sheet of 60,000 rows is a 20 MB line.
    let parser = XMLParser(stream: InputStream(data: data))
    parser.delegate = reader
    parser.shouldProcessNamespaces = false
    parser.shouldResolveExternalEntities = false
    guard parser.parse() else { throw .damaged(part) }
    return reader
  }

  /// The sheet as CSV bytes, one record per sheet row (an empty line for a row the sheet skips),
  /// so the CSV reader's checks, numbers and messages serve workbooks too and a row's number in a
  /// message is the one Excel shows. Each row is cut after its last non-empty cell; fields are
  /// quoted as the exports quote them.
  var csv: [UInt8] {
    var out: [UInt8] = []
    var next = 1
    // A sheet leaves out a row's empty cells at its end; the CSV keeps every row as wide as the
    // header, so a row whose last cells are empty is not taken for a short one.
    let width = rows.first.map { ($0.cells.lastIndex { !$0.isEmpty } ?? -1) + 1 } ?? 0
    for row in rows {
      while next < row.number {
        out.append(10)
        next += 1
      }
      let used = max((row.cells.lastIndex { !$0.isEmpty } ?? -1) + 1, width)
      for i in 0..<used {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        if i < row.cells.count { CSVTableWriter.append(row.cells[i], separator: UInt8(ascii: ","), to: &out) }
      }
      out.append(10)
      next = row.number + 1
    }
    return out
  }

  /// The column of a cell reference (`C12` is 2), or nil when it is not one.
  static func column(of reference: String) -> Int? {
    var column = 0, letters = 0
    for scalar in reference.unicodeScalars {
      guard scalar.value >= 65 && scalar.value <= 90 else { break }
      column = column * 26 + Int(scalar.value - 64)
      letters += 1
      if letters > 3 { return nil }
    }
    return letters > 0 ? column - 1 : nil
  }
}

/// `<sheet name="…" r:id="…"/>` in order.
private final class WorkbookReader: NSObject, XMLParserDelegate {
  var sheets: [(name: String, relation: String)] = []
  func parser(
    _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    guard element == "sheet" || element.hasSuffix(":sheet"), let name = attributes["name"] else { return }
    let relation = attributes.first { $0.key == "r:id" || $0.key.hasSuffix(":id") }?.value ?? ""
    sheets.append((name, relation))
  }
}

/// `<Relationship Id="…" Target="…"/>`.
private final class RelationsReader: NSObject, XMLParserDelegate {
  var targets: [String: String] = [:]
  func parser(
    _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else {
      return
    }
    targets[id] = target
  }
}

/// Each `<si>`'s text: its `<t>`, or the `<t>` of its runs joined (phonetic runs left out).
private final class SharedStringsReader: NSObject, XMLParserDelegate {
  var strings: [String] = []
  private var current = "", inText = false, phonetic = 0
  func parser(
    _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    switch element {
    case "si": current = ""
    case "t": inText = phonetic == 0
    case "rPh": phonetic += 1
    default: break
    }
  }
  func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }
  func parser(
    _ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?
  ) {
    switch element {
    case "si": strings.append(current)
    case "t": inText = false
    case "rPh": phonetic -= 1
    default: break
    }
  }
}

/// `<row r="…"><c r="…" t="…"><v>…</v> or <is><t>…</t></is></c></row>`.
private final class SheetReader: NSObject, XMLParserDelegate {
  let shared: [String]
  var rows: [(number: Int, cells: [String])] = []
  /// A shared-string index or cell reference that points nowhere.
  var badReference = false
  private var cells: [String] = [], rowNumber = 0
  private var column = 0, type = "", value = "", inValue = false, inInline = false

  init(shared: [String]) { self.shared = shared }

  func parser(
    _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    switch element {
    case "row":
      rowNumber = Int(attributes["r"] ?? "") ?? (rowNumber + 1)
      cells = []
    case "c":
      if let reference = attributes["r"] {
        guard let c = XLSXSheet.column(of: reference) else {
          badReference = true
          return
        }
        column = c
      } else {
        column = cells.count
      }
      type = attributes["t"] ?? "n"
      value = ""
    case "v": inValue = true
    case "is": inInline = true
    case "t": inValue = inInline
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { if inValue { value += string } }

  func parser(
    _ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?
  ) {
    switch element {
    case "v", "t": inValue = false
    case "is": inInline = false
    case "c":
      var text = value
      if type == "s" {
        guard let index = Int(value), shared.indices.contains(index) else {
          badReference = true
          return
        }
        text = shared[index]
      }
      guard column < 16_384 else {
        badReference = true
        return
      }
      while cells.count <= column { cells.append("") }
      cells[column] = text
    case "row":
      guard rowNumber > (rows.last?.number ?? 0) else {
        badReference = true
        return
      }
      rows.append((rowNumber, cells))
    default: break
    }
  }
}
