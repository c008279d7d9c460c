import AlianzasDomain
import ArgumentParser
import Foundation

@main
struct AlianzasCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "alianzas",
      abstract: CLI.monitoringOfPaapProductiveAlliances(),
      discussion: CLI.theStoreIsLookedFor(),
      subcommands: [
        InterfaceCommand.self, DemoCommand.self, ValidateCommand.self, SummaryCommand.self,
        AnalyzeCommand.self, ExportCommand.self, ReportCommand.self, SnapshotCommand.self, SyncCommand.self,
        TourCommand.self, KeysCommand.self, PrivacyCommand.self, ImportCommand.self,
      ], defaultSubcommand: InterfaceCommand.self)
  }

  static func main() {
    // Whatever the user's umask, what this program (and the git it runs) creates is the owner's
    // alone: the store holds personal data.
    umask(0o077)
    PassphrasePrompt.install()
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let explained as Explained {
      Foundation.exit(explained.code)
    } catch {
      exit(withError: error)
    }
  }
}
