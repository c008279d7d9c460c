import AlianzasDomain
import AlianzasRuntime
import AlianzasTUI
import ArgumentParser

struct SnapshotCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "snapshot",
      abstract: CLI.rendersOneScreenWithoutA())
  }

  enum Screen: String, ExpressibleByArgument, CaseIterable {
    case panel, alliances, ruptures, surveys

    var id: ScreenID {
      switch self {
      case .panel: .panel
      case .alliances: .alliances
      case .ruptures: .ruptures
      case .surveys: .households
      }
    }
  }

  @OptionGroup var common: CommonOptions
  @Option(
    help: ArgumentHelp(
      CLI.screenPanelAlliancesRupturesOr(),
      valueName: "pantalla"))
  var screen: Screen = .panel
  @Option(help: ArgumentHelp(CLI.sizeWidthxheight(), valueName: "120x40"))
  var size = "120x40"
  @Option(help: ArgumentHelp(CLI.snapshotKeysHelp(), valueName: "teclas"))
  var keys = ""
  @Flag(help: ArgumentHelp(CLI.snapshotEveryHelp()))
  var every = false

  var script: Result<[Key], KeyScript.Problem> { KeyScript.parse(keys) }

  var dimensions: (Int, Int)? { Self.dimensions(size) }

  static func dimensions(_ size: String) -> (Int, Int)? {
    let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
    guard parts.count == 2, (20...1000).contains(parts[0]), (5...1000).contains(parts[1]) else { return nil }
    return (parts[0], parts[1])
  }

  func validate() throws {
    guard dimensions != nil else {
      throw ValidationError(
        CLI.sizeMustBeWidthxheightFor(size))
    }
    if case .failure(let problem) = script {
      throw ValidationError("--keys: " + problem.message(common.language))
    }
  }

  func run() throws {
    let (reference, instruments) = try loadData()
    let session: StoreSession
    do {
      session = try StoreSession.open(
        path: common.storePath, reference: reference, instruments: instruments,
        officer: CommonOptions.officer,
        device: DeviceIdentity.current, now: Clock.now, mode: .read)
    } catch {
      complain(error.message(common.language))
      throw Explained(code: 2)
    }
    defer { session.release() }
    let (w, h) = dimensions!
    print(
      Snapshot.render(
        session, screen: screen.id, width: w, height: h, language: common.language,
        keys: (try? script.get()) ?? [], every: every
      ).joined(separator: "\n"))
  }
}
