import Dispatch

/// The Cox partial likelihood of one table, its gradient and information at any β, in one pass
/// over the subjects from the latest time back (the risk sets' sums grow as it goes): linear in
/// the rows per evaluation, and laid out for the processor.
///
/// - Subjects are stored in time order, latest first, so a pass reads memory in sequence.
/// - Each subject's centred covariates sit in 8-wide vectors (`SIMD8<Double>`, zero-padded), so
///   the sums of w·x and w·x·xᵀ are a handful of vector operations per subject, not p² scalar ones.
/// - A subject is added once: to the sums of its time's deaths or straight to the risk set's,
///   the deaths' sums joining the risk set when the time is done.
/// - Efron's correction is taken in closed form: for d deaths at a time, the sums over
///   l = 0..<d of 1/a₀, f/a₀, 1/a₀², f/a₀², f²/a₀² (a₀ = s₀ − f·d₀, f = l/d) are scalars, and the
///   gradient and information follow from them in O(p²) per time rather than O(d·p²). Breslow's
///   is the same with f = 0.
/// - The weights exp(x·β) are computed first, on every core: the exponential is a third of a
///   subject's cost, and unlike the risk set's sums it does not depend on the subjects before.
/// - The deaths' own terms (Σ η over deaths, Σ x over deaths) are linear: taken once, not per pass.
struct CoxProblem {
  let n: Int
  let p: Int
  /// Vectors per subject: ⌈p / 8⌉.
  let q: Int
  /// Subject k (k-th latest) at `x[k * q ..< (k + 1) * q]`.
  let x: [SIMD8<Double>]
  /// Where each distinct time's subjects start, and `n` at the end.
  let groups: [Int]
  let events: [Bool]
  /// Σ of the covariates over the deaths.
  let eventSum: [SIMD8<Double>]
  let ties: CoxTies

  /// `flat`: row i's covariates at `flat[i * p ..< (i + 1) * p]`, p = `means.count`, kept centred
  /// on `means`; `order`: the rows latest first.
  init(times: [Double], events: [Bool], flat: [Double], means: [Double], order: [Int], ties: CoxTies) {
    let n = order.count, p = means.count
    let q = (p + 7) / 8
    var x = [SIMD8<Double>](repeating: .zero, count: n * q)
    var orderedEvents = [Bool](repeating: false, count: n)
    var eventSum = [SIMD8<Double>](repeating: .zero, count: q)
    var orderedTimes = [Double](repeating: 0, count: n)
    // Each row is written where the order puts it, reading the table in sequence: a scattered
    // write costs less than a scattered read, which waits for its cache line. Raw pointers
    // throughout: arrays captured by the closures would be checked for exclusivity at every access.
    let position = UnsafeMutableBufferPointer<Int>.allocate(capacity: n)
    defer { position.deallocate() }
    for (k, i) in order.enumerated() { position[i] = k }
    x.withUnsafeMutableBufferPointer { x in
      // The vectors' lanes as doubles, to fill them one covariate at a time.
      let lanes = UnsafeMutableRawPointer(x.baseAddress!).assumingMemoryBound(to: Double.self)
      flat.withUnsafeBufferPointer { flat in
        orderedTimes.withUnsafeMutableBufferPointer { orderedTimes in
          orderedEvents.withUnsafeMutableBufferPointer { orderedEvents in
            times.withUnsafeBufferPointer { times in
              events.withUnsafeBufferPointer { events in
                means.withUnsafeBufferPointer { means in
                  for i in 0..<n {
                    let k = position[i]
                    for a in 0..<p { lanes[k * q * 8 + a] = flat[i * p + a] - means[a] }
                    orderedTimes[k] = times[i]
                    orderedEvents[k] = events[i]
                  }
                }
              }
            }
          }
        }
      }
      for k in 0..<n where orderedEvents[k] { for c in 0..<q { eventSum[c] += x[k * q + c] } }
    }
    let groups = CoxModel.timeGroups(latestFirst: orderedTimes)
    self.n = n
    self.p = p
    self.q = q
    self.x = x
    self.groups = groups
    self.events = orderedEvents
    self.eventSum = eventSum
    self.ties = ties
  }

  struct Value {
    var logLikelihood: Double
    var gradient: [Double]
    var information: [[Double]]
  }

  /// Each subject's linear predictor x·β, latest first.
  func linearPredictors(_ beta: [Double]) -> [Double] {
    let eta = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    defer { eta.deallocate() }
    fill(eta, beta: beta, exponential: false)
    return Array(eta)
  }

  /// x·β (or its exponential) for every subject, in slices spread over the cores when the table
  /// is large enough to repay starting them.
  private func fill(_ out: UnsafeMutableBufferPointer<Double>, beta: [Double], exponential: Bool) {
    let b = vectors(beta), q = self.q, n = self.n
    let slices = n >= 20_000 ? 8 : 1
    x.withUnsafeBufferPointer { x in
      nonisolated(unsafe) let (x, out) = (x, out)
      let work = { @Sendable (slice: Int) in
        b.withUnsafeBufferPointer { b in
          for k in (slice * n / slices)..<((slice + 1) * n / slices) {
            var eta = 0.0
            for c in 0..<q { eta += (x[k * q + c] * b[c]).sum() }
            out[k] = exponential ? _exp(eta) : eta
          }
        }
      }
      if slices == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: slices, execute: work) }
    }
  }

  private func vectors(_ values: [Double]) -> [SIMD8<Double>] {
    var v = [SIMD8<Double>](repeating: .zero, count: q)
    for a in 0..<p { v[a / 8][a % 8] = values[a] }
    return v
  }

  func evaluate(_ beta: [Double]) -> Value {
    let (p, q) = (self.p, self.q)
    let betaVectors = vectors(beta)
    // Sums in buffers of their own, reached through pointers: arrays captured by the closures
    // below would be boxed and every access checked for exclusivity.
    func buffer(_ count: Int) -> UnsafeMutableBufferPointer<SIMD8<Double>> {
      let b = UnsafeMutableBufferPointer<SIMD8<Double>>.allocate(capacity: count)
      b.initialize(repeating: .zero)
      return b
    }
    // Risk set (s) and this time's deaths (d): Σw·x in q vectors, Σw·x·xᵀ in p rows of q.
    let s1 = buffer(q), d1 = buffer(q), s2 = buffer(p * q), d2 = buffer(p * q)
    let gradient = buffer(q), information = buffer(p * q)
    defer { [s1, d1, s2, d2, gradient, information].forEach { $0.deallocate() } }
    let weights = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    defer { weights.deallocate() }
    fill(weights, beta: beta, exponential: true)
    var ll = 0.0
    x.withUnsafeBufferPointer { x in
      events.withUnsafeBufferPointer { events in
        groups.withUnsafeBufferPointer { groups in
          var s0 = 0.0
          for g in 0..<(groups.count - 1) {
            var d0 = 0.0, deaths = 0
            for c in 0..<q { d1[c] = .zero }
            for r in 0..<(p * q) { d2[r] = .zero }
            for k in groups[g]..<groups[g + 1] {
              let row = k * q
              let w = weights[k]
              let dies = events[k]
              let t1 = dies ? d1 : s1, t2 = dies ? d2 : s2
              if dies {
                d0 += w
                deaths += 1
              } else {
                s0 += w
              }
              for c in 0..<q {
                let wx = w * x[row + c]
                t1[c] += wx
                for a in 0..<min(8, p - c * 8) {
                  let wxa = wx[a]
                  for e in 0..<q { t2[(c * 8 + a) * q + e] += wxa * x[row + e] }
                }
              }
            }
            // The time's deaths join the risk set: they were at risk up to it.
            s0 += d0
            for c in 0..<q { s1[c] += d1[c] }
            for r in 0..<(p * q) { s2[r] += d2[r] }
            guard deaths > 0 else { continue }
            var sumA = 0.0, sumB = 0.0, sumC = 0.0, sumD = 0.0, sumE = 0.0
            for l in 0..<deaths {
              let f = ties == .efron ? Double(l) / Double(deaths) : 0
              let inverse = 1 / (s0 - f * d0)
              ll -= _log(s0 - f * d0)
              sumA += inverse
              sumB += f * inverse
              let square = inverse * inverse
              sumC += square
              sumD += f * square
              sumE += f * f * square
            }
            for c in 0..<q { gradient[c] -= s1[c] * sumA - d1[c] * sumB }
            for a in 0..<p {
              let s1a = s1[a / 8][a % 8], d1a = d1[a / 8][a % 8]
              for e in 0..<q {
                let r = a * q + e
                let second: SIMD8<Double> = s2[r] * sumA - d2[r] * sumB
                let cross: SIMD8<Double> = s1a * d1[e] + d1a * s1[e]
                let square: SIMD8<Double> = s1a * s1[e] * sumC - cross * sumD + d1a * d1[e] * sumE
                information[r] += second - square
              }
            }
          }
        }
      }
    }
    for c in 0..<q {
      ll += (eventSum[c] * betaVectors[c]).sum()
      gradient[c] += eventSum[c]
    }
    var matrix = Array(repeating: Array(repeating: 0.0, count: p), count: p)
    for a in 0..<p {
      for b in 0..<p { matrix[a][b] = information[a * q + b / 8][b % 8] }
    }
    // The two halves are the same sums taken in a different order: make them exactly equal, as
    // the Cholesky factorization expects.
    for a in 0..<p {
      for b in 0..<a {
        let mean = (matrix[a][b] + matrix[b][a]) / 2
        matrix[a][b] = mean
        matrix[b][a] = mean
      }
    }
    return Value(logLikelihood: ll, gradient: (0..<p).map { gradient[$0 / 8][$0 % 8] }, information: matrix)
  }
}
