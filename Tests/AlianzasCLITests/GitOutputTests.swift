import Foundation
import Testing

/// `sync git` read git's output, then its errors: a git that wrote more than a pipe holds (64 KB)
/// to stderr waited forever for it to be read. Both are read at once now.
@Suite("git's output is read whole")
struct GitOutputTests {
  @Test func aGitThatWritesMuchToStderrDoesNotHangTheSync() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = folder + "/store"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    #expect(try alianzas(["demo", "--store", store, "--scale", "0.01", "--no-open"]).status == 0)
    // A git that says 300 KB of warnings and fails.
    let bin = folder + "/bin"
    try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
    let fake = bin + "/git"
    try "#!/bin/sh\nhead -c 300000 /dev/zero | tr '\\\\0' 'w' >&2\nexit 1\n".write(
      toFile: fake, atomically: true, encoding: .utf8)
    #expect(chmod(fake, 0o755) == 0)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binaryFolder + "/alianzas")
    process.arguments = ["sync", "git", "--store", store]
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] = bin + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(30)
    while process.isRunning && Date() < deadline { usleep(50_000) }
    let finished = !process.isRunning
    if !finished { process.terminate() }
    #expect(finished, "sync git finished instead of waiting on a full pipe")
    if finished { #expect(process.terminationStatus != 0, "the failing git is reported") }
  }
}
