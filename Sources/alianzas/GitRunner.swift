import Foundation

/// Runs git in a store's folder. Git is the transport; the merge of records stays Alianzas's.
struct GitRunner {
  var folder: String
  var identity: [String] = []
  /// Variables for git and what it starts: the merge drivers of an encrypted store get its key
  /// this way, in memory, never on disk.
  var environment: [String: String] = [:]

  struct Result {
    var status: Int32
    var output: String
    var errors: String
  }

  @discardableResult
  func run(_ arguments: [String], in directory: String? = nil) -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + identity + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory ?? folder)
    var environment = ProcessInfo.processInfo.environment
    // Messages are parsed only for display, but a pager or an editor would hang the command.
    environment["GIT_TERMINAL_PROMPT"] = "0"
    environment["GIT_EDITOR"] = "true"
    environment["GIT_PAGER"] = "cat"
    environment.merge(self.environment) { _, given in given }
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    do { try process.run() } catch {
      return Result(status: 127, output: "", errors: "git: \(error)")
    }
    // Both pipes are read at once: git blocks when either fills (64 KB), and a first national sync
    // with core.autocrlf writes more than that to stderr.
    let errors = PipeReader(err.fileHandleForReading)
    let output = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
      errors: String(decoding: errors.wait(), as: UTF8.self))
  }
}

/// Reads a pipe to its end on a thread of its own.
final class PipeReader: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
  }

  /// Everything the pipe gave, once it is closed.
  func wait() -> Data {
    done.wait()
    return data
  }
}
