import Dispatch

/// Work spread over every core.
public enum Parallel {
  /// `body` applied to each item, on every core at once; the results in the items' order.
  public static func map<T: Sendable, R: Sendable>(_ items: [T], _ body: @Sendable (T) -> R) -> [R] {
    let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    // The slots must be released as well as freed: a buffer freed without it kept every result
    // alive for the rest of the process (all of a store's rows, in an export).
    defer {
      results.deinitialize()
      results.deallocate()
    }
    // Each index is written by exactly one iteration, and read only after all have finished.
    nonisolated(unsafe) let slots = results
    DispatchQueue.concurrentPerform(iterations: items.count) { i in slots[i] = body(items[i]) }
    return results.map { $0! }
  }
}
