import AlianzasDomain

extension ScreenID {
  public static let panel = ScreenID("panel")
}

/// Screen 1, the national panel: drawn from the index alone, it has no keys of its own.
public enum PanelFeature: ScreenFeature {
  public struct State: Sendable {}
  /// The panel has no actions of its own (its keys are the global ones); nothing sends this.
  public struct Action: FeatureAction {
    public typealias Feature = PanelFeature
  }

  public static let id = ScreenID.panel
  public static let title = T.screenPanel
  public static let tab = T.tabPanel
  public static var initialState: State { State() }

  public static func reduce(_ action: Action, _ state: inout AppState) -> [Effect] { [] }

  public static func bindings(_ state: AppState) -> [Binding] {
    [
      Binding([.char("R")], .keyReport, .reportAsk(.national), inStatusLine: true),
      Explain.binding(.idap(code: nil)),
    ]
  }

  public static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    PanelScreen.render(state, in: area, buffer: &buffer)
  }
}
