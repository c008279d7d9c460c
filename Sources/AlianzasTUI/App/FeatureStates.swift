/// Each screen's state, kept by the screen's type: the root has no field per screen, so adding one
/// touches nothing here. A screen reads and writes its own through `AppState.features[Feature.self]`
/// (each feature folder names it, e.g. `state.alliances`).
public struct FeatureStates: Sendable {
  private var storage: [ObjectIdentifier: any Sendable] = [:]

  public init() {}

  public subscript<F: ScreenFeature>(_ feature: F.Type) -> F.State {
    get { storage[ObjectIdentifier(feature)] as? F.State ?? F.initialState }
    // Taken out while it changes, so a change inside it does not copy it first.
    _modify {
      let key = ObjectIdentifier(feature)
      var value = storage.removeValue(forKey: key) as? F.State ?? F.initialState
      defer { storage[key] = value }
      yield &value
    }
    set { storage[ObjectIdentifier(feature)] = newValue }
  }
}
