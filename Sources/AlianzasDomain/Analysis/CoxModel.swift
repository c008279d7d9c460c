/// How tied event times enter the Cox partial likelihood.
public enum CoxTies: String, Sendable, CaseIterable, Codable {
  case efron, breslow
}

public struct CoxCoefficient: Hashable, Sendable, Codable {
  public var name: String
  public var coef: Double
  public var se: Double
  public var hazardRatio: Double
  public var lower: Double
  public var upper: Double
  public var z: Double
  public var p: Double
}

public struct CoxFit: Hashable, Sendable {
  public var ties: CoxTies
  public var coefficients: [CoxCoefficient]
  public var logLikelihood: Double
  public var nullLogLikelihood: Double
  public var likelihoodRatio: Double
  public var likelihoodRatioP: Double
  public var concordance: Double
  public var iterations: Int
  public var subjects: Int
  public var events: Int
  /// Covariate means: risks are reported relative to an average subject.
  public var means: [Double]

  /// Linear predictor relative to the average subject.
  public func linearPredictor(_ x: [Double]) -> Double {
    zip(coefficients, zip(x, means)).reduce(0) { $0 + $1.0.coef * ($1.1.0 - $1.1.1) }
  }
}

public enum CoxError: Error, Hashable, Sendable, Bilingual {
  case noEvents
  case constantCovariate(String)
  case singular([String])
  case notConverged(iterations: Int)
  case badInput(String)

  public func message(_ language: Language) -> String {
    let es = language == .es
    switch self {
    case .noEvents:
      return es
        ? "no hay eventos: el modelo no se puede ajustar" : "there are no events: the model cannot be fitted"
    case .constantCovariate(let name):
      return es
        ? "la covariable «\(name)» es constante y no informa nada"
        : "the covariate «\(name)» is constant and carries no information"
    case .singular(let names):
      return es
        ? "el modelo es singular: las covariables \(names.joined(separator: ", ")) son linealmente dependientes"
        : "the model is singular: the covariates \(names.joined(separator: ", ")) are linearly dependent"
    case .notConverged(let iterations):
      return es
        ? "el ajuste no convergió tras \(iterations) iteraciones (¿una covariable separa perfectamente los eventos?)"
        : "the fit did not converge after \(iterations) iterations (does a covariate perfectly separate the events?)"
    case .badInput(let detail): return detail
    }
  }
}

/// Cox (1972) proportional hazards by Newton–Raphson on the partial likelihood, with Efron (1977)
/// or Breslow (1974) handling of ties, step halving when a step lowers the likelihood, standard
/// errors from the inverse information, and Harrell's concordance.
public enum CoxModel {
  /// Subjects as rows of covariates, one array per subject.
  public static func fit(
    times: [Double], events: [Bool], covariates x: [[Double]], names: [String], ties: CoxTies = .efron,
    maxIterations: Int = 60
  ) throws(CoxError) -> CoxFit {
    guard x.count == times.count, x.allSatisfy({ $0.count == names.count }) else {
      throw .badInput("times, events and covariates differ in size")
    }
    return try fit(
      times: times, events: events, flat: x.flatMap { $0 }, names: names, ties: ties,
      maxIterations: maxIterations)
  }

  /// Subjects' covariates in one row-major buffer: subject i's at `flat[i * p ..< (i + 1) * p]`,
  /// p = `names.count` (what a table read column by column gives without an array per row).
  public static func fit(
    times: [Double], events: [Bool], flat: [Double], names: [String], ties: CoxTies = .efron,
    maxIterations: Int = 60
  ) throws(CoxError) -> CoxFit {
    let n = times.count
    let p = names.count
    guard n == events.count, flat.count == n * p, p > 0 else {
      throw .badInput("times, events and covariates differ in size")
    }
    var means = Array(repeating: 0.0, count: p)
    var varies = Array(repeating: false, count: p)
    // Sums of squares about the first row's value, which keeps them from cancelling; divided
    // once at the end (a division per value was a tenth of the fit at 600,000 rows).
    var squares = Array(repeating: 0.0, count: p), shifted = Array(repeating: 0.0, count: p)
    // Whether every covariate is a finite number, learned in the same pass.
    var finite = true
    flat.withUnsafeBufferPointer { flat in
      means.withUnsafeMutableBufferPointer { means in
        shifted.withUnsafeMutableBufferPointer { shifted in
          squares.withUnsafeMutableBufferPointer { squares in
            varies.withUnsafeMutableBufferPointer { varies in
              for i in 0..<n {
                for j in 0..<p {
                  let value = flat[i * p + j], offset = value - flat[j]
                  means[j] += value
                  shifted[j] += offset
                  squares[j] += offset * offset
                  varies[j] = varies[j] || value != flat[j]
                  if !value.isFinite { finite = false }
                }
              }
            }
          }
        }
      }
    }
    guard finite, times.allSatisfy(\.isFinite) else {
      throw .badInput("times and covariates must be finite numbers")
    }
    guard events.contains(true) else { throw .noEvents }
    for j in 0..<p {
      means[j] /= Double(n)
      shifted[j] /= Double(n)
      squares[j] /= Double(n)
    }
    let deviations = (0..<p).map { max(0, squares[$0] - shifted[$0] * shifted[$0]).squareRoot() }
    if let j = varies.firstIndex(of: false) { throw .constantCovariate(names[j]) }
    // Centred covariates keep exp(η) well away from overflow without changing β.
    let problem = CoxProblem(
      times: times, events: events, flat: flat, means: means,
      order: RadixOrder.order(times, descending: true),
      ties: ties)

    var beta = Array(repeating: 0.0, count: p)
    var current = problem.evaluate(beta)
    let null = current.logLikelihood
    var iterations = 0
    var converged = false
    while iterations < maxIterations {
      iterations += 1
      // Singular at the start: collinear covariates. Singular later: a coefficient running off to
      // infinity (a covariate separating the events), which is a fit that does not converge.
      guard let inverse = SymmetricMatrix.inverse(current.information) else {
        throw iterations == 1 ? .singular(names) : .notConverged(iterations: iterations)
      }
      let step = SymmetricMatrix.multiply(inverse, current.gradient)
      // Newton's step from here moves every subject's log-hazard by less than 1e-8: β takes it
      // (its error then squares, far below anything shown) without another pass over the table;
      // the likelihood and information here differ from the step's by its square and by itself.
      if zip(step, deviations).allSatisfy({ abs($0 * $1) < 1e-8 }) {
        beta = zip(beta, step).map { $0 + $1 }
        converged = true
        break
      }
      var scale = 1.0
      var candidate = zip(beta, step).map { $0 + $1 }
      var next = problem.evaluate(candidate)
      var halvings = 0
      while !(next.logLikelihood >= current.logLikelihood - 1e-12 * abs(current.logLikelihood))
        && halvings < 40
      {
        scale /= 2
        halvings += 1
        candidate = zip(beta, step).map { $0 + scale * $1 }
        next = problem.evaluate(candidate)
      }
      let change = zip(candidate, beta).map { abs($0 - $1) }.max() ?? 0
      let gain = abs(next.logLikelihood - current.logLikelihood)
      beta = candidate
      current = next
      if gain < 1e-14 * (1 + abs(current.logLikelihood)) && change < 1e-8 {
        converged = true
        break
      }
    }
    guard converged, beta.allSatisfy({ $0.isFinite && abs($0) < 1e3 }) else {
      throw .notConverged(iterations: iterations)
    }
    // A covariate that separates the events sends its coefficient off to infinity; in floating
    // point the climb can stall where the weights of one side no longer register, which looks
    // like convergence. What gives it away is the standard error: a log-hazard per standard
    // deviation of the covariate known only to ±100 is no estimate.
    guard let covariance = SymmetricMatrix.inverse(current.information),
      (0..<p).allSatisfy({ covariance[$0][$0].squareRoot() * deviations[$0] < 100 })
    else {
      throw .notConverged(iterations: iterations)
    }
    var coefficients: [CoxCoefficient] = []
    for j in 0..<p {
      let se = covariance[j][j].squareRoot()
      let z = beta[j] / se
      coefficients.append(
        CoxCoefficient(
          name: names[j], coef: beta[j], se: se, hazardRatio: _exp(beta[j]),
          lower: _exp(beta[j] - 1.959963984540054 * se),
          upper: _exp(beta[j] + 1.959963984540054 * se), z: z, p: Distributions.normalTwoSided(z)))
    }
    let lr = 2 * (current.logLikelihood - null)
    return CoxFit(
      ties: ties, coefficients: coefficients, logLikelihood: current.logLikelihood, nullLogLikelihood: null,
      likelihoodRatio: lr, likelihoodRatioP: Distributions.chiSquareUpperTail(lr, df: Double(p)),
      concordance: concordance(
        timeGroups: problem.groups, events: problem.events, risk: problem.linearPredictors(beta)),
      iterations: iterations, subjects: n, events: events.reduce(0) { $0 + ($1 ? 1 : 0) }, means: means)
  }
}
