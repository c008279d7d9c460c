import AlianzasDomain
import AlianzasTUI

/// A screen rendered without a terminal, for `alianzas snapshot`, handouts and the benchmark.
public enum Snapshot {
  public static func render(
    _ session: StoreSession, screen: ScreenID, width: Int, height: Int, language: Language
  ) -> [String] {
    var state = AppState(data: session.data, language: language, width: width, height: height)
    session.run(.show(screen), on: &state)
    return RootView.render(state).lines
  }
}
