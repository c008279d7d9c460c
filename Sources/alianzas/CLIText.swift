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
  FileHandle.standardError.write(Data("alianzas: \(escapingControls(message))\n".utf8))
}

/// Prints a line that may carry names from outside (file names, bundle paths, values read from
/// files) with its control characters shown as `\x1b` escapes: a file named with an escape
/// sequence must not drive the terminal.
func say(_ line: String) {
  print(escapingControls(line))
}

/// Every control character (C0, DEL, C1) written as `\xNN`.
func escapingControls(_ text: String) -> String {
  var out = ""
  for scalar in text.unicodeScalars {
    if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
      out += "\\x" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16)
    } else {
      out.unicodeScalars.append(scalar)
    }
  }
  return out
}

/// A failure already explained to the user; exits with `code` and no further text.
struct Explained: Error {
  var code: Int32
}
