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
        AnalyzeCommand.self, SnapshotCommand.self, SyncCommand.self,
      ], defaultSubcommand: InterfaceCommand.self)
  }

  static func main() {
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
