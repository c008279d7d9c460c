import AlianzasDomain

/// Why a store could not be created, opened or written.
public enum StoreError: Error, Sendable {
  case notAStore(String)
  case alreadyExists(String)
  case newerFormat(found: Int, supported: Int)
  case unreadableManifest(StoreProblem)
  case locked(LockHolder?)
  case readOnly
  case file(FileError)
  case invalid([ValidationIssue])
  case encoding(String)
  /// A file that had to be read to save over it does not read.
  case unreadable(StoreProblem)
  /// A bundle this store does not take.
  case bundle(SyncError)
  /// An encrypted store's key could not be had.
  case key(StoreKeyError)
}
