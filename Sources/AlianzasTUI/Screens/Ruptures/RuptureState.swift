import AlianzasDomain

/// Where the user is on the rupture screen.
public struct RuptureState: Hashable, Sendable {
  public enum View: Int, CaseIterable, Sendable, Hashable {
    case agreements, survival, relink
  }

  /// Which agreements the national list shows.
  public enum Show: Int, CaseIterable, Sendable, Hashable {
    case all, active, searching, relinked
  }

  public var view: View = .agreements
  public var show: Show = .all
  public var search = ""
  public var searching = false
  public var selected = 0
  public var grouping: SurvivalGrouping = .vulnerable
  /// The alliance whose agreement history is open.
  public var history: String?
  public var selectedRisk = 0

  public init() {}
}

/// One agreement as the national list shows it.
public struct AgreementRow: Hashable, Sendable {
  public var code: String
  public var agreement: Agreement
  /// Delivered kg in the last 12 months against the agreed volume, when it can be computed.
  public var compliance: Double?
  public var state: AllianceFigures.AgreementState

  static func rows(_ data: AppData, show: RuptureState.Show, search: String) -> [AgreementRow] {
    let needle = search.folded
    var out: [AgreementRow] = []
    for (code, a) in data.alliances {
      guard
        needle.isEmpty || code.folded.contains(needle) || a.name.folded.contains(needle)
          || a.agreements.contains(where: { $0.buyer.name.folded.contains(needle) })
      else { continue }
      for g in a.agreements {
        let state: AllianceFigures.AgreementState
        if g.rupture == nil {
          state = g.replaces == nil ? .active : .relinked
        } else {
          state = a.relink(of: g) == nil ? .searching : .relinked
        }
        switch show {
        case .all: break
        case .active: if g.rupture != nil { continue }
        case .searching: if state != .searching { continue }
        case .relinked: if g.replaces == nil && a.relink(of: g) == nil { continue }
        }
        out.append(
          AgreementRow(
            code: code, agreement: g, compliance: g.compliance(deliveries: a.deliveries, asOf: data.today),
            state: state))
      }
    }
    return out.sorted { ($0.code, $0.agreement.start) < ($1.code, $1.agreement.start) }
  }

}
