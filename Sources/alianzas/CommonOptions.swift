import AlianzasDomain
import AlianzasStore
import ArgumentParser
import Foundation

/// Options every command shares: where the store is and which language to speak.
struct CommonOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(CLI.dataStoreFolder(), valueName: "dir"))
  var store: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      CLI.interfaceLanguageEsOrEn(), valueName: "es|en"))
  var lang: Language?

  @Option(
    name: .customLong("recovery-key"),
    help: ArgumentHelp(CLI.recoveryKeyHelp(), valueName: "file"))
  var recoveryKey: String?

  /// The recovery key, when given, opens whatever encrypted store this command meets.
  func validate() throws {
    guard let recoveryKey else { return }
    let path = Self.absolute(recoveryKey)
    guard let text = try? String(contentsOfFile: path, encoding: .utf8),
      let key = RecoveryKey.parsePrivate(text)
    else {
      throw ValidationError(StoreKeyError.unreadableRecoveryKey(recoveryKey).message(language))
    }
    StoreKeyring.give(.recovery(key))
  }

  /// `--store`, else `$ALIANZAS_STORE`, else the XDG data folder.
  var storePath: String {
    let environment = ProcessInfo.processInfo.environment
    if let store, !store.isEmpty { return Self.absolute(store) }
    if let fromEnvironment = environment["ALIANZAS_STORE"], !fromEnvironment.isEmpty {
      return Self.absolute(fromEnvironment)
    }
    let dataHome =
      environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
    return dataHome + "/alianzas"
  }

  var language: Language { lang ?? cliLanguage }

  /// Who is working, for the lock message and the records' stamps: `ALIANZAS_OFFICER`, else the
  /// name kept on this machine at the first start, else the login name.
  static var officer: String {
    OfficerConfig.fromEnvironment ?? OfficerConfig.load()?.name
      ?? ProcessInfo.processInfo.environment["USER"] ?? "usuario"
  }

  static func absolute(_ path: String) -> String {
    let expanded = (path as NSString).expandingTildeInPath
    return expanded.hasPrefix("/") ? expanded : FileManager.default.currentDirectoryPath + "/" + expanded
  }
}

extension Language: ExpressibleByArgument {
  public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// The wall clock as the domain sees it.
enum Clock {
  static var now: Timestamp { Timestamp(secondsSinceEpoch: Int64(Date().timeIntervalSince1970)) }
  static var today: Day { now.day }
}

/// Loads the embedded instruments and tables, or explains which data file is broken.
func loadData() throws -> (ReferenceData, Instruments) {
  do {
    return (try ReferenceData.embedded(), try Instruments.embedded())
  } catch let error as DataFileError {
    complain(error.description)
    throw Explained(code: 2)
  }
}

/// Opens a store for reading, or explains why not. Reading takes no lock and writes nothing, so it
/// works beside the interface; a store of an older format is read as far as it can be.
func openForReading(_ path: String, language: Language) throws -> FileStore {
  do {
    let store = try FileStore.open(at: path, mode: .read, officer: CommonOptions.officer, now: Clock.now)
    if store.needsMigration {
      let found = store.manifest.formatVersion
      complain(
        CLI.theStoreIsInFormat(found, StoreManifest.currentFormat))
    }
    return store
  } catch {
    complain(error.message(language))
    throw Explained(code: 2)
  }
}

extension FileStore {
  /// The store's "today": a demo store is seen from its as-of date.
  var today: Day { manifest.asOf ?? Clock.today }
}
