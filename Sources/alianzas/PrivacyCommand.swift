import AlianzasDomain
import AlianzasStore
import ArgumentParser
import Foundation

/// The titular's rights (Ley 1581 de 2012, art. 8): to know what is held about them, and to have
/// it erased.
struct PrivacyCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "privacy", abstract: CLI.privacyAbstract(), discussion: CLI.privacyDiscussion(),
      subcommands: [PrivacyShowCommand.self, PrivacyEraseCommand.self])
  }
}

struct PrivacyShowCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "show", abstract: CLI.privacyShowAbstract())
  }

  @OptionGroup var common: CommonOptions

  @Argument(help: ArgumentHelp(CLI.householdCodeHelp(), valueName: "hogar"))
  var household: String

  @Option(name: .long, help: ArgumentHelp(CLI.privacyOutHelp(), valueName: "archivo"))
  var out: String?

  func run() throws {
    let store = try openForReading(common.storePath, language: common.language)
    store.clock = { Clock.now }
    let report: JSONValue
    do { report = try store.privacyReport(household: household) } catch {
      complain(error.message(common.language))
      throw Explained(code: 2)
    }
    let bytes = JSONPrettyPrinter.bytes(report)
    guard let out else {
      FileHandle.standardOutput.write(Data(bytes))
      return
    }
    let target = CommonOptions.absolute(out)
    if FileManager.default.fileExists(atPath: target) {
      complain(CLI.refusesToReplace(target))
      throw Explained(code: 2)
    }
    do throws(FileError) { try PosixFileSystem().writeAtomically(bytes, to: target) } catch {
      complain(error.message(common.language))
      throw Explained(code: 2)
    }
    say(CLI.privacyWritten(household, target))
  }
}

struct PrivacyEraseCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "erase", abstract: CLI.privacyEraseAbstract(), discussion: CLI.privacyEraseDiscussion())
  }

  @OptionGroup var common: CommonOptions

  @Argument(help: ArgumentHelp(CLI.householdCodeHelp(), valueName: "hogar"))
  var household: String

  @Option(name: .long, help: ArgumentHelp(CLI.privacyReasonHelp(), valueName: "texto"))
  var reason: String

  func validate() throws {
    guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw ValidationError(CLI.privacyReasonRequired())
    }
  }

  func run() throws {
    let language = common.language
    let store: FileStore
    do {
      store = try FileStore.open(
        at: common.storePath, mode: .write, officer: CommonOptions.officer, now: Clock.now)
    } catch {
      complain(error.message(language))
      throw Explained(code: 2)
    }
    defer { store.release() }
    store.device = DeviceIdentity.current
    store.clock = { Clock.now }
    let report: ErasureReport
    do { report = try store.erase(household: household, reason: reason) } catch {
      complain(error.message(language))
      throw Explained(code: 2)
    }
    say(CLI.privacyErased(report.household, report.alliance, report.historyChanges))
    for copy in report.copies { say(CLI.privacyCopyCleaned(copy)) }
    say(CLI.privacyErasedTravels())
  }
}
