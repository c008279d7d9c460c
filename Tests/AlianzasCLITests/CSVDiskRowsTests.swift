import AlianzasDomain
import Foundation
import Testing

@testable import alianzas

/// A CSV read from disk a piece at a time (what `alianzas import` does, to keep its memory from
/// growing with the file) must read exactly as the same file read whole: the same refusal with
/// the same message, or the same header, rows, row numbers, cells and numbers, whatever order the
/// rows are asked for in. Pieces of a few bytes put piece ends inside quotes, between CR and LF,
/// inside multi-byte letters' lines and inside a byte-order mark.
@Suite("CSV rows read again from disk")
struct CSVDiskRowsTests {
  static func both(_ bytes: [UInt8], piece: Int, folder: String, seed: Int) throws {
    let path = folder + "/t\(seed).csv"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let whole: CSVInput, disk: CSVInput
    do {
      whole = try CSVInput(bytes: bytes, file: "t\(seed).csv")
    } catch {
      do {
        _ = try CSVInput(onDisk: path, pieceBytes: piece)
        Issue.record("seed \(seed): refused whole (\(error.message(.en))), read from disk")
      } catch let other {
        #expect(other.message(.en) == error.message(.en), "seed \(seed)")
        #expect(other.message(.es) == error.message(.es), "seed \(seed)")
      }
      return
    }
    do { disk = try CSVInput(onDisk: path, pieceBytes: piece) } catch {
      Issue.record("seed \(seed): read whole, refused from disk: \(error.message(.en))")
      return
    }
    #expect(disk.header == whole.header, "seed \(seed)")
    #expect(disk.delimiter == whole.delimiter, "seed \(seed)")
    #expect(disk.rowCount == whole.rowCount, "seed \(seed)")
    guard disk.rowCount == whole.rowCount else { return }
    // In order, then jumping about: the window grows and shrinks.
    var rng = SeededGenerator(seed: UInt64(seed))
    let rows =
      Array(0..<whole.rowCount) + (0..<whole.rowCount).map { _ in rng.int(0...max(0, whole.rowCount - 1)) }
    for row in rows where whole.rowCount > 0 {
      #expect(disk.rowNumber(row) == whole.rowNumber(row), "seed \(seed) row \(row)")
      for column in whole.header.indices {
        #expect(disk.text(row, column) == whole.text(row, column), "seed \(seed) row \(row) column \(column)")
        let a = Result { () throws(CSVInput.Failure) in try whole.number(row, column) }
        let b = Result { () throws(CSVInput.Failure) in try disk.number(row, column) }
        switch (a, b) {
        case (.success(let x), .success(let y)): #expect(x == y || (x.isNaN && y.isNaN))
        case (.failure(let x), .failure(let y)): #expect(x.message(.en) == y.message(.en))
        default: Issue.record("seed \(seed) row \(row) column \(column): one is a number, one is not")
        }
      }
    }
    #expect(!disk.changedWhileRead)
  }

  @Test func readsAsTheWholeFileDoes() throws {
    let folder = temporaryFolder()
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let special: [[UInt8]] = [
      Array("a,b\n1,\"x\ny\"\n\n2,\"say \"\"hi\"\"\"\r\n3,z".utf8),
      Array("a;b\r4;5\r6;7\r".utf8),
      [0xEF, 0xBB, 0xBF] + Array("a,b\n1,día\n2,año\n".utf8),
      // Windows-1252: "día" and "año" as Excel in Spanish writes them.
      Array("a,b\n1,d".utf8) + [0xED] + Array("a\n2,a".utf8) + [0xF1] + Array("o\n".utf8),
      Array("\n\n  \na,b\n1,2\n\n\n3,4\n".utf8),
      Array("a,b\n1,\"unclosed\n2,3\n".utf8),
      Array("a,b\n1,2,3\n".utf8),
      Array("   \n \n".utf8),
    ]
    var seed = 0
    for bytes in special {
      for piece in [1, 2, 3, 7, 64, 1 << 20] {
        seed += 1
        try Self.both(bytes, piece: piece, folder: folder, seed: seed)
      }
    }
    var rng = SeededGenerator(seed: 26)
    for _ in 0..<(CSVFuzzTests.cases / 4) {
      seed += 1
      let base = rng.pick(CSVFuzzTests.bases).text
      try Self.both(
        CSVFuzzTests.mutate(base, &rng), piece: rng.pick([1, 5, 17, 256, 4096]), folder: folder, seed: seed)
    }
  }

  @Test func aFileChangedWhileReadIsNoticed() throws {
    let folder = temporaryFolder()
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/hogares.csv"
    let text = "code,name\n" + (1...100).map { "H\($0),Nombre \($0)\n" }.joined()
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    let input = try CSVInput(onDisk: path)
    #expect(input.text(0, 1) == "Nombre 1")
    // Someone saves the spreadsheet again meanwhile (same size, another row).
    try text.replacingOccurrences(of: "H50,", with: "X50,").write(
      toFile: path, atomically: false, encoding: .utf8)
    let later = timespec(tv_sec: Int(Date().timeIntervalSince1970) + 5, tv_nsec: 0)
    var times = [later, later]
    _ = utimensat(AT_FDCWD, path, &times, 0)
    #expect(input.text(70, 0) == "")
    #expect(input.changedWhileRead)
  }
}
