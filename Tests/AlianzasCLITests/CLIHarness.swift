import Foundation

/// Runs the built `alianzas` binary as a user would and captures what it prints.
struct CLIRun {
  var status: Int32
  var out: String
  var err: String
}

let binaryFolder: String = {
  var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    .deletingLastPathComponent()
  while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("alianzas").path),
    folder.path != "/"
  {
    folder = folder.deletingLastPathComponent()
  }
  return folder.path
}()

func alianzas(_ arguments: [String], environment extra: [String: String] = [:]) throws -> CLIRun {
  try run(binaryFolder + "/alianzas", arguments, environment: extra)
}

func run(_ executable: String, _ arguments: [String], environment extra: [String: String] = [:]) throws
  -> CLIRun
{
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  var environment = ProcessInfo.processInfo.environment
  environment["LANG"] = nil
  environment["LC_ALL"] = nil
  environment["ALIANZAS_STORE"] = nil
  for (key, value) in extra { environment[key] = value }
  process.environment = environment
  let out = Pipe(), err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  let errData = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return CLIRun(
    status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
    err: String(decoding: errData, as: UTF8.self))
}

func temporaryFolder(_ name: String = #function) -> String {
  let safe = name.filter { $0.isLetter || $0.isNumber }
  return NSTemporaryDirectory() + "alianzas-cli-\(safe)-\(UUID().uuidString.prefix(8))"
}

/// Every file under `root` with its bytes, hidden ones (the caches, the lock) included; empty
/// when the folder is not there.
func everyByte(_ root: String) -> [String: Data] {
  var out: [String: Data] = [:]
  guard let walker = FileManager.default.enumerator(atPath: root) else { return out }
  while let relative = walker.nextObject() as? String {
    var isDir: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDir)
    if !isDir.boolValue { out[relative] = FileManager.default.contents(atPath: root + "/" + relative) }
  }
  return out
}
