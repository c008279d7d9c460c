import AlianzasDomain
import Foundation

/// Rows kept on disk until they can be written: a Stata or SPSS file must be told its row count
/// and each text column's width before its first row, and an anonymized roster can be coarsened
/// only once every household has been counted. Holding those rows in memory would take gigabytes
/// at ten times national scale; a spool holds them in a compact form in a file beside the export
/// and reads them back in order.
final class RowSpool {
  private let file: BufferedFile
  let columns: Int
  private(set) var count = 0

  init(path: String, columns: Int) throws(WriteFailure) {
    file = try BufferedFile(creating: path)
    self.columns = columns
  }

  var path: String { file.path }

  func append(_ row: [ExportValue]) throws(WriteFailure) {
    file.withBuffer { out in
      for value in row { Self.encode(value, to: &out) }
    }
    count += 1
    try file.flushIfFull()
  }

  /// Every row, in the order appended.
  func replay(_ body: ([ExportValue]) throws -> Void) throws {
    try file.flush()
    var reader = Reader(fd: file.descriptor)
    guard lseek(file.descriptor, 0, SEEK_SET) == 0 else { throw WriteFailure.system() }
    var row: [ExportValue] = []
    row.reserveCapacity(columns)
    for _ in 0..<count {
      row.removeAll(keepingCapacity: true)
      for _ in 0..<columns { row.append(try reader.value()) }
      try body(row)
    }
  }

  func remove() { unlink(file.path) }

  private enum Tag: UInt8 { case missing, integer, decimal, text, date, code }

  private static func encode(_ value: ExportValue, to out: inout [UInt8]) {
    func word(_ n: UInt64, bytes: Int) {
      for i in 0..<bytes { out.append(UInt8(truncatingIfNeeded: n >> (8 * i))) }
    }
    switch value {
    case .missing: out.append(Tag.missing.rawValue)
    case .integer(let n):
      out.append(Tag.integer.rawValue)
      word(UInt64(bitPattern: n), bytes: 8)
    case .decimal(let d):
      out.append(Tag.decimal.rawValue)
      word(d.bitPattern, bytes: 8)
    case .text(let t):
      out.append(Tag.text.rawValue)
      var t = t
      t.withUTF8 { utf8 in
        word(UInt64(utf8.count), bytes: 4)
        out.append(contentsOf: utf8)
      }
    case .date(let d):
      out.append(Tag.date.rawValue)
      word(UInt64(bitPattern: Int64(d.ordinal)), bytes: 8)
    case .code(let c):
      out.append(Tag.code.rawValue)
      word(UInt64(UInt32(bitPattern: c)), bytes: 4)
    }
  }

  /// Reads a spool back through a buffer refilled as it empties.
  private struct Reader {
    let fd: Int32
    var buffer: [UInt8] = []
    var position = 0

    init(fd: Int32) { self.fd = fd }

    /// Makes sure `n` bytes are buffered from `position` on.
    mutating func need(_ n: Int) throws {
      guard buffer.count - position < n else { return }
      buffer.removeSubrange(0..<position)
      position = 0
      var chunk = [UInt8](repeating: 0, count: max(1 << 20, n))
      while buffer.count < n {
        let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        if got < 0, errno == EINTR { continue }
        guard got > 0 else {
          throw got < 0 ? WriteFailure.system() : WriteFailure(reason: "spool ends early")
        }
        buffer.append(contentsOf: chunk[0..<got])
      }
    }

    mutating func word(_ bytes: Int) throws -> UInt64 {
      try need(bytes)
      var n: UInt64 = 0
      for i in 0..<bytes { n |= UInt64(buffer[position + i]) << (8 * i) }
      position += bytes
      return n
    }

    mutating func value() throws -> ExportValue {
      try need(1)
      let tag = Tag(rawValue: buffer[position])
      position += 1
      switch tag {
      case .missing: return .missing
      case .integer: return .integer(Int64(bitPattern: try word(8)))
      case .decimal: return .decimal(Double(bitPattern: try word(8)))
      case .text:
        let n = Int(try word(4))
        try need(n)
        let text = String(decoding: buffer[position..<(position + n)], as: UTF8.self)
        position += n
        return .text(text)
      case .date: return .date(Day(ordinal: Int(Int64(bitPattern: try word(8)))))
      case .code: return .code(Int32(bitPattern: UInt32(truncatingIfNeeded: try word(4))))
      case nil: throw WriteFailure(reason: "spool damaged")
      }
    }
  }
}
