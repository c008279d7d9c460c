import AlianzasDomain
import AlianzasStore
import Foundation

/// Asks for a passphrase on the terminal without echoing it. The answer goes straight into
/// memory; nothing is written anywhere.
enum PassphrasePrompt {
  /// One line typed on the controlling terminal, nil when there is none (a script, CI).
  static func read(_ prompt: String) -> String? {
    let fd = open("/dev/tty", O_RDWR | O_NOCTTY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var saved = termios()
    guard tcgetattr(fd, &saved) == 0 else { return nil }
    var quiet = saved
    quiet.c_lflag &= ~tcflag_t(ECHO)
    quiet.c_lflag |= tcflag_t(ICANON)
    _ = write(fd, prompt, prompt.utf8.count)
    tcsetattr(fd, TCSAFLUSH, &quiet)
    defer {
      tcsetattr(fd, TCSAFLUSH, &saved)
      _ = write(fd, "\n", 1)
    }
    var bytes: [UInt8] = []
    var byte: UInt8 = 0
    while Foundation.read(fd, &byte, 1) == 1, byte != 0x0A, byte != 0x0D, bytes.count < 4096 {
      bytes.append(byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The prompt the store asks through when it meets an encrypted store and was given nothing.
  static func install() {
    StoreKeyring.setPrompt { root in
      read(CLI.passphraseFor(root)).map { StoreCredentials.passphrase($0) }
    }
  }

  /// Opens an encrypted store's key before the screen is taken over: the prompt needs the plain
  /// terminal, and a wrong passphrase is said on it. True when the store is plain or its key
  /// is now held.
  static func unlockAhead(_ path: String, language: Language) -> Bool {
    guard StoreEncryption.isEncrypted(root: path) else { return true }
    do {
      let file = try StoreKeyFile.decode(try PosixFileSystem().read(path + "/" + StoreKeyFile.fileName))
      _ = try StoreEncryption.unlock(file, root: path)
      return true
    } catch let error as StoreKeyError {
      complain(error.message(language))
    } catch let error as StoreError {
      complain(error.message(language))
    } catch let error as FileError {
      complain(error.message(language))
    } catch {
      complain("\(error)")
    }
    return false
  }

  /// A new passphrase: `variable` in the environment, else typed twice.
  static func new(variable: String) throws -> String {
    if let given = ProcessInfo.processInfo.environment[variable], !given.isEmpty { return given }
    guard let first = read(CLI.newPassphrase()) else {
      complain(CLI.noTerminalForPassphrase(variable))
      throw Explained(code: 2)
    }
    guard read(CLI.newPassphraseAgain()) == first else {
      complain(StoreKeyError.passphrasesDiffer.message(cliLanguage))
      throw Explained(code: 2)
    }
    return first
  }
}
