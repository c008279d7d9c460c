/// Two versions of a history file made one: every line of ours, in order, then every line of
/// theirs that ours lacks, in theirs' order. A history's lines are batches with unique ids, so a
/// line both sides hold is the same batch; what git's `union` driver does, without its text
/// diff, for histories git sees only as ciphertext.
public enum HistoryUnion {
  public static func merge(_ ours: [UInt8], _ theirs: [UInt8]) -> [UInt8] {
    let mine = lines(ours)
    let known = Set(mine)
    var out: [UInt8] = []
    for line in mine + lines(theirs).filter({ !known.contains($0) }) {
      out += line
      out.append(0x0A)
    }
    return out
  }

  /// Whole lines only: a line cut short (no newline) is a torn append, never a batch.
  static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var result: [ArraySlice<UInt8>] = []
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      if index > start { result.append(bytes[start..<index]) }
      start = index + 1
    }
    return result
  }
}
