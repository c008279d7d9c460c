import AlianzasDomain

/// The screens, in the order of their number keys and tabs. Adding a screen is adding its folder
/// under `Features/` and one line here.
public enum Screens {
  public static var all: [any ScreenFeature.Type] {
    [
      PanelFeature.self,
      AllianceFeature.self,
      RuptureFeature.self,
      HouseholdFeature.self,
      ReviewFeature.self,
    ]
  }

  public static var ids: [ScreenID] { all.map { $0.id } }

  static func feature(_ id: ScreenID) -> any ScreenFeature.Type {
    all.first { $0.id == id } ?? all[0]
  }
}

/// A screen's name; each feature declares its own (`ScreenID.alliances`).
public struct ScreenID: Hashable, Sendable, CustomStringConvertible {
  public let name: String

  public init(_ name: String) { self.name = name }

  /// Its number key: its place in `Screens.all`, from 1.
  public var number: Int { (Screens.ids.firstIndex(of: self) ?? 0) + 1 }
  public var title: T { Screens.feature(self).title }
  public var tab: T { Screens.feature(self).tab }
  public var description: String { name }
}
