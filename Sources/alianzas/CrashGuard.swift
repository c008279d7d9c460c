import Glibc

/// A crash must not leave the terminal raw with a backtrace drawn over the interface, waiting for
/// a key while the store's lock is held. On a fatal signal the terminal is given back first (its
/// saved settings, the cursor, the normal screen), one line says what happened, and the process
/// dies of the signal at once: the kernel then releases the lock. Every confirmed field is
/// already on disk, so nothing confirmed is lost.
enum CrashGuard {
  // Set once before the handlers are installed and only read by them.
  nonisolated(unsafe) private static var saved = termios()
  nonisolated(unsafe) private static var reset: [UInt8] = []
  nonisolated(unsafe) private static var message: [UInt8] = []

  /// Call before curses changes the terminal.
  static func install() {
    tcgetattr(STDIN_FILENO, &saved)
    // Normal attributes, cursor shown, the normal screen back (curses used the alternate one).
    reset = Array("\u{1B}[0m\u{1B}[?25h\u{1B}[?2004l\u{1B}[?1049l\r\n".utf8)
    message = Array(("alianzas: " + CLI.internalErrorSignal() + "\n").utf8)
    for sig in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
      signal(sig) { number in
        // Only async-signal-safe calls from here on.
        tcsetattr(STDIN_FILENO, TCSANOW, &CrashGuard.saved)
        _ = CrashGuard.reset.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        _ = CrashGuard.message.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        signal(number, SIG_DFL)
        raise(number)
      }
    }
  }
}
