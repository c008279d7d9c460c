import AlianzasDomain

/// A file operation that failed, with the errno so the message can say "disk full" rather than
/// just "error".
public struct FileError: Error, Sendable, Hashable, CustomStringConvertible {
  public enum Operation: String, Sendable {
    case read, write, rename, sync, list, createFolder, remove, lock, stat
  }

  public var path: String
  public var operation: Operation
  public var code: Int32

  public init(path: String, operation: Operation, code: Int32) {
    self.path = path
    self.operation = operation
    self.code = code
  }

  public var reason: Localized {
    switch code {
    case ENOSPC_: Localized(es: "el disco está lleno", en: "the disk is full")
    case EDQUOT_: Localized(es: "se agotó la cuota de disco", en: "the disk quota is exhausted")
    case EACCES_, EPERM_: Localized(es: "no hay permiso", en: "permission denied")
    case ENOENT_: Localized(es: "no existe", en: "does not exist")
    case EROFS_: Localized(es: "el disco es de solo lectura", en: "the disk is read-only")
    case EIO_: Localized(es: "error de entrada/salida del disco", en: "disk input/output error")
    case EISDIR_: Localized(es: "es una carpeta", en: "is a folder")
    default: Localized(es: "error del sistema \(code)", en: "system error \(code)")
    }
  }

  public func message(_ language: Language) -> String {
    let verb: Localized
    switch operation {
    case .read: verb = Localized(es: "no se pudo leer", en: "could not read")
    case .write, .sync, .rename: verb = Localized(es: "no se pudo guardar", en: "could not save")
    case .list: verb = Localized(es: "no se pudo listar", en: "could not list")
    case .createFolder: verb = Localized(es: "no se pudo crear la carpeta", en: "could not create the folder")
    case .remove: verb = Localized(es: "no se pudo borrar", en: "could not remove")
    case .lock: verb = Localized(es: "no se pudo bloquear", en: "could not lock")
    case .stat: verb = Localized(es: "no se pudo consultar", en: "could not inspect")
    }
    return "\(verb(language)) \(path): \(reason(language))"
  }

  public var description: String { message(.en) }
}
