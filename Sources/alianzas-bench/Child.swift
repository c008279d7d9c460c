import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program and reports its wall time and peak resident memory (from `wait4`).
///
/// Linux counts in a child's peak the memory of the process that spawned it, as it was then (the
/// spawned child shares its parent's memory until it starts the program, and the kernel keeps
/// that as the child's peak so far). A benchmark that has opened stores in process would then
/// report every child as at least its own size: every import size read 72 MB. So the measured
/// children are started by a small process of their own (`--spawner`: this program before it
/// does anything), started first; a child's peak is then its own.
enum Child {
  struct Result {
    var status: Int32
    var milliseconds: Double
    var maxRSSKB: Int
  }

  /// The spawner: its pid, where requests go and where replies come from.
  nonisolated(unsafe) private static var spawner: (pid: pid_t, requests: Int32, replies: Int32)?

  /// First thing in `main`: with `--spawner`, be the spawner; else start one, unless this is
  /// itself a measured child.
  static func prepare(_ arguments: [String]) {
    if arguments.contains("--spawner") { serve() }
    if !arguments.contains("--child-load-all") {
      startSpawner(URL(fileURLWithPath: arguments[0]).resolvingSymlinksInPath().path)
    }
  }

  /// Starts the spawner (this program with `--spawner`).
  private static func startSpawner(_ program: String) {
    var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
    guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { return }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
    for fd in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, fd) }
    let argv = [strdup(program), strdup("--spawner"), nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, program, &actions, nil, argv, environ) == 0 else { return }
    close(toChild[0])
    close(fromChild[1])
    spawner = (pid, toChild[1], fromChild[0])
  }

  /// The spawner's loop: a request is a JSON array (quiet or not, the program, its arguments) on
  /// a line; the reply is "status milliseconds peak-KB" on a line. Ends when requests do.
  static func serve() -> Never {
    while let line = readLine(),
      let request = try? JSONDecoder().decode([String].self, from: Data(line.utf8)),
      request.count >= 2
    {
      let result = spawn(request[1], Array(request.dropFirst(2)), quiet: request[0] == "quiet")
      print(result.status, result.milliseconds, result.maxRSSKB)
      fflush(nil)
    }
    exit(0)
  }

  static func run(_ path: String, _ arguments: [String], quiet: Bool = true) -> Result {
    guard let spawner, let request = try? JSONEncoder().encode([quiet ? "quiet" : "loud", path] + arguments)
    else { return spawn(path, arguments, quiet: quiet) }
    let line = Array(request) + [10]
    guard line.withUnsafeBytes({ write(spawner.requests, $0.baseAddress, $0.count) }) == line.count else {
      return spawn(path, arguments, quiet: quiet)
    }
    var reply: [UInt8] = []
    var byte: UInt8 = 0
    while read(spawner.replies, &byte, 1) == 1, byte != 10 { reply.append(byte) }
    let fields = String(decoding: reply, as: UTF8.self).split(separator: " ")
    guard fields.count == 3, let status = Int32(fields[0]), let ms = Double(fields[1]),
      let kb = Int(fields[2])
    else { return Result(status: -1, milliseconds: 0, maxRSSKB: 0) }
    return Result(status: status, milliseconds: ms, maxRSSKB: kb)
  }

  private static func spawn(_ path: String, _ arguments: [String], quiet: Bool) -> Result {
    var pid: pid_t = 0
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if quiet {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else {
      return Result(status: -1, milliseconds: 0, maxRSSKB: 0)
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    return Result(status: (status >> 8) & 0xff, milliseconds: elapsed, maxRSSKB: usage.ru_maxrss)
  }
}

/// Medians, because these machines are noisy.
func median(_ values: [Double]) -> Double {
  guard !values.isEmpty else { return .nan }
  let sorted = values.sorted()
  return sorted.count % 2 == 1
    ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// Milliseconds taken by `body`.
func time(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}
