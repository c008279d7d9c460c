import AlianzasDomain

/// A problem as the binary index keeps it (`StoreIndex+Compact`): path, line, the reason in both
/// languages as it was first written from the catalog, and whether the file could not be read.
extension StoreProblem {
  func write(to w: inout CompactWriter) {
    w.string(path)
    w.optional(line) { $0.int($1) }
    reason.write(to: &w)
    w.bool(unreadable)
  }

  init(compact r: inout CompactReader) throws(CompactReader.Fault) {
    self.init(
      path: try r.string(), line: try r.optional { r throws(CompactReader.Fault) in try r.int() },
      reason: try Localized(compact: &r), unreadable: try r.bool())
  }
}
