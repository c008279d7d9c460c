import AlianzasDomain

/// Why an encrypted store's key could not be had, or an encryption step refused.
public enum StoreKeyError: Error, Sendable, Hashable {
  /// The store is encrypted and nothing was given to open it.
  case needsCredentials(String)
  /// The key file is intact and the passphrase does not open it.
  case wrongPassphrase
  /// The recovery key given is not the one this store was wrapped for.
  case wrongRecoveryKey(given: String, expected: String)
  /// A key handed over whole that is not this store's.
  case wrongStoreKey
  /// `keys.json` does not read, or its checksum does not hold.
  case damagedKeyFile
  case alreadyEncrypted(String)
  case passphraseTooShort(Int)
  case passphrasesDiffer
  case unreadableRecoveryKey(String)
}

extension StoreKeyError: Bilingual {
  public func message(_ language: Language) -> String {
    let es = language == .es
    switch self {
    case .needsCredentials(let path):
      return es
        ? "el almacén \(path) está cifrado: escriba su frase de paso (o defina ALIANZAS_PASSPHRASE), o use la clave de recuperación de la organización con --recovery-key ARCHIVO"
        : "the store \(path) is encrypted: type its passphrase (or set ALIANZAS_PASSPHRASE), or use the organization's recovery key with --recovery-key FILE"
    case .wrongPassphrase:
      return es
        ? "la frase de paso no es la de este almacén (el archivo de claves está intacto); si la perdió, un supervisor puede abrirlo con la clave de recuperación"
        : "the passphrase is not this store's (the key file is intact); if it was lost, a supervisor can open the store with the recovery key"
    case .wrongRecoveryKey(let given, let expected):
      return es
        ? "esa clave de recuperación (huella \(given)) no es la de este almacén, que espera la de huella \(expected)"
        : "that recovery key (fingerprint \(given)) is not this store's, which expects the one with fingerprint \(expected)"
    case .wrongStoreKey:
      return es ? "la clave recibida no es la de este almacén" : "the key received is not this store's"
    case .damagedKeyFile:
      return es
        ? "\(StoreKeyFile.fileName) está dañado (su suma de control no coincide): sin él el almacén no se puede abrir; restáurelo de una copia del almacén"
        : "\(StoreKeyFile.fileName) is damaged (its checksum does not match): the store cannot be opened without it; restore it from a copy of the store"
    case .alreadyEncrypted(let path):
      return es ? "el almacén \(path) ya está cifrado" : "the store \(path) is already encrypted"
    case .passphraseTooShort(let minimum):
      return es
        ? "la frase de paso debe tener al menos \(minimum) caracteres (varias palabras se recuerdan mejor)"
        : "the passphrase must be at least \(minimum) characters long (several words are easier to remember)"
    case .passphrasesDiffer:
      return es ? "las dos frases de paso no coinciden" : "the two passphrases differ"
    case .unreadableRecoveryKey(let path):
      return es
        ? "\(path) no es una clave de recuperación de Alianzas (cree una con «alianzas keys recovery»)"
        : "\(path) is not an Alianzas recovery key (make one with «alianzas keys recovery»)"
    }
  }
}
