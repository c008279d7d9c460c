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

    case .unsigned:
      return es
        ? "el paquete no está firmado (lo hizo una versión anterior de Alianzas o fue escrito a mano); expórtelo de nuevo con esta versión"
        : "the bundle is not signed (an earlier version of Alianzas made it, or it was written by hand); export it again with this version"
    case .badSignature:
      return es
        ? "la firma del paquete no corresponde a su contenido: fue modificado después de firmado; no se mezcla nada"
        : "the bundle's signature does not match its contents: it was changed after it was signed; nothing is mixed in"
    case .untrustedDevice(let fingerprint, let device):
      return es
        ? "el paquete lo firmó el equipo «\(device)», en el que este almacén aún no confía (huella \(fingerprint)). Compare la huella con el dueño del equipo («alianzas sync identity» en ese equipo) y, si coincide, importe de nuevo con --trust \(fingerprint)"
        : "the bundle was signed by device «\(device)», which this store does not trust yet (fingerprint \(fingerprint)). Compare the fingerprint with the device's owner («alianzas sync identity» on that device) and, if it matches, import again with --trust \(fingerprint)"
    case .sealedForAnotherKey(let id):
      return es
        ? "el paquete está cifrado con la clave \(id), que no es la de este almacén"
        : "the bundle is encrypted with key \(id), which is not this store's"
    case .undecipherable:
      return es
        ? "el paquete está cifrado con la clave de este almacén pero no se puede descifrar: está dañado"
        : "the bundle is encrypted with this store's key but cannot be decrypted: it is damaged"
    case .encryptedIntoPlain:
      return es
        ? "el paquete viene de un almacén cifrado y este no lo está; impórtelo en un almacén nuevo (que toma la misma clave) y no en uno sin cifrar"
        : "the bundle comes from an encrypted store and this one is not; import it into a new store (which takes the same key) rather than into a plain one"
    }
  }
}
