import ArgumentParser

struct SyncCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "sync",
      abstract: t(
        "Intercambia registros entre almacenes: por paquete (USB, correo) o por git.",
        "Exchanges records between stores: by bundle (USB, e-mail) or through git."),
      discussion: t(
        "Los registros se mezclan campo por campo con su historial; dos cambios hechos sin verse que no coinciden quedan como conflictos para revisar en la interfaz (tecla 5). Vea docs/sync.md.",
        "Records merge field by field using their history; two changes made without seeing each other that disagree become conflicts to review in the interface (key 5). See docs/sync.md."
      ),
      subcommands: [
        SyncExportCommand.self, SyncImportCommand.self, SyncGitCommand.self, MergeFileCommand.self,
      ])
  }
}
