import AlianzasDomain
import AlianzasStore
import ArgumentParser
import Crypto
import Foundation

/// Encryption at rest: the organization's recovery key, encrypting a store, its passphrase.
struct KeysCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "keys", abstract: CLI.keysAbstract(), discussion: CLI.keysDiscussion(),
      subcommands: [
        KeysStatusCommand.self, KeysRecoveryCommand.self, KeysEncryptCommand.self, KeysPassphraseCommand.self,
      ], defaultSubcommand: KeysStatusCommand.self)
  }
}

struct KeysStatusCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "status", abstract: CLI.keysStatusAbstract())
  }

  @OptionGroup var common: CommonOptions

  func run() throws {
    let path = common.storePath
    guard FileManager.default.fileExists(atPath: path + "/" + FileStore.manifestName) else {
      complain(StoreError.notAStore(path).message(common.language))
      throw Explained(code: 2)
    }
    guard StoreEncryption.isEncrypted(root: path) else {
      say(CLI.storeNotEncrypted(path))
      return
    }
    let file: StoreKeyFile
    do {
      file = try StoreKeyFile.decode(try PosixFileSystem().read(path + "/" + StoreKeyFile.fileName))
    } catch let error as StoreKeyError {
      complain(error.message(common.language))
      throw Explained(code: 2)
    }
    say(CLI.storeEncrypted(path, file.cipher, file.keyID))
    say(
      CLI.keysPassphraseLine(
        file.passphrase.kdf, 1 << file.passphrase.logN, file.passphrase.r, file.passphrase.p))
    say(CLI.keysRecoveryLine(file.recovery.fingerprint))
    if !file.complete { say(CLI.encryptionUnfinished()) }
  }
}

struct KeysRecoveryCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "recovery", abstract: CLI.keysRecoveryAbstract(), discussion: CLI.keysRecoveryDiscussion())
  }

  @Option(name: .long, help: ArgumentHelp(CLI.recoveryPrivateFile(), valueName: "file"))
  var out: String

  @Option(name: .long, help: ArgumentHelp(CLI.interfaceLanguageEsOrEn(), valueName: "es|en"))
  var lang: Language?

  func run() throws {
    let privatePath = CommonOptions.absolute(out)
    let publicPath = privatePath + ".pub"
    for path in [privatePath, publicPath] where FileManager.default.fileExists(atPath: path) {
      complain(CLI.refusesToReplace(path))
      throw Explained(code: 2)
    }
    let pair = RecoveryKey()
    if let failure = Self.write(pair, privatePath: privatePath, publicPath: publicPath) {
      complain(failure.message(lang ?? cliLanguage))
      throw Explained(code: 2)
    }
    say(CLI.recoveryWritten(privatePath, publicPath))
    say(CLI.recoveryFingerprint(KeyFingerprint.of(pair.publicKey.rawRepresentation)))
  }

  /// Both halves, or neither: a public key without its private one would encrypt for nobody.
  private static func write(_ pair: RecoveryKey, privatePath: String, publicPath: String) -> FileError? {
    let fs = PosixFileSystem()
    do throws(FileError) {
      try fs.writeAtomically(Array(pair.privateFileText.utf8), to: privatePath)
      try fs.writeAtomically(Array(pair.publicFileText.utf8), to: publicPath)
      return nil
    } catch {
      try? fs.remove(privatePath)
      return error
    }
  }
}

struct KeysEncryptCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "encrypt", abstract: CLI.keysEncryptAbstract(), discussion: CLI.keysEncryptDiscussion())
  }

  @OptionGroup var common: CommonOptions

  @Option(name: .long, help: ArgumentHelp(CLI.recoveryPublicHelp(), valueName: "file"))
  var recoveryPublic: String?

  func run() throws {
    let language = common.language
    let path = common.storePath
    if StoreEncryption.isEncrypted(root: path) {
      if let file = try? StoreKeyFile.decode(PosixFileSystem().read(path + "/" + StoreKeyFile.fileName)),
        file.complete
      {
        complain(StoreKeyError.alreadyEncrypted(path).message(language))
        throw Explained(code: 2)
      }
      // An encryption cut short: the key is already chosen, and the first opening for writing
      // (with the passphrase, or --recovery-key) seals what is left.
      do {
        try FileStore.open(at: path, mode: .write, officer: CommonOptions.officer, now: Clock.now).release()
      } catch {
        complain(error.message(language))
        throw Explained(code: 2)
      }
      say(CLI.encryptionFinished(path))
      return
    }
    let setup = StoreEncryptionSetup(
      passphrase: try PassphrasePrompt.new(variable: "ALIANZAS_PASSPHRASE"),
      recovery: try recoveryPublicKey(recoveryPublic, language: language))
    let report: EncryptionReport
    do {
      report = try StoreEncryption.encrypt(
        root: path, setup: setup, officer: CommonOptions.officer, now: Clock.now)
    } catch {
      complain(error.message(language))
      throw Explained(code: 2)
    }
    say(CLI.storeEncryptedFiles(path, report.sealed))
    if report.hasGitHistory { say(CLI.gitHistoryStillPlain()) }
  }
}

struct KeysPassphraseCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "passphrase", abstract: CLI.keysPassphraseAbstract(),
      discussion: CLI.keysPassphraseDiscussion())
  }

  @OptionGroup var common: CommonOptions

  func run() throws {
    let language = common.language
    let path = common.storePath
    guard StoreEncryption.isEncrypted(root: path) else {
      complain(CLI.storeNotEncrypted(path))
      throw Explained(code: 2)
    }
    do {
      // The current key first (passphrase, recovery key or prompt), then the new passphrase.
      _ = try FileStore.open(at: path, mode: .read, officer: CommonOptions.officer, now: Clock.now)
      let passphrase = try PassphrasePrompt.new(variable: "ALIANZAS_NEW_PASSPHRASE")
      try StoreEncryption.changePassphrase(root: path, to: passphrase, credentials: nil)
    } catch let error as StoreError {
      complain(error.message(language))
      throw Explained(code: 2)
    }
    say(CLI.passphraseChanged(path))
  }
}

/// The organization's recovery public key from a file (`keys recovery` wrote it) or given inline.
func recoveryPublicKey(_ given: String?, language: Language) throws -> Curve25519.KeyAgreement.PublicKey {
  guard let given else {
    complain(CLI.recoveryPublicRequired())
    throw Explained(code: 2)
  }
  let path = CommonOptions.absolute(given)
  let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? given
  guard let key = RecoveryKey.parsePublic(text) else {
    complain(CLI.notARecoveryPublicKey(given))
    throw Explained(code: 2)
  }
  return key
}
