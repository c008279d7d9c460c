/// The order of a table's rows by a numeric key, stable (rows with equal keys keep their order), by
/// a least-significant-digit radix sort on the keys' bits.
///
/// Written here because the survival analyses sort up to hundreds of thousands of times and risks
/// several times per command: the standard library's sort with a comparing closure took about
/// 50 ms per sort at 600,000 rows, this takes a few. The method is the textbook one (Knuth, TAOCP
/// vol. 3, §5.2.5): a double's bits, with the sign bit flipped for positives and every bit
/// flipped for negatives, order as the numbers do; the 64 bits are sorted eight at a time from
/// the lowest, each pass a stable counting sort, and a pass is skipped when every key has the same
/// digit there (whole-day times leave most of the low bits zero).
enum RadixOrder {
  /// Row indices by ascending key; `descending` reverses the keys' order, not the ties'.
  static func order(_ keys: UnsafeBufferPointer<Double>, descending: Bool = false) -> [Int] {
    let n = keys.count
    guard n > 1 else { return Array(0..<n) }
    // Whole numbers over a short span (times in whole days, counts): one counting pass on the
    // number itself, rather than three on its bits and a look at every run of equal days.
    if n >= 256, let first = keys.first, let span = wholeSpan(keys, from: first) {
      var places = [Int](repeating: 0, count: Int(span.upperBound - span.lowerBound) + 1)
      for key in keys { places[Int(descending ? span.upperBound - key : key - span.lowerBound)] += 1 }
      var start = 0
      for b in places.indices {
        let c = places[b]
        places[b] = start
        start += c
      }
      var order = [Int](repeating: 0, count: n)
      for i in 0..<n {
        let digit = Int(descending ? span.upperBound - keys[i] : keys[i] - span.lowerBound)
        order[places[digit]] = i
        places[digit] += 1
      }
      return order
    }
    var mapped = [UInt64](repeating: 0, count: n)
    for i in 0..<n {
      // +0 for −0, so the two zeros, equal as numbers, tie as keys.
      let bits = (keys[i] + 0.0).bitPattern
      let ascending = bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
      mapped[i] = descending ? ~ascending : ascending
    }
    if n < 256 {
      // Small tables: the counting passes would cost more than they save.
      return (0..<n).sorted { mapped[$0] != mapped[$1] ? mapped[$0] < mapped[$1] : $0 < $1 }
    }
    let digitBits = 8, buckets = 1 << digitBits, passes = (64 + digitBits - 1) / digitBits
    var counts = [Int](repeating: 0, count: buckets * passes)
    for key in mapped {
      for pass in (passes / 2)..<passes {
        counts[pass * buckets + Int((key >> UInt64(pass * digitBits)) & UInt64(buckets - 1))] += 1
      }
    }
    // Each key travels with its row (32 bits: no table read is near four billion rows), so a pass
    // reads both in sequence; reading the key through the row's index, as the first version did,
    // missed the cache at nearly every row once the first pass had shuffled them.
    let keyBuffers = HugePages.allocate(UInt64.self, count: 2 * n)
    let rowBuffers = HugePages.allocate(UInt32.self, count: 2 * n)
    defer {
      keyBuffers.deallocate()
      rowBuffers.deallocate()
    }
    var (keysFrom, keysTo) = (keyBuffers.baseAddress!, keyBuffers.baseAddress! + n)
    var (rowsFrom, rowsTo) = (rowBuffers.baseAddress!, rowBuffers.baseAddress! + n)
    for i in 0..<n {
      keysFrom[i] = mapped[i]
      rowsFrom[i] = UInt32(truncatingIfNeeded: i)
    }
    // Only the upper 32 bits are sorted in passes over the whole table; rows whose upper halves
    // agree are then put in order among themselves (`finishRun`). Keys that close are few and
    // mostly equal (risks from whole-numbered covariates, whole-day times), so this halves the
    // passes over 600,000 risks. (Slices on both cores, each counting its digits and moving its
    // rows to its own places, were tried too: no faster here, the passes being bound by memory.)
    counts.withUnsafeMutableBufferPointer { counts in
      for pass in (passes / 2)..<passes {
        let base = pass * buckets, shift = UInt64(pass * digitBits)
        // Every key has the same digit here: this pass would leave the order as it is.
        if counts[base..<(base + buckets)].contains(n) { continue }
        var start = 0
        for b in 0..<buckets {
          let c = counts[base + b]
          counts[base + b] = start
          start += c
        }
        for j in 0..<n {
          let key = keysFrom[j]
          let digit = base + Int((key >> shift) & UInt64(buckets - 1))
          let to = counts[digit]
          keysTo[to] = key
          rowsTo[to] = rowsFrom[j]
          counts[digit] = to + 1
        }
        swap(&keysFrom, &keysTo)
        swap(&rowsFrom, &rowsTo)
      }
    }
    var start = 0
    while start < n {
      var end = start + 1
      while end < n, keysFrom[end] >> 32 == keysFrom[start] >> 32 { end += 1 }
      if end - start > 1 {
        finishRun(start..<end, keys: keysFrom, rows: rowsFrom, keyScratch: keysTo, rowScratch: rowsTo)
      }
      start = end
    }
    return (0..<n).map { Int(rowsFrom[$0]) }
  }

  /// The span of `keys` when every one is a whole number and they lie within 65,536 of each
  /// other; nil otherwise (or for a NaN or an infinity).
  private static func wholeSpan(_ keys: UnsafeBufferPointer<Double>, from first: Double) -> ClosedRange<
    Double
  >? {
    var low = first, high = first
    for key in keys {
      // Through an integer conversion, which is one instruction; rounding is a library call on
      // the processors the portable build targets.
      guard abs(key) < 0x1p52, Double(Int64(key)) == key else { return nil }
      low = min(low, key)
      high = max(high, key)
      if high - low > 65_535 { return nil }
    }
    return low...high
  }

  /// Orders rows whose keys share their upper 32 bits by the lower 32, stably: nothing to do when
  /// those are all equal too, an insertion sort for a short run, else a radix sort of the run on
  /// the lower bits (the scratch buffers' same range as room to move into).
  private static func finishRun(
    _ run: Range<Int>, keys: UnsafeMutablePointer<UInt64>, rows: UnsafeMutablePointer<UInt32>,
    keyScratch: UnsafeMutablePointer<UInt64>, rowScratch: UnsafeMutablePointer<UInt32>
  ) {
    let first = keys[run.lowerBound]
    guard run.contains(where: { keys[$0] != first }) else { return }
    if run.count <= 32 {
      for j in (run.lowerBound + 1)..<run.upperBound {
        let (key, row) = (keys[j], rows[j])
        var i = j
        while i > run.lowerBound, keys[i - 1] > key {
          keys[i] = keys[i - 1]
          rows[i] = rows[i - 1]
          i -= 1
        }
        keys[i] = key
        rows[i] = row
      }
      return
    }
    var places = [Int](repeating: 0, count: 256)
    for shift in stride(from: UInt64(0), to: 32, by: 8) {
      for b in 0..<256 { places[b] = 0 }
      for j in run { places[Int((keys[j] >> shift) & 255)] += 1 }
      if places.contains(run.count) { continue }
      var start = run.lowerBound
      for b in 0..<256 {
        let c = places[b]
        places[b] = start
        start += c
      }
      for j in run {
        let digit = Int((keys[j] >> shift) & 255)
        keyScratch[places[digit]] = keys[j]
        rowScratch[places[digit]] = rows[j]
        places[digit] += 1
      }
      for j in run {
        keys[j] = keyScratch[j]
        rows[j] = rowScratch[j]
      }
    }
  }

  static func order(_ keys: [Double], descending: Bool = false) -> [Int] {
    keys.withUnsafeBufferPointer { order($0, descending: descending) }
  }
}
