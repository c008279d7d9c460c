import AlianzasDomain

/// Where the user is on the rupture screen, and its analyses.
public struct RuptureState: Sendable {
  public enum View: Int, CaseIterable, Sendable, Hashable {
    case agreements, survival, relink
  }

  /// Which agreements the national list shows.
  public enum Show: Int, CaseIterable, Sendable, Hashable {
    case all, active, searching, relinked
  }

  public var view: View = .agreements
  public var show: Show = .all
  public var search = SearchField()
  /// The selected agreement, by id.
  public var selection = Selection()
  public var grouping: SurvivalGrouping = .vulnerable
  /// The alliance whose agreement history is open.
  public var history: String?
  /// The selected alliance of the risk ranking, by code.
  public var selectedRisk = Selection()
  /// The analyses over all agreements, recomputed when the data or the grouping changes.
  public var analysis: RuptureAnalysis?

  public init() {}
}

/// One agreement as the national list shows it.
public struct AgreementRow: Hashable, Sendable {
  public var code: String
  public var agreement: Agreement
  /// Delivered kg in the last 12 months against the agreed volume, when it can be computed.
  public var compliance: Double?
  public var state: AllianceFigures.AgreementState

  static func rows(_ data: AppData, show: RuptureState.Show, search: SearchField) -> [AgreementRow] {
    var out: [AgreementRow] = []
    for (code, a) in data.alliances {
      guard search.matches([code, a.name] + a.agreements.map(\.buyer.name)) else { continue }
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
            code: code, agreement: g, compliance: a.compliance(of: g, asOf: data.today),
            state: state))
      }
    }
    return out.sorted { ($0.code, $0.agreement.start) < ($1.code, $1.agreement.start) }
  }

}
