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

  static func line(_ batch: ChangeBatch) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let text = String(decoding: try encoder.encode(batch), as: UTF8.self)
    return Array(text.precomposedStringWithCanonicalMapping.utf8) + [0x0A]
  }
}
