import Testing

@testable import AlianzasDomain

@Suite("Work spread over every core")
struct ParallelTests {
  final class Tracked: Sendable {
    let n: Int
    init(_ n: Int) { self.n = n }
  }

  @Test func resultsComeInOrderAndAreReleasedWhenDropped() {
    weak var first: Tracked?
    weak var last: Tracked?
    do {
      let results = Parallel.map(Array(0..<500)) { Tracked($0) }
      #expect(results.map(\.n) == Array(0..<500))
      first = results.first
      last = results.last
      #expect(first != nil)
    }
    // Nothing else holds them: the work's own slots are released too (they once were not, and
    // an export kept every row it had made).
    #expect(first == nil)
    #expect(last == nil)
  }
}
