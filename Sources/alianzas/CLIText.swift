import AlianzasDomain
import Foundation

/// The language of the command line, fixed at start: `--lang` on the command line wins, then
/// `LANG`/`LC_ALL`; Spanish otherwise. Help texts are built after this is known.
let cliLanguage: Language = {
  let arguments = CommandLine.arguments
  if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count {
    return Language(rawValue: arguments[index + 1]) ?? .es
  }
  if let inline = arguments.first(where: { $0.hasPrefix("--lang=") }) {
    return Language(rawValue: String(inline.dropFirst(7))) ?? .es
  }
  let environment = ProcessInfo.processInfo.environment
  return Language.from(localeVariable: environment["LC_ALL"] ?? environment["LANG"])
}()

/// Prints one line to standard error, prefixed with the program's name.
func complain(_ message: String) {
  FileHandle.standardError.write(Data("alianzas: \(message)\n".utf8))
}

/// A failure already explained to the user; exits with `code` and no further text.
struct Explained: Error {
  var code: Int32
}
