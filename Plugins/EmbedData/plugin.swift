import Foundation
import PackagePlugin

/// Embeds every JSON file under the package's `data/` folder into the target as Swift source,
/// so the instruments and reference tables stay data files yet travel inside the binary.
@main
struct EmbedData: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let dataDir = context.package.directoryURL.appending(path: "data")
    let files = try jsonFiles(under: dataDir)
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) data files",
        executable: try context.tool(named: "embed-data").url,
        arguments: [dataDir.path, output.path] + files.map(\.path),
        inputFiles: files,
        outputFiles: [output])
    ]
  }

  private func jsonFiles(under dir: URL) throws -> [URL] {
    guard
      let walker = FileManager.default.enumerator(
        at: dir, includingPropertiesForKeys: nil)
    else { return [] }
    var found: [URL] = []
    for case let url as URL in walker where url.pathExtension == "json" {
      found.append(url)
    }
    return found.sorted { $0.path < $1.path }
  }
}
