import AlianzasDomain
import AlianzasTUI

/// A screen rendered without a terminal, for `alianzas snapshot`, handouts and the benchmark.
public enum Snapshot {
  /// The screen after `keys` (a `KeyScript`), or every screen on the way when `every` is set:
  /// the first before any key, then one after each, each headed by the key that led to it.
  public static func render(
    _ session: StoreSession, screen: ScreenID, width: Int, height: Int, language: Language, keys: [Key] = [],
    every: Bool = false
  ) -> [String] {
    // A snapshot is a picture of the screen a person would see, not of a reading session: the
    // store is opened only to read, but the picture carries no read-only marks. (A key that tries
    // to save is refused by the store, and the screen says so.)
    var data = session.data
    data.readOnlyReason = nil
    var state = AppState(data: data, language: language, width: width, height: height)
    session.run(.show(screen), on: &state)
    var remaining = keys[...]
    let shown = drive(session, &state, keys: &remaining, of: keys.count, every: every)
    return every ? shown : RootView.render(state).lines
  }

  /// Presses `keys` one after the other, as the terminal would, until they run out or the
  /// interface ends ("q", or a sandbox reset): the keys after that stay in `keys`. With `every`,
  /// returns each screen on the way, the first before any key, each headed by its key and its
  /// place among `count`.
  public static func drive(
    _ session: StoreSession, _ state: inout AppState, keys: inout ArraySlice<Key>, of count: Int, every: Bool
  ) -> [String] {
    let language = state.language
    var out = every ? [heading(count - keys.count, count, nil, language)] + RootView.render(state).lines : []
    while !state.shouldQuit, let key = keys.popFirst() {
      // A second passes between keys, as on a terminal: stamps and survey times move.
      _ = reduce(&state, .clock(Timestamp(secondsSinceEpoch: state.now.secondsSinceEpoch + 1)))
      session.run(.key(key), on: &state)
      if every { out += [heading(count - keys.count, count, key, language)] + RootView.render(state).lines }
    }
    return out
  }

  static func heading(_ step: Int, _ count: Int, _ key: Key?, _ language: Language) -> String {
    "── \(step)/\(count)" + (key.map { " " + $0.label(language) } ?? "") + " ──"
  }
}
