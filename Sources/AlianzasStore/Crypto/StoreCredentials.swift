import Crypto
import Foundation
import Synchronization

/// What opens an encrypted store: its passphrase, the organization's recovery key, or the store
/// key itself, handed by a sync to the merge driver it starts.
public enum StoreCredentials: Sendable {
  case passphrase(String)
  case recovery(RecoveryKey)
  case key(SymmetricKey)

  /// `ALIANZAS_STORE_KEY` (base64; set only by `sync git` for its merge driver), else
  /// `ALIANZAS_PASSPHRASE`.
  public static func fromEnvironment() -> StoreCredentials? {
    let environment = ProcessInfo.processInfo.environment
    if let text = environment["ALIANZAS_STORE_KEY"], let raw = Data(base64Encoded: text), raw.count == 32 {
      return .key(SymmetricKey(data: raw))
    }
    if let passphrase = environment["ALIANZAS_PASSPHRASE"], !passphrase.isEmpty {
      return .passphrase(passphrase)
    }
    return nil
  }
}

/// The keys of the stores this process has opened, by their key file's key ID, and how to ask a
/// person for credentials. A key lives only here, in memory, for as long as the process does; a
/// command that opens its store twice asks once.
public enum StoreKeyring {
  /// Asked when a store is encrypted and neither the caller nor the environment gave
  /// credentials: the executable prompts on the terminal; nil when it cannot.
  public typealias Prompt = @Sendable (_ root: String) -> StoreCredentials?

  private static let state = Mutex<(keys: [String: SymmetricKey], prompt: Prompt?, given: StoreCredentials?)>(
    ([:], nil, nil))

  public static func setPrompt(_ prompt: Prompt?) { state.withLock { $0.prompt = prompt } }

  /// Credentials given on the command line (`--recovery-key`), used before the environment.
  public static func give(_ credentials: StoreCredentials?) { state.withLock { $0.given = credentials } }

  public static func remember(_ key: SymmetricKey) {
    state.withLock { $0.keys[StoreKeyFile.keyID(of: key)] = key }
  }

  /// Forgets one store's key: the next opening asks for credentials again.
  public static func forget(keyID: String) { state.withLock { $0.keys[keyID] = nil } }

  static func known(_ id: String) -> SymmetricKey? { state.withLock { $0.keys[id] } }

  /// The key of the store whose key file is `file`.
  static func key(for file: StoreKeyFile, root: String, credentials: StoreCredentials?) throws(StoreKeyError)
    -> SymmetricKey
  {
    if let known = known(file.keyID) {
      try file.checkIntegrity()
      return known
    }
    let given = state.withLock { $0.given }
    guard
      let credentials = credentials ?? given ?? StoreCredentials.fromEnvironment()
        ?? state.withLock({ $0.prompt })?(root)
    else { throw .needsCredentials(root) }
    let key: SymmetricKey
    switch credentials {
    case .passphrase(let passphrase): key = try file.unwrap(passphrase: passphrase)
    case .recovery(let recovery): key = try file.unwrap(recovery: recovery)
    case .key(let whole): key = try file.accept(whole)
    }
    remember(key)
    return key
  }
}
