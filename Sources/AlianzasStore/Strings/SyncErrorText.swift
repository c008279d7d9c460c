import AlianzasDomain

/// Why a bundle was refused, said in either language.
extension SyncError: Bilingual {
  public func message(_ language: Language) -> String {
    let es = language == .es
    switch self {
    case .notABundle:
      return es
        ? "no es un paquete de Alianzas (falta la línea «alianzas-bundle» del comienzo)"
        : "not an Alianzas bundle (the «alianzas-bundle» first line is missing)"
    case .newerBundle(let format):
      return es
        ? "el paquete tiene el formato \(format), más nuevo que el que entiende esta versión; actualice Alianzas"
        : "the bundle has format \(format), newer than this version understands; update Alianzas"
    case .damaged(let expected, let found):
      return es
        ? "el paquete está dañado o incompleto: debía tener \(expected) bytes y tiene \(found)"
        : "the bundle is damaged or incomplete: it should hold \(expected) bytes and holds \(found)"
    case .checksum:
      return es
        ? "el paquete está dañado: su suma SHA-256 no coincide con su contenido"
        : "the bundle is damaged: its SHA-256 checksum does not match its contents"
    case .unreadable(let detail):
      return es ? "el paquete no se puede leer: \(detail)" : "the bundle does not read: \(detail)"
    case .badPath(let path):
      return es
        ? "el paquete nombra un archivo que no es de registros: «\(path)»"
        : "the bundle names a file that is not a record file: «\(path)»"
    case .noLineage(let store):
      return es
        ? "el paquete no dice de qué almacén viene (falta su linaje; este almacén es \(store)); no se mezcla"
        : "the bundle does not say which store it comes from (its lineage is missing; this store is \(store)); it is not mixed in"
    case .foreign(let bundle, let store):
      return es
        ? "el paquete viene de otro almacén (linaje \(bundle); este es \(store)); no se mezclan datos de almacenes distintos"
        : "the bundle comes from another store (lineage \(bundle); this one is \(store)); stores of different origin are not mixed"
    }
  }
}
