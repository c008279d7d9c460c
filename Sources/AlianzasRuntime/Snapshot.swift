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
    var out = every ? [heading(0, keys.count, nil, language)] + RootView.render(state).lines : []
    for (i, key) in keys.enumerated() {
      _ = reduce(&state, .clock(Timestamp(secondsSinceEpoch: state.now.secondsSinceEpoch + 1)))
      session.run(.key(key), on: &state)
      if every { out += [heading(i + 1, keys.count, key, language)] + RootView.render(state).lines }
      // "q" ends a session as it would on a terminal: the screens after it are not drawn.
      if state.shouldQuit { break }
    }
    return every ? out : RootView.render(state).lines
  }

  static func heading(_ step: Int, _ count: Int, _ key: Key?, _ language: Language) -> String {
    "── \(step)/\(count)" + (key.map { " " + $0.label(language) } ?? "") + " ──"
  }
}

extension Snapshot {
  /// A picture of a state already driven elsewhere (the tour's tests, the guide's excerpts).
  public static func lines(_ state: AppState) -> [String] {
    RootView.render(state).lines
  }
}
