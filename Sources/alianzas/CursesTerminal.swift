import AlianzasTUI
import CNcursesw
import Glibc
import Synchronization

/// Signals that ask the application to stop; the main loop polls this and leaves cleanly, so the
/// terminal is always restored.
enum StopSignal {
  static let received = Atomic<Int32>(0)

  static func install() {
    // Ctrl-\ (SIGQUIT) too: it stops the program, cleanly, instead of dumping over the screen.
    for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
      signal(sig) { number in StopSignal.received.store(number, ordering: .relaxed) }
    }
  }
}

/// What the terminal reports.
enum TerminalEvent {
  case key(Key)
  case resize(width: Int, height: Int)
}

/// The ncurses screen. All curses calls happen here, on the main actor: curses is not thread-safe.
@MainActor
final class CursesTerminal {
  private var previous: Buffer?
  private var pairs: [Int: Int16] = [:]
  private let color: Bool
  private var active = false

  /// - Parameter noColor: the user asked for no color (`NO_COLOR`).
  init(noColor: Bool) {
    // Without a UTF-8 locale ncursesw silently drops every non-ASCII character ("Nario").
    let locale = setlocale(LC_ALL, "").map { String(cString: $0) } ?? "C"
    if locale == "C" || locale == "POSIX" || !locale.uppercased().contains("UTF") {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
    initscr()
    active = true
    cbreak()
    noecho()
    nonl()
    keypad(shim_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    // Bracketed paste: the terminal wraps pasted text in ESC[200~ … ESC[201~, so a paste reaches a
    // field as text instead of running as keys (a newline would confirm the field).
    Self.writeControl("\u{1B}[?2004h")
    Self.defineKeys()
    color = !noColor && has_colors()
    if color {
      start_color()
      use_default_colors()
    }
  }

  var size: (width: Int, height: Int) {
    (Int(getmaxx(shim_stdscr())), Int(getmaxy(shim_stdscr())))
  }

  /// Sends the cells that changed since the last frame, then refreshes once.
  func draw(_ buffer: Buffer) {
    if let previous, previous.width != buffer.width || previous.height != buffer.height {
      clear()
      self.previous = nil
    }
    for change in buffer.changes(since: previous) where !change.cell.symbol.isEmpty {
      var cc = cchar_t()
      var wide = change.cell.symbol.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
      wide.append(0)
      let (attributes, pair) = look(change.cell.style)
      setcchar(&cc, wide, attributes, pair, nil)
      // The bottom-right cell returns ERR (the cursor cannot advance) yet is drawn.
      mvadd_wch(Int32(change.y), Int32(change.x), &cc)
    }
    refresh()
    previous = buffer
  }

  /// Forgets the last frame so the next draw repaints everything.
  func invalidate() { previous = nil }

  private func look(_ style: Style) -> (attr_t, Int16) {
    var attributes: attr_t = 0
    var reverse = style.reverse
    // Without color a background would vanish; reverse video keeps the emphasis.
    if !color && style.bg != nil { reverse = true }
    if style.bold { attributes |= shim_wa_bold() }
    if reverse { attributes |= shim_wa_reverse() }
    if style.underline { attributes |= shim_wa_underline() }
    if style.dim { attributes |= shim_wa_dim() }
    guard color, style.fg != nil || style.bg != nil else { return (attributes, 0) }
    let key = (style.fg?.rawValue ?? -1) * 16 + (style.bg?.rawValue ?? -1) + 17
    if let pair = pairs[key] { return (attributes, pair) }
    let pair = Int16(pairs.count + 1)
    init_pair(pair, Int16(style.fg?.rawValue ?? -1), Int16(style.bg?.rawValue ?? -1))
    pairs[key] = pair
    return (attributes, pair)
  }

  /// Waits up to `milliseconds` for a key, a paste or a resize.
  func next(milliseconds: Int32) -> TerminalEvent? {
    timeout(milliseconds)
    var ch: wint_t = 0
    switch get_wch(&ch) {
    case KEY_CODE_YES:
      let code = Int32(ch)
      if code == KEY_RESIZE {
        let (w, h) = size
        return .resize(width: w, height: h)
      }
      if code == Self.pasteStart { return .key(.paste(readPasted())) }
      return CursesTerminal.functionKey(code).map(TerminalEvent.key)
    case OK:
      return CursesTerminal.character(UInt32(ch)).map(TerminalEvent.key)
    default:
      return nil
    }
  }

  /// Key codes curses gives for the marks a terminal wraps a paste in (see `init`).
  static let pasteStart: Int32 = 0x7A0
  static let pasteEnd: Int32 = 0x7A1

  /// Sequences curses may not know from the terminfo entry of `TERM` but terminals send: the
  /// paste marks, and Home and End as xterm, tmux and the Linux console send them.
  static func defineKeys() {
    let keys: [(String, Int32)] = [
      ("\u{1B}[200~", pasteStart), ("\u{1B}[201~", pasteEnd),
      ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
      ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
    ]
    for (sequence, code) in keys where key_defined(sequence) <= 0 { define_key(sequence, code) }
  }

  /// The text of a paste, up to the closing mark curses reports as `pasteEnd`.
  private func readPasted() -> String {
    var text: [UInt32] = []
    // A paste arrives in bursts; a second without a byte ends it even without its closing mark.
    timeout(1000)
    while text.count < 1_000_000 {
      var ch: wint_t = 0
      let result = get_wch(&ch)
      if result == KEY_CODE_YES {
        if Int32(ch) == Self.pasteEnd { break }
        continue
      }
      guard result == OK else { break }
      text.append(UInt32(ch))
    }
    var pasted = ""
    for value in text { if let scalar = Unicode.Scalar(value) { pasted.unicodeScalars.append(scalar) } }
    return pasted
  }

  /// Writes a terminal mode switch straight to the terminal (curses has no call for it).
  private static func writeControl(_ sequence: String) {
    let bytes = Array(sequence.utf8)
    _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
  }

  static func functionKey(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: .up
    case KEY_DOWN: .down
    case KEY_LEFT: .left
    case KEY_RIGHT: .right
    case KEY_HOME: .home
    case KEY_END: .end
    case KEY_PPAGE: .pageUp
    case KEY_NPAGE: .pageDown
    case KEY_BACKSPACE: .backspace
    case KEY_DC: .delete
    case KEY_BTAB: .backTab
    case KEY_ENTER: .enter
    case (KEY_F0 + 1)...(KEY_F0 + 12): .function(Int(code - KEY_F0))
    default: nil
    }
  }

  static func character(_ value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96)!))
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .char(Character(scalar))
    }
  }

  /// Gives the terminal back as it was. Safe to call more than once.
  func restore() {
    guard active else { return }
    active = false
    curs_set(1)
    endwin()
    Self.writeControl("\u{1B}[?2004l")
  }
}
