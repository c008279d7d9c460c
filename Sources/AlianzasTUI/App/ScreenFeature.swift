import AlianzasDomain

/// A screen as a feature module: its own state, its own action type with its own reducer, its key
/// bindings, its drawing, the files it needs loaded and the views it derives. The root knows
/// screens only through `Screens.all`; it never switches over them.
public protocol ScreenFeature {
  associatedtype State: Sendable
  associatedtype Action: FeatureAction where Action.Feature == Self

  static var id: ScreenID { get }
  /// The header's title and the tab's label ("2 Alianzas").
  static var title: T { get }
  static var tab: T { get }
  static var initialState: State { get }

  /// Applies one of the screen's actions. Each screen switches over its own action type without a
  /// `default:`, so an action it does not handle does not compile.
  static func reduce(_ action: Action, _ state: inout AppState) -> [Effect]
  /// The screen's keys, first in the table the key map searches and the help lists.
  static func bindings(_ state: AppState) -> [Binding]
  static func render(_ state: AppState, in area: Rect, buffer: inout Buffer)
  /// The files the screen needs now and does not have.
  static func loads(_ state: AppState) -> [Effect]
  /// Recomputes the screen's derived views when their inputs changed (memoized on the
  /// workspace's revision); called after every action while the screen is shown.
  static func refresh(_ state: inout AppState)
  /// Lines at the top of the screen a form opened over it leaves visible.
  static func linesAboveForm(_ state: AppState) -> Int
}

extension ScreenFeature {
  public static func loads(_ state: AppState) -> [Effect] { [] }
  public static func refresh(_ state: inout AppState) {}
  public static func linesAboveForm(_ state: AppState) -> Int { 0 }

  /// This screen's state inside the application's.
  static func state(_ app: AppState) -> State { app.features[Self.self] }
}

/// An action of one screen. It knows its screen, so the root routes it without a table.
public protocol FeatureAction: Hashable, Sendable {
  associatedtype Feature: ScreenFeature where Feature.Action == Self
}

extension FeatureAction {
  func reduce(_ state: inout AppState) -> [Effect] { Feature.reduce(self, &state) }

  func isEqual(to other: any FeatureAction) -> Bool { (other as? Self) == self }
}

/// A screen's action carried by the root `Action`.
public struct AnyFeatureAction: Hashable, Sendable {
  public let base: any FeatureAction

  public init(_ base: any FeatureAction) { self.base = base }

  public static func == (a: AnyFeatureAction, b: AnyFeatureAction) -> Bool { a.base.isEqual(to: b.base) }
  public func hash(into hasher: inout Hasher) { base.hash(into: &hasher) }

  func reduce(_ state: inout AppState) -> [Effect] { base.reduce(&state) }
}
