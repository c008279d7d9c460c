import AlianzasDomain

/// The styles that carry meaning. Each also has an attribute or a symbol, so the meaning survives
/// a monochrome terminal or `NO_COLOR`.
public enum Theme {
  public static let header = Style(fg: .white, bg: .blue, bold: true)
  public static let error = Style(fg: .red, bold: true)
  public static let info = Style(fg: .cyan)
  public static let key = Style(bold: true)
  public static let muted = Style.dim

  public static func idapBand(_ band: Int?) -> Style {
    switch band {
    case 0?: Style(fg: .red, bold: true)
    case 1?: Style(fg: .yellow)
    case 2?: Style(fg: .green)
    default: .dim
    }
  }

  /// secure, mild, moderate, severe, incomplete.
  public static func elcsa(_ slot: Int) -> Style {
    [Style(fg: .green), Style(fg: .yellow), Style(fg: .magenta), Style(fg: .red, bold: true), Style.dim][
      min(slot, 4)]
  }

  public static func status(_ status: AllianceStatus) -> Style {
    switch status {
    case .activa: Style(fg: .green)
    case .suspendida: Style(fg: .yellow)
    case .rupturaComercial: Style(fg: .red, bold: true)
    case .cerrada: .dim
    }
  }
}
