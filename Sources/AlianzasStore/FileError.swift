import AlianzasDomain

/// A file operation that failed, with the errno so the message can say "disk full" rather than
/// just "error".
public struct FileError: Error, Sendable, Hashable, CustomStringConvertible, Bilingual {
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

  /// Why it failed, from the errno.
  public var reason: StoreText {
    switch code {
    case ENOSPC_: .diskFull
    case EDQUOT_: .quotaExhausted
    case EACCES_, EPERM_: .permissionDenied
    case ENOENT_: .doesNotExist
    case EROFS_: .readOnlyDisk
    case EIO_: .ioError
    case EISDIR_: .isAFolder
    default: .systemError(code)
    }
  }

  /// What was being done.
  var verb: StoreText {
    switch operation {
    case .read: .couldNotRead
    case .write, .sync, .rename: .couldNotSave
    case .list: .couldNotList
    case .createFolder: .couldNotCreateFolder
    case .remove: .couldNotRemove
    case .lock: .couldNotLock
    case .stat: .couldNotInspect
    }
  }

  public func message(_ language: Language) -> String {
    "\(verb(language)) \(path): \(reason(language))"
  }

  /// The reason first, then the place inside the store, so a narrow status line still shows why.
  public func reason(at place: String) -> Localized {
    reason.localized.map { "\($0) (\(place))" }
  }

  public var description: String { message(.en) }
}
