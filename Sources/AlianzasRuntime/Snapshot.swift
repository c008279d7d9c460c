import AlianzasDomain
import AlianzasTUI

/// A screen rendered without a terminal, for `alianzas snapshot`, handouts and the benchmark.
public enum Snapshot {
  public static func render(
    _ session: StoreSession, screen: ScreenID, width: Int, height: Int, language: Language
  ) -> [String] {
    // A snapshot is a picture of the screen a person would see, not of a reading session: the
    // store is opened only to read, but the picture carries no read-only marks. (A key that tries
    // to save is refused by the store, and the screen says so.)
    var data = session.data
    data.readOnlyReason = nil
    var state = AppState(data: data, language: language, width: width, height: height)
    session.run(.show(screen), on: &state)
    return RootView.render(state).lines
  }
}
