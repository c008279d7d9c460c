import ArgumentParser

struct SyncCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "sync",
      abstract: CLI.exchangesRecordsBetweenStoresBy(),
      discussion: CLI.recordsMergeFieldByField(),
      subcommands: [
        SyncExportCommand.self, SyncImportCommand.self, SyncGitCommand.self, SyncIdentityCommand.self,
        MergeFileCommand.self, MergeHistoryCommand.self,
      ])
  }
}
