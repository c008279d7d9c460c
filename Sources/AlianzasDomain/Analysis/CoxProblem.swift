import Dispatch

/// The Cox partial likelihood of one table, its gradient and information at any β, in one pass
/// over the subjects from the latest time back (the risk sets' sums grow as it goes): linear in
/// the rows per evaluation, and laid out for the processor.
///
/// - Subjects are stored in time order, latest first, so a pass reads memory in sequence.
/// - Each subject's centred covariates sit in 8-wide vectors (`SIMD8<Double>`, zero-padded), so
///   the sums of w·x and w·x·xᵀ are a handful of vector operations per subject, not p² scalar ones.
/// - The risk sets' sums are only needed in two forms: scalars and p-vectors (Σw, Σw·x), which
///   accumulate from the latest time back in one cheap sequential pass, and the p×p sums Σw·x·xᵀ,
///   which only ever enter the information weighted by each death time's Σ 1/a₀. Those are
///   gathered per subject instead — subject k's w·x·xᵀ weighted by the Σ 1/a₀ of every time it was
///   at risk for — which is a sum in any order: the costly part, p² per subject, is split over
///   the cores (`secondMoments`).
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
  /// Where each time's survivors start, after its deaths.
  let firstSurvivor: [Int]
  let events: [Bool]
  /// Σ of the covariates over the deaths.
  let eventSum: [SIMD8<Double>]
  let ties: CoxTies
  /// From how many subjects a pass is split over the cores.
  let parallelRows: Int

  /// `flat`: row i's covariates at `flat[i * p ..< (i + 1) * p]`, p = `means.count`, kept centred
  /// on `means`; `order`: the rows latest first.
  init(
    times: [Double], events: [Bool], flat: [Double], means: [Double], order: [Int], ties: CoxTies,
    parallelRows: Int = 20_000
  ) {
    let n = order.count, p = means.count
    let q = (p + 7) / 8
    var orderedTimes = [Double](repeating: 0, count: n)
    var orderedEvents = [Bool](repeating: false, count: n)
    for (k, i) in order.enumerated() {
      orderedTimes[k] = times[i]
      orderedEvents[k] = events[i]
    }
    let groups = CoxModel.timeGroups(latestFirst: orderedTimes)
    // Within a time, its deaths first: each pass then takes deaths and survivors as two runs
    // rather than asking at every subject (a branch the processor guessed wrong four times in ten).
    nonisolated(unsafe) let position = UnsafeMutableBufferPointer<Int>.allocate(capacity: n)
    defer { position.deallocate() }
    var firstSurvivor = [Int](repeating: 0, count: groups.count - 1)
    for g in 0..<(groups.count - 1) {
      let (start, end) = (groups[g], groups[g + 1])
      var deaths = 0
      for k in start..<end where orderedEvents[k] { deaths += 1 }
      var death = start, survivor = start + deaths
      for k in start..<end {
        if orderedEvents[k] {
          position[order[k]] = death
          death += 1
        } else {
          position[order[k]] = survivor
          survivor += 1
        }
      }
      for k in start..<end { orderedEvents[k] = k < start + deaths }
      firstSurvivor[g] = start + deaths
    }
    // Each row is written where the order puts it, reading the table in sequence (a scattered
    // write costs less than a scattered read, which waits for its cache line), whole vectors at
    // a time, in slices on every core: the rows' places are distinct, so the slices never meet.
    // The deaths' sum of covariates is taken on the way, each slice its own.
    let slices = n >= parallelRows ? 8 : 1
    nonisolated(unsafe) let deathSums = UnsafeMutableBufferPointer<SIMD8<Double>>.allocate(
      capacity: slices * q)
    deathSums.initialize(repeating: .zero)
    defer { deathSums.deallocate() }
    let x = [SIMD8<Double>](unsafeUninitializedCapacity: n * q) { x, count in
      nonisolated(unsafe) let x = x
      HugePages.advise(UnsafeMutableRawBufferPointer(x))
      flat.withUnsafeBufferPointer { flat in
        means.withUnsafeBufferPointer { means in
          events.withUnsafeBufferPointer { events in
            nonisolated(unsafe) let (flat, means, events) = (flat, means, events)
            let work = { @Sendable (slice: Int) in
              for i in (slice * n / slices)..<((slice + 1) * n / slices) {
                let k = position[i]
                // 1 or 0: a multiplication the processor never has to guess, unlike a branch.
                let dies: Double = events[i] ? 1 : 0
                for c in 0..<q {
                  var v = SIMD8<Double>.zero
                  for a in 0..<min(8, p - c * 8) { v[a] = flat[i * p + c * 8 + a] - means[c * 8 + a] }
                  x[k * q + c] = v
                  deathSums[slice * q + c] += dies * v
                }
              }
            }
            if slices == 1 {
              work(0)
            } else {
              DispatchQueue.concurrentPerform(iterations: slices, execute: work)
            }
          }
        }
      }
      count = n * q
    }
    var eventSum = [SIMD8<Double>](repeating: .zero, count: q)
    for slice in 0..<slices { for c in 0..<q { eventSum[c] += deathSums[slice * q + c] } }
    self.n = n
    self.p = p
    self.q = q
    self.x = x
    self.groups = groups
    self.firstSurvivor = firstSurvivor
    self.events = orderedEvents
    self.eventSum = eventSum
    self.ties = ties
    self.parallelRows = parallelRows
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
    let slices = n >= parallelRows ? 8 : 1
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
    let (p, q, n) = (self.p, self.q, self.n)
    let times = groups.count - 1
    let betaVectors = vectors(beta)
    // Sums in buffers of their own, reached through pointers: arrays captured by the closures
    // below would be boxed and every access checked for exclusivity.
    func buffer(_ count: Int) -> UnsafeMutableBufferPointer<SIMD8<Double>> {
      let b = UnsafeMutableBufferPointer<SIMD8<Double>>.allocate(capacity: count)
      b.initialize(repeating: .zero)
      return b
    }
    // Risk set (s) and this time's deaths (d): Σw·x in q vectors; the information's part that
    // comes from the products of those sums, in p rows of q.
    let s1 = buffer(q), d1 = buffer(q), gradient = buffer(q), products = buffer(p * q)
    defer { [s1, d1, gradient, products].forEach { $0.deallocate() } }
    let weights = HugePages.allocate(Double.self, count: n)
    defer { weights.deallocate() }
    fill(weights, beta: beta, exponential: true)
    // Per time: Σ 1/a₀ over its deaths (then summed from the latest time to it), and Σ f/a₀.
    let riskFactor = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(1, times))
    let deathFactor = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(1, times))
    defer { [riskFactor, deathFactor].forEach { $0.deallocate() } }
    var ll = 0.0
    x.withUnsafeBufferPointer { x in
      firstSurvivor.withUnsafeBufferPointer { firstSurvivor in
        groups.withUnsafeBufferPointer { groups in
          var s0 = 0.0
          for g in 0..<times {
            var d0 = 0.0
            for c in 0..<q { d1[c] = .zero }
            let survivors = firstSurvivor[g]
            let deaths = survivors - groups[g]
            if q == 1 {
              // One vector a subject: the sums held in registers across the run, not stored
              // and loaded again for every subject.
              var (deathSum, survivorSum, survivorWeight) = (SIMD8<Double>.zero, SIMD8<Double>.zero, 0.0)
              for k in groups[g]..<survivors {
                let w = weights[k]
                d0 += w
                deathSum += w * x[k]
              }
              for k in survivors..<groups[g + 1] {
                let w = weights[k]
                survivorWeight += w
                survivorSum += w * x[k]
              }
              d1[0] = deathSum
              s1[0] += survivorSum
              s0 += survivorWeight
            } else {
              for k in groups[g]..<survivors {
                let w = weights[k]
                d0 += w
                for c in 0..<q { d1[c] += w * x[k * q + c] }
              }
              for k in survivors..<groups[g + 1] {
                let w = weights[k]
                s0 += w
                for c in 0..<q { s1[c] += w * x[k * q + c] }
              }
            }
            // The time's deaths join the risk set: they were at risk up to it.
            s0 += d0
            for c in 0..<q { s1[c] += d1[c] }
            riskFactor[g] = 0
            deathFactor[g] = 0
            guard deaths > 0 else { continue }
            var sumA = 0.0, sumB = 0.0, sumC = 0.0, sumD = 0.0, sumE = 0.0
            // Σ log a₀ as the log of their product, taken whenever the product nears the ends
            // of a double's range: a logarithm per time rather than per death, which was a
            // third of this pass.
            var product = 1.0
            for l in 0..<deaths {
              let f = ties == .efron ? Double(l) / Double(deaths) : 0
              let inverse = 1 / (s0 - f * d0)
              product *= s0 - f * d0
              if !(product < 0x1p300 && product > 0x1p-300) {
                ll -= _log(product)
                product = 1
              }
              sumA += inverse
              sumB += f * inverse
              let square = inverse * inverse
              sumC += square
              sumD += f * square
              sumE += f * f * square
            }
            ll -= _log(product)
            riskFactor[g] = sumA
            deathFactor[g] = sumB
            for c in 0..<q { gradient[c] -= s1[c] * sumA - d1[c] * sumB }
            for a in 0..<p {
              let s1a = s1[a / 8][a % 8], d1a = d1[a / 8][a % 8]
              for e in 0..<q {
                let cross: SIMD8<Double> = s1a * d1[e] + d1a * s1[e]
                products[a * q + e] += s1a * s1[e] * sumC - cross * sumD + d1a * d1[e] * sumE
              }
            }
          }
        }
      }
    }
    // A subject is in the risk set of its own time and of every earlier one (later in the order).
    var running = 0.0
    for g in (0..<times).reversed() {
      running += riskFactor[g]
      riskFactor[g] = running
    }
    let information = secondMoments(weights: weights, riskFactor: riskFactor, deathFactor: deathFactor)
    defer { information.deallocate() }
    for c in 0..<q {
      ll += (eventSum[c] * betaVectors[c]).sum()
      gradient[c] += eventSum[c]
    }
    // From the upper triangle (all that `secondMoments` may fill): the two halves exactly
    // equal, as the Cholesky factorization expects.
    var matrix = Array(repeating: Array(repeating: 0.0, count: p), count: p)
    for a in 0..<p {
      for b in a..<p {
        let value = information[a * q + b / 8][b % 8] - products[a * q + b / 8][b % 8]
        matrix[a][b] = value
        matrix[b][a] = value
      }
    }
    return Value(logLikelihood: ll, gradient: (0..<p).map { gradient[$0 / 8][$0 % 8] }, information: matrix)
  }

  /// Σ vₖ·xₖ·xₖᵀ over every subject, vₖ = wₖ·(its time's risk factor, less its death factor when
  /// it dies there): the information's sums of w·x·xᵀ over each risk set, each weighted by that
  /// time's Σ 1/a₀, gathered subject by subject. Order does not matter here, so the subjects are
  /// split in slices of whole times, one accumulator each, on every core.
  private func secondMoments(
    weights: UnsafeMutableBufferPointer<Double>, riskFactor: UnsafeMutableBufferPointer<Double>,
    deathFactor: UnsafeMutableBufferPointer<Double>
  ) -> UnsafeMutableBufferPointer<SIMD8<Double>> {
    let (p, q, n, times) = (self.p, self.q, self.n, groups.count - 1)
    let slices = n >= parallelRows ? 8 : 1
    // Slice s takes the times that start in its share of the subjects.
    var bounds = [Int](repeating: times, count: slices + 1)
    bounds[0] = 0
    var g = 0
    for s in 1..<slices {
      while g < times, groups[g] < s * n / slices { g += 1 }
      bounds[s] = g
    }
    nonisolated(unsafe) let sums = UnsafeMutableBufferPointer<SIMD8<Double>>.allocate(
      capacity: slices * p * q)
    sums.initialize(repeating: .zero)
    x.withUnsafeBufferPointer { x in
      firstSurvivor.withUnsafeBufferPointer { firstSurvivor in
        groups.withUnsafeBufferPointer { groups in
          nonisolated(unsafe) let (x, firstSurvivor, groups) = (x, firstSurvivor, groups)
          nonisolated(unsafe) let (weights, riskFactor, deathFactor) = (weights, riskFactor, deathFactor)
          let bounds = bounds
          let work = { @Sendable (slice: Int) in
            let sum = UnsafeMutableBufferPointer(rebasing: sums[(slice * p * q)..<((slice + 1) * p * q)])
            for g in bounds[slice]..<bounds[slice + 1] {
              let (risk, death) = (riskFactor[g], riskFactor[g] - deathFactor[g])
              let survivors = firstSurvivor[g]
              var k = groups[g]
              if q == 1 {
                // Four subjects at a time, so each row of the sums is loaded and stored once for
                // four; only the upper triangle (the lower is the same), so rows past the fourth
                // take the vectors' upper halves.
                let halves = min(p, 4)
                while k + 4 <= groups[g + 1] {
                  let (x0, x1, x2, x3) = (x[k], x[k + 1], x[k + 2], x[k + 3])
                  let y0 = weights[k] * (k < survivors ? death : risk) * x0
                  let y1 = weights[k + 1] * (k + 1 < survivors ? death : risk) * x1
                  let y2 = weights[k + 2] * (k + 2 < survivors ? death : risk) * x2
                  let y3 = weights[k + 3] * (k + 3 < survivors ? death : risk) * x3
                  for a in 0..<halves { sum[a] += y0[a] * x0 + y1[a] * x1 + y2[a] * x2 + y3[a] * x3 }
                  for a in halves..<p {
                    sum[a].highHalf +=
                      y0[a] * x0.highHalf + y1[a] * x1.highHalf + y2[a] * x2.highHalf + y3[a] * x3.highHalf
                  }
                  k += 4
                }
              }
              for k in k..<groups[g + 1] {
                let row = k * q
                let v = weights[k] * (k < survivors ? death : risk)
                for c in 0..<q {
                  let vx = v * x[row + c]
                  for a in 0..<min(8, p - c * 8) {
                    let vxa = vx[a]
                    for e in 0..<q { sum[(c * 8 + a) * q + e] += vxa * x[row + e] }
                  }
                }
              }
            }
          }
          if slices == 1 {
            work(0)
          } else {
            DispatchQueue.concurrentPerform(iterations: slices, execute: work)
          }
        }
      }
    }
    for s in 1..<slices {
      for r in 0..<(p * q) { sums[r] += sums[s * p * q + r] }
    }
    return sums
  }
}
