import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program and reports its wall time and peak resident memory (from `wait4`).
enum Child {
  struct Result {
    var status: Int32
    var milliseconds: Double
    var maxRSSKB: Int
  }

  static func run(_ path: String, _ arguments: [String], quiet: Bool = true) -> Result {
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
