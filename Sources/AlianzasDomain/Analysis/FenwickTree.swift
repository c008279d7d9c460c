/// Counts over ranks 0..<size with O(log n) insertion and prefix counts: how many inserted ranks
/// lie below a given one. Harrell's concordance uses it to avoid comparing every pair.
struct FenwickTree {
  private var tree: [Int]
  private(set) var total = 0

  init(size: Int) { tree = Array(repeating: 0, count: size + 1) }

  mutating func add(_ rank: Int) {
    total += 1
    var i = rank + 1
    while i < tree.count {
      tree[i] += 1
      i += i & -i
    }
  }

  /// How many inserted ranks are below `rank`.
  func count(below rank: Int) -> Int {
    var i = min(rank, tree.count - 1), sum = 0
    while i > 0 {
      sum += tree[i]
      i -= i & -i
    }
    return sum
  }
}

/// Each subject's risk as a dense rank (equal risks share one), so risks index a Fenwick tree.
struct RiskRanks {
  private let ranks: [Int]
  let count: Int

  init(_ risk: [Double]) {
    let distinct = Array(Set(risk)).sorted()
    var index: [Double: Int] = [:]
    for (rank, value) in distinct.enumerated() { index[value] = rank }
    // A NaN risk (a diverged fit) equals nothing; it takes the lowest rank rather than trapping.
    ranks = risk.map { index[$0] ?? 0 }
    count = distinct.count
  }

  func rank(of subject: Int) -> Int { ranks[subject] }
}
