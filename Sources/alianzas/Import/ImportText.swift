import AlianzasDomain

/// Every sentence the import says, in both languages: one case per message with the values it
/// names. Each language is an exhaustive switch, so a message without its translation does not
/// compile.
enum ImportText: Hashable, Sendable {
  // The command.
  case abstract, discussion(String), pairsHelp, pairsNeeded, rejectedOneFile, dryRunHelp, skipBadHelp,
    mapHelp, rejectedHelp
  case unknownTable(String, String)
  case skipBadWithDryRun
  // The file's shape.
  case missingKeyColumn(String)
  case repeatedColumn(String)
  case ignoredColumn(String)
  case computedColumns(String)
  case emptyFile
  // One cell.
  case needsValue
  case notAWholeNumber(String)
  case notANumber(String)
  case notWholePesos(String)
  case notADate(String)
  case notACode(String, String)
  case notYesNo(String)
  // One row against the store.
  case noSuchAlliance(String)
  case noSuchAgreement(String, String)
  case noSuchVisit(String, String)
  case repeatedRow(Int)
  case householdElsewhere(String, String)
  case duplicateByDocument(String, String, String)
  case duplicateByName(String, String, String)
  case sensitiveNotAuthorized
  case createNeeds(String)
  case lifecycleInInterface
  case noSuchHousehold(String, String)
  case surveyLocked(String)
  case stageOrStatus
  case keptDistinct(String, String)
  case distinctHelp
  case sheetHelp
  // The map file.
  case mapHeader(String)
  case mapUnknownColumn(String, Int, String)
  case mapRow(String, Int)
  // The report.
  case reportHeader(String, String, Int)
  case counts(created: Int, updated: Int, unchanged: Int, rejected: Int)
  case filesWritten(Int)
  case nothingWrittenErrors(Int)
  case changedWhileReading(String)
  case changedWhileSaving(String)
  case dryRunNothingWritten
  case rejectedWritten(String, Int)
  case moreProblems(Int)
  case reading, saving
  case reason(String)

  func callAsFunction(_ language: Language) -> String {
    language == .es ? es : en
  }

  var localized: Localized { Localized(es: es, en: en) }

  private var es: String {
    switch self {
    case .abstract: "Trae registros de una hoja de cálculo (CSV o Excel .xlsx) al almacén."
    case .discussion(let tables):
      """
      Tablas: \(tables). Varias tablas se importan juntas dando pares TABLA ARCHIVO \
      (un acuerdo y su ruptura, una visita y sus entregas). Las columnas son las de la exportación (su libro de códigos), así que una \
      exportación editada en una hoja de cálculo vuelve a entrar; --map traduce otros nombres de \
      columna y otras etiquetas. Primero prueba con --dry-run: dice qué se crearía, qué se \
      actualizaría y qué quedaría igual, y cada problema como archivo:fila:columna: motivo. Si \
      alguna fila tiene un error no se escribe nada, salvo con --skip-bad, que escribe las filas \
      buenas y deja las rechazadas, con su motivo, en otro archivo. Cada campo importado queda en \
      la historia como «importado de ARCHIVO»; importar dos veces el mismo archivo no cambia nada.
      """
    case .pairsHelp: "Tabla y archivo (CSV o Excel .xlsx con una fila de encabezados), una o más veces."
    case .pairsNeeded: "Dé la tabla y el archivo, por ejemplo: alianzas import households hogares.csv"
    case .rejectedOneFile:
      "--rejected es para importar un solo archivo; con varios, cada uno deja el suyo al lado."
    case .dryRunHelp: "Solo informa qué haría; no escribe nada."
    case .skipBadHelp: "Escribe las filas buenas y deja las rechazadas en un archivo aparte."
    case .mapHelp: "CSV con columnas from,to[,column] que traduce encabezados o etiquetas."
    case .rejectedHelp: "Dónde escribir las filas rechazadas (por omisión, junto al archivo)."
    case .unknownTable(let name, let names):
      "No hay una tabla «\(name)» que importar; las tablas son: \(names)."
    case .skipBadWithDryRun: "--skip-bad escribe; no se combina con --dry-run."
    case .missingKeyColumn(let column): "falta la columna «\(column)», que identifica cada fila"
    case .repeatedColumn(let column): "la columna «\(column)» aparece más de una vez"
    case .ignoredColumn(let column):
      "la columna «\(column)» no es de esta tabla y se ignora (tradúzcala con --map)"
    case .computedColumns(let columns): "las calcula el programa y se ignoran: \(columns)"
    case .emptyFile: "no tiene filas de datos"
    case .needsValue: "necesita un valor"
    case .notAWholeNumber(let text): "«\(text)» no es un número entero"
    case .notANumber(let text): "«\(text)» no es un número"
    case .notWholePesos(let text): "«\(text)» no es una cantidad de pesos enteros"
    case .notADate(let text): "«\(text)» no es una fecha (AAAA-MM-DD o DD/MM/AAAA)"
    case .notACode(let text, let allowed): "«\(text)» no es un valor de esta columna (\(allowed))"
    case .notYesNo(let text): "«\(text)» no es Sí ni No"
    case .noSuchAlliance(let code): "no hay una alianza «\(code)» en el almacén"
    case .noSuchAgreement(let id, let code): "la alianza \(code) no tiene un acuerdo «\(id)»"
    case .noSuchVisit(let id, let code): "la alianza \(code) no tiene una visita «\(id)»"
    case .repeatedRow(let row): "repite la fila \(row)"
    case .householdElsewhere(let code, let alliance): "el hogar \(code) ya está en la alianza \(alliance)"
    case .duplicateByDocument(let document, let household, let alliance):
      "posible duplicado: el documento \(document) es del hogar \(household) (\(alliance)); no se une solo"
    case .duplicateByName(let name, let household, let alliance):
      "posible duplicado: «\(name)» en el mismo municipio es el hogar \(household) (\(alliance)); no se une solo"
    case .sensitiveNotAuthorized:
      "el titular no ha autorizado datos sensibles; este dato no se guarda sin esa autorización"
    case .createNeeds(let columns): "para crear el registro faltan las columnas: \(columns)"
    case .noSuchHousehold(let code, let alliance): "la alianza \(alliance) no tiene un hogar «\(code)»"
    case .surveyLocked(let id):
      "la encuesta \(id) está completa: sus respuestas cambian solo si alguien la reabre en la interfaz y dice por qué"
    case .keptDistinct(let household, let alliance):
      "se parece al hogar \(household) (\(alliance)); importado como hogar distinto, según --distinct-duplicates"
    case .sheetHelp:
      "Hoja del libro de Excel que leer; si se omite, la que se llama como la tabla, o la primera."
    case .distinctHelp:
      "Importa los posibles duplicados como hogares distintos, dejando constancia de esa revisión."
    case .stageOrStatus: "cada fila da una etapa o un estado, no ambos ni ninguno"
    case .lifecycleInInterface:
      "la etapa y el estado de una alianza que ya existe cambian en la interfaz, donde se revisan los requisitos"
    case .mapHeader(let file): "\(file): la primera fila debe ser from,to o from,to,column"
    case .mapUnknownColumn(let file, let row, let column): "\(file):\(row): no hay una columna «\(column)»"
    case .mapRow(let file, let row): "\(file):\(row): «from» y «to» no pueden estar vacíos"
    case .reportHeader(let table, let file, let rows): "Tabla \(table) desde \(file): \(rows) filas."
    case .counts(let created, let updated, let unchanged, let rejected):
      "Crear: \(created) · actualizar: \(updated) · sin cambios: \(unchanged) · con error: \(rejected)"
    case .filesWritten(let n):
      n == 1 ? "Se guardó 1 archivo del almacén." : "Se guardaron \(n) archivos del almacén."
    case .nothingWrittenErrors(let n):
      n == 1
        ? "No se escribió nada: 1 fila tiene errores. Corríjala, o use --skip-bad para importar las demás."
        : "No se escribió nada: \(n) filas tienen errores. Corríjalas, o use --skip-bad para importar las demás."
    case .changedWhileReading(let file):
      "«\(file)» cambió mientras se importaba: no se escribió nada. Vuelva a importarlo cuando nadie lo esté editando."
    case .changedWhileSaving(let file):
      "«\(file)» cambió mientras se guardaba: cada registro quedó importado o sin tocar. Vuelva a importarlo para terminar."
    case .dryRunNothingWritten: "Prueba (--dry-run): no se escribió nada."
    case .rejectedWritten(let path, let n):
      n == 1
        ? "1 fila rechazada, con su motivo, en \(path)" : "\(n) filas rechazadas, con su motivo, en \(path)"
    case .moreProblems(let n): "… y \(n) problemas más."
    case .reading: "Leyendo filas"
    case .saving: "Guardando"
    case .reason(let file): "importado de \(file)"
    }
  }

  private var en: String {
    switch self {
    case .abstract: "Brings records in from a spreadsheet (CSV or Excel .xlsx) into the store."
    case .discussion(let tables):
      """
      Tables: \(tables). Several tables are imported together by giving TABLE FILE pairs (an \
      agreement and its rupture, a visit and its deliveries). The columns are the export's (its codebook), so an export edited in a \
      spreadsheet comes back in; --map translates other column names and other labels. Try \
      --dry-run first: it says what would be created, updated and left alone, and each problem as \
      file:row:column: reason. When any row has an error nothing is written, unless --skip-bad, \
      which writes the good rows and puts the rejected ones, with their reason, in another file. \
      Each imported field is in the history as "imported from FILE"; importing the same file \
      twice changes nothing.
      """
    case .pairsHelp: "Table and file (CSV or Excel .xlsx with a header row), once or more."
    case .pairsNeeded: "Give the table and the file, for example: alianzas import households households.csv"
    case .rejectedOneFile:
      "--rejected is for importing one file; with several, each leaves its own beside it."
    case .dryRunHelp: "Only reports what it would do; writes nothing."
    case .skipBadHelp: "Writes the good rows and puts the rejected ones in a separate file."
    case .mapHelp: "CSV with columns from,to[,column] translating headers or labels."
    case .rejectedHelp: "Where to write the rejected rows (by default, beside the file)."
    case .unknownTable(let name, let names):
      "There is no table \"\(name)\" to import; the tables are: \(names)."
    case .skipBadWithDryRun: "--skip-bad writes; it does not go with --dry-run."
    case .missingKeyColumn(let column): "the column \"\(column)\", which identifies each row, is missing"
    case .repeatedColumn(let column): "the column \"\(column)\" appears more than once"
    case .ignoredColumn(let column):
      "the column \"\(column)\" is not in this table and is ignored (translate it with --map)"
    case .computedColumns(let columns): "computed by the program, so ignored: \(columns)"
    case .emptyFile: "has no data rows"
    case .needsValue: "needs a value"
    case .notAWholeNumber(let text): "\"\(text)\" is not a whole number"
    case .notANumber(let text): "\"\(text)\" is not a number"
    case .notWholePesos(let text): "\"\(text)\" is not an amount of whole pesos"
    case .notADate(let text): "\"\(text)\" is not a date (YYYY-MM-DD or DD/MM/YYYY)"
    case .notACode(let text, let allowed): "\"\(text)\" is not a value of this column (\(allowed))"
    case .notYesNo(let text): "\"\(text)\" is neither Yes nor No"
    case .noSuchAlliance(let code): "there is no alliance \"\(code)\" in the store"
    case .noSuchAgreement(let id, let code): "alliance \(code) has no agreement \"\(id)\""
    case .noSuchVisit(let id, let code): "alliance \(code) has no visit \"\(id)\""
    case .repeatedRow(let row): "repeats row \(row)"
    case .householdElsewhere(let code, let alliance): "household \(code) is already in alliance \(alliance)"
    case .duplicateByDocument(let document, let household, let alliance):
      "possible duplicate: document \(document) belongs to household \(household) (\(alliance)); not merged on its own"
    case .duplicateByName(let name, let household, let alliance):
      "possible duplicate: \"\(name)\" in the same municipality is household \(household) (\(alliance)); not merged on its own"
    case .sensitiveNotAuthorized:
      "the titular has not authorized sensitive data; this fact is not kept without that authorization"
    case .createNeeds(let columns): "creating the record needs the columns: \(columns)"
    case .noSuchHousehold(let code, let alliance): "alliance \(alliance) has no household \"\(code)\""
    case .surveyLocked(let id):
      "survey \(id) is complete: its answers change only when someone reopens it in the interface and says why"
    case .keptDistinct(let household, let alliance):
      "resembles household \(household) (\(alliance)); imported as a distinct household, as --distinct-duplicates says"
    case .sheetHelp:
      "Sheet of the Excel workbook to read; when omitted, the one named as the table, or the first."
    case .distinctHelp: "Imports the possible duplicates as distinct households, recording that review."
    case .stageOrStatus: "each row gives a stage or a status, not both and not neither"
    case .lifecycleInInterface:
      "an existing alliance's stage and status change in the interface, where the requirements are checked"
    case .mapHeader(let file): "\(file): the first row must be from,to or from,to,column"
    case .mapUnknownColumn(let file, let row, let column): "\(file):\(row): there is no column \"\(column)\""
    case .mapRow(let file, let row): "\(file):\(row): \"from\" and \"to\" cannot be empty"
    case .reportHeader(let table, let file, let rows): "Table \(table) from \(file): \(rows) rows."
    case .counts(let created, let updated, let unchanged, let rejected):
      "Create: \(created) · update: \(updated) · unchanged: \(unchanged) · with errors: \(rejected)"
    case .filesWritten(let n): n == 1 ? "1 store file saved." : "\(n) store files saved."
    case .nothingWrittenErrors(let n):
      n == 1
        ? "Nothing was written: 1 row has errors. Fix it, or use --skip-bad to import the others."
        : "Nothing was written: \(n) rows have errors. Fix them, or use --skip-bad to import the others."
    case .changedWhileReading(let file):
      "\"\(file)\" changed while it was being imported: nothing was written. Import it again when no one is editing it."
    case .changedWhileSaving(let file):
      "\"\(file)\" changed while it was being saved: every record is either imported or untouched. Import it again to finish."
    case .dryRunNothingWritten: "Trial (--dry-run): nothing was written."
    case .rejectedWritten(let path, let n):
      n == 1
        ? "1 row rejected, with its reason, in \(path)" : "\(n) rows rejected, with their reasons, in \(path)"
    case .moreProblems(let n): "… and \(n) more problems."
    case .reading: "Reading rows"
    case .saving: "Saving"
    case .reason(let file): "imported from \(file)"
    }
  }
}
