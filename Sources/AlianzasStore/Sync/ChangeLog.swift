import AlianzasDomain
import Foundation

/// The history file of one store file: `history/<folder>/<code>.jsonl`, one batch per line,
/// appended and made durable before the file it describes is replaced.
enum ChangeLog {
  static func relativePath(for relative: String) -> String {
    let stem = relative.hasSuffix(".json") ? String(relative.dropLast(5)) : relative
    return "history/" + stem + ".jsonl"
  }

  /// The store file a history file describes.
  static func filePath(forHistory relative: String) -> String? {
    guard relative.hasPrefix("history/"), relative.hasSuffix(".jsonl") else { return nil }
    return String(relative.dropFirst(8).dropLast(6)) + ".json"
  }

  struct Contents {
    var batches: [ChangeBatch] = []
    /// Byte offset just after each batch's line.
    var ends: [Int] = []
    var length = 0
    /// Lines that do not read, by line number; a torn last line is not one of them.
    var damaged: [Int] = []
    /// Set when the last line was cut short by a crash; the log should be cut back to `length`.
    var tornTail = false
  }

  static func read(_ bytes: [UInt8]) -> Contents {
    var contents = Contents()
    var start = 0
    var line = 0
    var seen: Set<String> = []
    while start < bytes.count {
      line += 1
      guard let newline = bytes[start...].firstIndex(of: 0x0A) else {
        contents.tornTail = true
        break
      }
      let slice = bytes[start..<newline]
      start = newline + 1
      if slice.isEmpty { continue }
      guard let tree = JSONValue.parse(Array(slice)), let batch = try? ChangeBatch(tree: tree) else {
        contents.damaged.append(line)
        contents.length = start
        continue
      }
      // A history merged by git's union driver may hold the same line twice.
      if seen.insert(batch.id).inserted {
        contents.batches.append(batch)
        contents.ends.append(start)
      }
      contents.length = start
    }
    return contents
  }

  /// A batch as its history line: compact JSON, sorted keys, every text composed (NFC). The
  /// batch's own fields go through the encoder; its changes, which hold a whole record when a
  /// file is created, are written straight from their trees (`JSONPrettyPrinter.compactBytes`),
  /// the same bytes in a fraction of the time (`ChangeLogLineTests` compares the two).
  static func line(_ batch: ChangeBatch) throws -> [UInt8] {
    var header = batch
    header.changes = []
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard case .object(var fields)? = JSONValue.parse(Array(try encoder.encode(header))) else {
      throw EncodingError.invalidValue(batch.id, .init(codingPath: [], debugDescription: "batch"))
    }
    fields["changes"] = .array(batch.changes.map(tree))
    return JSONPrettyPrinter.compactBytes(.object(fields)) + [0x0A]
  }

  /// A change as `Change.encode` writes it: `old` and `new` only when present, `supersedes`
  /// only when not empty.
  static func tree(_ change: Change) -> JSONValue {
    var fields: [String: JSONValue] = ["path": .string(change.path.description)]
    if let old = change.old { fields["old"] = old }
    if let new = change.new { fields["new"] = new }
    if !change.supersedes.isEmpty { fields["supersedes"] = .array(change.supersedes.map { .string($0) }) }
    return .object(fields)
  }

  /// How many of `batches`, in order, took effect on the file whose digest is now `diskDigest`
  /// (nil: no file). A save or an import appends its lines before it replaces the file, so a
  /// process killed between the two leaves lines whose write never happened; they are this
  /// device's lines (or lines it imported) after the last write whose result is on disk. When no
  /// write matches the disk, the last write of this device that started from the disk as it is
  /// now (`before`) is the one that died, with the lines since the write before it.
  static func confirmedCount(_ batches: [ChangeBatch], diskDigest: String?, device: String) -> Int {
    // Imported lines are followed by their import's marker (a write) once the import finishes:
    // lines after the last write that carry no digest are an import that died before it.
    let end = (batches.lastIndex { $0.after != nil } ?? -1) + 1
    if end < batches.count {
      return confirmedCount(Array(batches[..<end]), diskDigest: diskDigest, device: device)
    }
    let tailStart: Int
    if let digest = diskDigest, let last = batches.lastIndex(where: { $0.after == digest }) {
      tailStart = last + 1
    } else if let write = batches.lastIndex(where: { $0.after != nil }), batches[write].device == device,
      batches[write].before == (diskDigest ?? ChangeBatch.absentFile)
    {
      tailStart = (batches[..<write].lastIndex { $0.after != nil } ?? -1) + 1
    } else {
      return batches.count
    }
    // A line of this store's unfinished write started from the file as it is now; a line that
    // came from another store through git did not (even one that shares this device's id, as
    // laptops imaged from one disk do), so it is never taken for this store's own.
    let disk = diskDigest ?? ChangeBatch.absentFile
    let tail = batches[tailStart...]
    let unfinished = tail.allSatisfy { batch in
      batch.after == nil || (batch.device == device && (batch.before ?? disk) == disk)
    }
    return unfinished ? tailStart : batches.count
  }
}
