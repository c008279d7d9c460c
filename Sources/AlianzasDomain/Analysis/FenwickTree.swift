/// Counts over ranks 0..<size with O(log n) insertion and prefix counts: how many inserted ranks
/// lie below a given one. Harrell's concordance uses it to avoid comparing every pair.
struct FenwickTree {
  /// 32-bit counts: half the memory of `Int`, so the tree of a 600,000-row table stays in cache.
  private var tree: [Int32]
  /// How many of each rank were inserted: the count at a rank in one read, not two prefix sums.
  private var exact: [Int32]
  private(set) var total = 0

  init(size: Int) {
    tree = Array(repeating: 0, count: size + 1)
    exact = Array(repeating: 0, count: size)
  }

  mutating func add(_ rank: Int) {
    total += 1
    exact[rank] += 1
    tree.withUnsafeMutableBufferPointer { tree in
      var i = rank + 1
      while i < tree.count {
        tree[i] += 1
        i += i & -i
      }
    }
  }

  /// How many inserted ranks are below `rank`.
  func count(below rank: Int) -> Int {
    tree.withUnsafeBufferPointer { tree in
      var i = min(rank, tree.count - 1), sum = 0
      while i > 0 {
        sum += Int(tree[i])
        i -= i & -i
      }
      return sum
    }
  }

  /// How many inserted ranks equal `rank`.
  func count(at rank: Int) -> Int { Int(exact[rank]) }
}

/// Each subject's risk as a dense rank (equal risks share one), so risks index a Fenwick tree.
struct RiskRanks {
  private let ranks: [Int32]
  let count: Int

  init(_ risk: [Double]) {
    // A NaN risk (a diverged fit) takes the lowest rank rather than trapping.
    let keys = risk.map { $0.isNaN ? -Double.infinity : $0 }
    var ranks = [Int32](repeating: 0, count: keys.count)
    var rank: Int32 = -1, previous = Double.nan
    for i in RadixOrder.order(keys) {
      if keys[i] != previous {
        rank += 1
        previous = keys[i]
      }
      ranks[i] = rank
    }
    self.ranks = ranks
    count = Int(rank) + 1
  }

  func rank(of subject: Int) -> Int { Int(ranks[subject]) }
}
