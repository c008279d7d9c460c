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
  /// What the store's catalog says of it.
  public var text: StoreText {
    switch self {
    case .needsCredentials(let path): .keyNeedsCredentials(path)
    case .wrongPassphrase: .keyWrongPassphrase
    case .wrongRecoveryKey(let given, let expected): .keyWrongRecoveryKey(given: given, expected: expected)
    case .wrongStoreKey: .keyWrongStoreKey
    case .damagedKeyFile: .keyDamagedKeyFile
    case .alreadyEncrypted(let path): .keyAlreadyEncrypted(path)
    case .passphraseTooShort(let minimum): .keyPassphraseTooShort(minimum)
    case .passphrasesDiffer: .keyPassphrasesDiffer
    case .unreadableRecoveryKey(let path): .keyUnreadableRecoveryKey(path)
    }
  }

  public func message(_ language: Language) -> String { text(language) }
}
