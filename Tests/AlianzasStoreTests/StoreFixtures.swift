import AlianzasDomain
import AlianzasRuntime
import AlianzasStore
import Foundation
import Testing

let reference = try! ReferenceData.embedded()
let instruments = try! Instruments.embedded()
let asOf = DemoGenerator.defaultAsOf
let now = Timestamp(day: asOf, hour: 9)

/// A fresh folder under the system's temporary folder, removed by the caller.
func temporaryFolder(_ name: String = #function) -> String {
  let safe = name.filter { $0.isLetter || $0.isNumber }
  let path = NSTemporaryDirectory() + "alianzas-\(safe)-\(UUID().uuidString.prefix(8))"
  try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

/// Writes a small demo store (scale 0.02 ≈ 16 alliances) and returns its open, writable handle.
@discardableResult
func makeDemoStore(at path: String, seed: UInt64 = 7, scale: Double = 0.02) throws -> FileStore {
  let store = try FileStore.create(
    at: path, manifest: StoreManifest(created: now, deviceID: "demo", asOf: asOf), officer: "test",
    force: true)
  let generator = DemoGenerator(reference: reference, instruments: instruments, seed: seed, scale: scale)
  // The demo is the base every copy of the store starts from: it has no history of its own.
  store.recordsHistory = false
  defer { store.recordsHistory = true }
  try generator.generate { alliance, roster in
    try store.save(alliance)
    try store.save(roster)
  }
  return store
}

/// A store opened for the interface, as a session on this laptop does; the caller releases it.
func openSession(_ root: String) throws -> StoreSession {
  try StoreSession.open(
    path: root, reference: reference, instruments: instruments, officer: "t", device: "t", now: now)
}

func bytes(_ path: String) -> [UInt8] { Array(FileManager.default.contents(atPath: path) ?? Data()) }

func write(_ text: String, to path: String) {
  #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
}

/// Every file under `root`, relative path → bytes (hidden lock and cache files left out unless
/// `hidden`).
func snapshot(_ root: String, hidden: Bool = false) -> [String: [UInt8]] {
  var out: [String: [UInt8]] = [:]
  let walker = FileManager.default.enumerator(atPath: root)!
  while let relative = walker.nextObject() as? String {
    let name = (relative as NSString).lastPathComponent
    var isDir: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDir)
    if !isDir.boolValue && (hidden || !name.hasPrefix(".")) { out[relative] = bytes(root + "/" + relative) }
  }
  return out
}

/// The folder holding the built products (the test bundle sits beside the executables).
var productsFolder: String {
  let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
  var folder = exe.deletingLastPathComponent()
  while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("store-stress").path),
    folder.path != "/"
  {
    folder = folder.deletingLastPathComponent()
  }
  return folder.path
}

/// A tree with what JSON writers get wrong: control characters, escapes, slashes, marks that
/// reverse text, non-BMP characters, doubles at the edges of their notation, empty containers,
/// and keys whose order depends on how they compare.
func hostileTree() -> JSONValue {
  let controls = String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) }) + "\u{7F}"
  let doubles: [Double] = [
    0.1, 12, -0.5, 1e-7, 1e21, 123_456_789.123, .leastNonzeroMagnitude, 1.7976931348623157e308, 2.5e-5,
    1e16, 0.000_1,
  ]
  return JSONValue.object([
    "b": .string("/ruta\\con \"comillas\" y ñandú 🌽 \u{202E}abc"),
    "B": .string(controls),
    "a": .array([]),
    "_x": .object([:]),
    "Z": .array(doubles.map { .double($0) }),
    "ñame": .array([.int(.min), .int(.max), .int(0), .null, .bool(true), .bool(false)]),
    "é": .object(["z": .array([.object([:]), .array([.array([])])]), "A": .string("")]),
    "10": .int(1), "9": .int(2), "a b": .int(3), "a-b": .int(4), "aB": .int(5), "ab": .int(6),
  ])
}
