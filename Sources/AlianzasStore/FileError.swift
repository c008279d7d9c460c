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

  /// Codes of this program's own refusals, beside the system's errno values.
  public static let notRegularFile: Int32 = -1001
  public static let tooLarge: Int32 = -1002
  /// A file of an encrypted store that is not sealed: put there by hand or by another program.
  public static let notSealed: Int32 = -1003
  /// A sealed file whose tag does not check: changed on disk, or sealed under another store's key.
  public static let undecipherable: Int32 = -1004

  /// Whether the failure says the file is not fit to be a store file whatever it holds (a link,
  /// a FIFO or device, or one too large), as opposed to a moment's trouble reading it.
  public var provesUnfit: Bool {
    [ELOOP_, FileError.notRegularFile, FileError.tooLarge, FileError.notSealed, FileError.undecipherable]
      .contains(code)
  }

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
    case ELOOP_: .isALink
    case FileError.notRegularFile: .notARegularFile
    case FileError.tooLarge: .tooLargeFile(PosixFileSystem.maximumBytes >> 20)
    case FileError.notSealed: .notSealed
    case FileError.undecipherable: .undecipherable
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
