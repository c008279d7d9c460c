import AlianzasDomain

/// Every sentence the store says about its files, in both languages: one case per message, with
/// the values it names. Each language is an exhaustive switch, so a message without its
/// translation does not compile; nothing outside this folder writes store text.
public enum StoreText: Hashable, Sendable {
  // Why a file operation failed (from its errno).
  case diskFull, quotaExhausted, permissionDenied, doesNotExist, readOnlyDisk, ioError, isAFolder
  case isALink, notARegularFile
  case notSealed, undecipherable
  case noSuchHousehold(String)
  // Encrypted stores' keys.
  case keyNeedsCredentials(String)
  case keyWrongPassphrase
  case keyWrongRecoveryKey(given: String, expected: String)
  case keyWrongStoreKey
  case keyDamagedKeyFile
  case keyAlreadyEncrypted(String)
  case keyPassphraseTooShort(Int)
  case keyPassphrasesDiffer
  case keyUnreadableRecoveryKey(String)
  case tooLargeFile(Int)
  case systemError(Int32)
  // What was being done.
  case couldNotRead, couldNotSave, couldNotList, couldNotCreateFolder, couldNotRemove, couldNotLock
  case couldNotInspect
  // A record file that does not decode.
  case missingField(String)
  case wrongType(field: String, expected: ValueType)
  case nullValue(field: String, expected: ValueType)
  case invalidValue(field: String)
  case notADate(String)
  case notATime(String)
  case undecodable
  case notValidJSON
  // The strict scanner.
  case expectedKey, endsInsideObject, expectedColon, expectedCommaOrBrace, endsInsideList
  case expectedCommaOrBracket, controlCharacter, endsInsideString, numberNeedsDigits
  case numberLeadingZero, exponentNeedsDigits, invalidUTF8, numberTooLong
  case textAfterEnd, endsBeforeValue, unicodeEscapeDigits, decimalNeedsDigits, loneSurrogate
  case numberOutOfRange
  case nestedTooDeep(Int)
  case unexpectedCharacter(String)
  case unexpectedWord(String)
  case unknownEscape(String)
  case duplicateKey(String)
  // Rules across files.
  case allianceSetAside(code: String, aside: String)
  case noAllianceFor(String)
  case missingRequired(record: String, fields: [String])
  case fileNameMismatch
  case codeExample
  // Quarantine.
  case badFormatVersion(Int)
  case movedAside(String)
  case couldNotMoveAside(String)

  /// The kinds of value a record's fields hold, named for a person.
  public enum ValueType: Hashable, Sendable {
    case text, wholeNumber, number, trueOrFalse, list, object
    case other(String)
  }

  public var localized: Localized { Localized(es: spanish, en: english) }

  public func callAsFunction(_ language: Language) -> String {
    switch language {
    case .es: spanish
    case .en: english
    }
  }

  var spanish: String {
    switch self {
    case .diskFull: "el disco está lleno"
    case .quotaExhausted: "se agotó la cuota de disco"
    case .permissionDenied: "no hay permiso"
    case .doesNotExist: "no existe"
    case .readOnlyDisk: "el disco es de solo lectura"
    case .ioError: "error de entrada/salida del disco"
    case .isAFolder: "es una carpeta"
    case .isALink: "es un enlace simbólico; el almacén solo usa archivos comunes"
    case .notARegularFile: "no es un archivo común (es una tubería, un dispositivo o un enlace)"
    case .notSealed: "no está cifrado, y en un almacén cifrado todo archivo debe estarlo"
    case .noSuchHousehold(let code): "no hay un hogar \(code) en el almacén"
    case .keyNeedsCredentials(let path):
      "el almacén \(path) está cifrado: escriba su frase de paso (o defina ALIANZAS_PASSPHRASE), o use la clave de recuperación de la organización con --recovery-key ARCHIVO"
    case .keyWrongPassphrase:
      "la frase de paso no es la de este almacén (el archivo de claves está intacto); si la perdió, un supervisor puede abrirlo con la clave de recuperación"
    case .keyWrongRecoveryKey(let given, let expected):
      "esa clave de recuperación (huella \(given)) no es la de este almacén, que espera la de huella \(expected)"
    case .keyWrongStoreKey: "la clave recibida no es la de este almacén"
    case .keyDamagedKeyFile:
      "\(StoreKeyFile.fileName) está dañado (su suma de control no coincide): sin él el almacén no se puede abrir; restáurelo de una copia del almacén"
    case .keyAlreadyEncrypted(let path): "el almacén \(path) ya está cifrado"
    case .keyPassphraseTooShort(let minimum):
      "la frase de paso debe tener al menos \(minimum) caracteres (varias palabras se recuerdan mejor)"
    case .keyPassphrasesDiffer: "las dos frases de paso no coinciden"
    case .keyUnreadableRecoveryKey(let path):
      "\(path) no es una clave de recuperación de Alianzas (cree una con «alianzas keys recovery»)"
    case .undecipherable:
      "no se puede descifrar: el archivo fue modificado o dañado, o se cifró con la clave de otro almacén"
    case .tooLargeFile(let mb): "es demasiado grande (el máximo es \(mb) MB)"
    case .systemError(let code): "error del sistema \(code)"
    case .couldNotRead: "no se pudo leer"
    case .couldNotSave: "no se pudo guardar"
    case .couldNotList: "no se pudo listar"
    case .couldNotCreateFolder: "no se pudo crear la carpeta"
    case .couldNotRemove: "no se pudo borrar"
    case .couldNotLock: "no se pudo bloquear"
    case .couldNotInspect: "no se pudo consultar"
    case .missingField(let field): "falta el campo «\(field)»"
    case .wrongType(let field, let type): "«\(field)» no es del tipo esperado (\(type.spanish))"
    case .nullValue(let field, let type): "«\(field)» es null y debe ser \(type.spanish)"
    case .invalidValue(let field): "«\(field)» no tiene un valor que este campo admita"
    case .notADate(let field): "«\(field)» no es una fecha AAAA-MM-DD"
    case .notATime(let field): "«\(field)» no es un momento AAAA-MM-DDTHH:MM:SSZ"
    case .undecodable: "no se puede leer como un registro del almacén"
    case .notValidJSON: "no es JSON válido"
    case .expectedKey: "se esperaba una clave entre comillas"
    case .endsInsideObject: "el texto termina dentro de un objeto"
    case .expectedColon: "se esperaba «:» después de una clave"
    case .expectedCommaOrBrace: "se esperaba «,» o «}» en un objeto"
    case .endsInsideList: "el texto termina dentro de una lista"
    case .expectedCommaOrBracket: "se esperaba «,» o «]» en una lista"
    case .controlCharacter: "un carácter de control dentro de un texto"
    case .endsInsideString: "el texto termina dentro de un texto entre comillas"
    case .numberNeedsDigits: "un número necesita dígitos"
    case .numberLeadingZero: "un número no puede empezar con 0"
    case .exponentNeedsDigits: "un exponente necesita dígitos"
    case .invalidUTF8: "el texto no es UTF-8 válido"
    case .numberTooLong: "un número de más de 40 caracteres"
    case .textAfterEnd: "hay texto después del final del documento"
    case .loneSurrogate: "un escape \\u de la mitad de un carácter, sin su otra mitad"
    case .numberOutOfRange: "un número fuera de lo que un registro guarda (más de 10^18)"
    case .endsBeforeValue: "el texto termina donde se esperaba un valor"
    case .unicodeEscapeDigits: "un escape \\u necesita cuatro dígitos hexadecimales"
    case .decimalNeedsDigits: "un punto decimal necesita dígitos después"
    case .nestedTooDeep(let depth): "anidado a más de \(depth) niveles"
    case .unexpectedCharacter(let c): "carácter inesperado «\(c)» donde se esperaba un valor"
    case .unexpectedWord(let word): "palabra inesperada donde se esperaba «\(word)»"
    case .unknownEscape(let c): "escape desconocido «\\\(c)»"
    case .duplicateKey(let key): "la clave «\(key)» aparece dos veces en el mismo objeto"
    case .allianceSetAside(let code, let aside):
      "la alianza \(code) de estos hogares está apartada en quarantine/\(aside); recupérela (ver su nota)"
    case .noAllianceFor(let code): "no hay una alianza \(code) para estos hogares"
    case .missingRequired(let record, let fields):
      "el registro \(record) no tiene datos obligatorios: \(fields.joined(separator: ", "))"
    case .fileNameMismatch: "no coincide con el nombre del archivo"
    case .codeExample: "ABC-2012-017"
    case .badFormatVersion(let n):
      "«formatVersion» es \(n); los formatos empiezan en 1 (el archivo está dañado)"
    case .movedAside(let place): " — apartado en \(place)"
    case .couldNotMoveAside(let detail): " (no se pudo apartar: \(detail))"
    }
  }

  var english: String {
    switch self {
    case .diskFull: "the disk is full"
    case .quotaExhausted: "the disk quota is exhausted"
    case .permissionDenied: "permission denied"
    case .doesNotExist: "does not exist"
    case .readOnlyDisk: "the disk is read-only"
    case .ioError: "disk input/output error"
    case .isAFolder: "is a folder"
    case .isALink: "is a symbolic link; the store uses only regular files"
    case .notARegularFile: "is not a regular file (it is a pipe, a device or a link)"
    case .notSealed: "is not encrypted, and in an encrypted store every file must be"
    case .noSuchHousehold(let code): "there is no household \(code) in the store"
    case .keyNeedsCredentials(let path):
      "the store \(path) is encrypted: type its passphrase (or set ALIANZAS_PASSPHRASE), or use the organization's recovery key with --recovery-key FILE"
    case .keyWrongPassphrase:
      "the passphrase is not this store's (the key file is intact); if it was lost, a supervisor can open the store with the recovery key"
    case .keyWrongRecoveryKey(let given, let expected):
      "that recovery key (fingerprint \(given)) is not this store's, which expects the one with fingerprint \(expected)"
    case .keyWrongStoreKey: "the key received is not this store's"
    case .keyDamagedKeyFile:
      "\(StoreKeyFile.fileName) is damaged (its checksum does not match): the store cannot be opened without it; restore it from a copy of the store"
    case .keyAlreadyEncrypted(let path): "the store \(path) is already encrypted"
    case .keyPassphraseTooShort(let minimum):
      "the passphrase must be at least \(minimum) characters long (several words are easier to remember)"
    case .keyPassphrasesDiffer: "the two passphrases differ"
    case .keyUnreadableRecoveryKey(let path):
      "\(path) is not an Alianzas recovery key (make one with «alianzas keys recovery»)"
    case .undecipherable:
      "cannot be decrypted: the file was changed or damaged, or sealed with another store's key"
    case .tooLargeFile(let mb): "is too large (the maximum is \(mb) MB)"
    case .systemError(let code): "system error \(code)"
    case .couldNotRead: "could not read"
    case .couldNotSave: "could not save"
    case .couldNotList: "could not list"
    case .couldNotCreateFolder: "could not create the folder"
    case .couldNotRemove: "could not remove"
    case .couldNotLock: "could not lock"
    case .couldNotInspect: "could not inspect"
    case .missingField(let field): "the field «\(field)» is missing"
    case .wrongType(let field, let type): "«\(field)» is not of the expected type (\(type.english))"
    case .nullValue(let field, let type): "«\(field)» is null but must be \(type.english)"
    case .invalidValue(let field): "«\(field)» does not hold a value this field takes"
    case .notADate(let field): "«\(field)» is not a date YYYY-MM-DD"
    case .notATime(let field): "«\(field)» is not a moment YYYY-MM-DDTHH:MM:SSZ"
    case .undecodable: "does not read as a store record"
    case .notValidJSON: "not valid JSON"
    case .expectedKey: "expected a key in quotes"
    case .endsInsideObject: "the text ends inside an object"
    case .expectedColon: "expected «:» after a key"
    case .expectedCommaOrBrace: "expected «,» or «}» in an object"
    case .endsInsideList: "the text ends inside a list"
    case .expectedCommaOrBracket: "expected «,» or «]» in a list"
    case .controlCharacter: "a control character inside a string"
    case .endsInsideString: "the text ends inside a string"
    case .numberNeedsDigits: "a number needs digits"
    case .numberLeadingZero: "a number cannot start with 0"
    case .exponentNeedsDigits: "an exponent needs digits"
    case .invalidUTF8: "the text is not valid UTF-8"
    case .numberTooLong: "a number with more than 40 characters"
    case .textAfterEnd: "unexpected text after the end of the document"
    case .loneSurrogate: "a \\u escape of half a character, without its other half"
    case .numberOutOfRange: "a number beyond anything a record holds (more than 10^18)"
    case .endsBeforeValue: "the text ends where a value was expected"
    case .unicodeEscapeDigits: "a \\u escape needs four hexadecimal digits"
    case .decimalNeedsDigits: "a decimal point needs digits after it"
    case .nestedTooDeep(let depth): "nested deeper than \(depth) levels"
    case .unexpectedCharacter(let c): "unexpected character «\(c)» where a value was expected"
    case .unexpectedWord(let word): "unexpected word where «\(word)» was expected"
    case .unknownEscape(let c): "unknown escape «\\\(c)»"
    case .duplicateKey(let key): "the key «\(key)» appears twice in the same object"
    case .allianceSetAside(let code, let aside):
      "the alliance \(code) of these households is set aside in quarantine/\(aside); recover it (see its note)"
    case .noAllianceFor(let code): "there is no alliance \(code) for these households"
    case .missingRequired(let record, let fields):
      "record \(record) lacks required data: \(fields.joined(separator: ", "))"
    case .fileNameMismatch: "does not match the file name"
    case .codeExample: "ABC-2012-017"
    case .badFormatVersion(let n): "«formatVersion» is \(n); formats start at 1 (the file is damaged)"
    case .movedAside(let place): " — moved aside to \(place)"
    case .couldNotMoveAside(let detail): " (could not be moved aside: \(detail))"
    }
  }
}

extension StoreText.ValueType {
  var spanish: String {
    switch self {
    case .text: "texto"
    case .wholeNumber: "número entero"
    case .number: "número"
    case .trueOrFalse: "verdadero o falso"
    case .list: "lista"
    case .object: "objeto"
    case .other(let name): name
    }
  }

  var english: String {
    switch self {
    case .text: "text"
    case .wholeNumber: "whole number"
    case .number: "number"
    case .trueOrFalse: "true or false"
    case .list: "list"
    case .object: "object"
    case .other(let name): name
    }
  }
}
