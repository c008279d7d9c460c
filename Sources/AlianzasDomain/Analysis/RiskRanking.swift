/// An agreement still in force, ranked by the Cox model's hazard relative to an average alliance,
/// with the traits that raise it most.
public struct AgreementRisk: Hashable, Sendable, Codable {
  public struct Driver: Hashable, Sendable, Codable {
    public var covariate: String
    /// Contribution to the log hazard against the average alliance.
    public var logHazard: Double
  }

  public var code: String
  public var relativeHazard: Double
  public var days: Int
  public var drivers: [Driver]
}

extension AgreementSurvival {
  /// Agreements at risk (first agreement in force, alliance operating), highest hazard first.
  public static func riskRanking(_ durations: [AgreementDuration], fit: CoxFit) -> [AgreementRisk] {
    durations.filter(\.atRisk).map { d in
      let terms = fit.coefficients.indices.map { j in
        AgreementRisk.Driver(
          covariate: fit.coefficients[j].name,
          logHazard: fit.coefficients[j].coef * (d.covariates[j] - fit.means[j]))
      }
      return AgreementRisk(
        code: d.code, relativeHazard: _exp(fit.linearPredictor(d.covariates)), days: d.days,
        drivers: Array(terms.filter { $0.logHazard > 0 }.sorted { $0.logHazard > $1.logHazard }.prefix(2)))
    }
    .sorted { ($0.relativeHazard, $1.code) > ($1.relativeHazard, $0.code) }
  }
}
