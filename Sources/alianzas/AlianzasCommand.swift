import AlianzasDomain
import ArgumentParser
import Foundation

@main
struct AlianzasCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "alianzas",
      abstract: t(
        "Seguimiento de las alianzas productivas del PAAP: ciclo de vida, rupturas con el comprador y encuestas de hogares.",
        "Monitoring of PAAP productive alliances: lifecycle, buyer ruptures and household surveys."),
      discussion: t(
        "El almacén se busca en --store, luego en $ALIANZAS_STORE y luego en ~/.local/share/alianzas. Use --lang en para inglés.",
        "The store is looked for in --store, then $ALIANZAS_STORE, then ~/.local/share/alianzas. Use --lang es for Spanish."
      ),
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
