import AlianzasDomain
import Foundation
import Synchronization
import Testing

@testable import AlianzasStore

/// Several copies of one small demo store, each open for writing as a different laptop, with a
/// shared fake clock so every change has its own second.
final class Laptops {
  let folders: [String]
  private(set) var stores: [FileStore]
  private static let tick = Atomic<Int64>(0)

  init(count: Int, name: String = #function) throws {
    let root = temporaryFolder(name)
    let base = root + "/base"
    try makeDemoStore(at: base, scale: 0.01).release()
    var folders: [String] = []
    var stores: [FileStore] = []
    for i in 0..<count {
      let folder = root + "/laptop\(i)"
      try FileManager.default.copyItem(atPath: base, toPath: folder)
      let store = try FileStore.open(at: folder, mode: .write, officer: "oficial\(i)", now: now)
      store.device = "dev\(i)"
      store.clock = {
        Timestamp(secondsSinceEpoch: now.secondsSinceEpoch + Laptops.tick.add(1, ordering: .relaxed).newValue)
      }
      folders.append(folder)
      stores.append(store)
    }
    self.folders = folders
    self.stores = stores
  }

  deinit {
    for store in stores { store.release() }
    try? FileManager.default.removeItem(atPath: (folders[0] as NSString).deletingLastPathComponent)
  }

  /// Closes laptop `i`'s store and opens it again on `fs`, as a new process would (after a
  /// crash, or to make its next writes fail). The device id and clock are kept.
  func reopen(_ i: Int, fs: any StoreFileSystem = PosixFileSystem()) throws {
    let device = stores[i].device, clock = stores[i].clock
    stores[i].release()
    let store = try FileStore.open(at: folders[i], mode: .write, officer: "oficial\(i)", now: now, fs: fs)
    store.device = device
    store.clock = clock
    stores[i] = store
  }

  /// Record files of one laptop, path → bytes.
  func records(_ i: Int) -> [String: [UInt8]] {
    snapshot(folders[i]).filter { $0.key.hasPrefix("alliances/") || $0.key.hasPrefix("households/") }
  }

  func importing(_ bundle: SyncBundle, into i: Int, dryRun: Bool = false) throws -> ImportReport {
    try stores[i].importBundle(
      bundle, dryRun: dryRun, reference: reference, instruments: instruments, today: asOf)
  }
}

/// One confirmed edit: where, what value, made on which laptop.
struct Edit {
  var laptop: Int
  /// The device id the laptop signed the edit with.
  var device = ""
  /// False when the value was already there: nothing was recorded.
  var changed = true
  var file: String
  var path: ChangePath
  var value: JSONValue?
}

/// Makes random but valid edits the way the interface does: load, change, save with the base.
struct Editor {
  var random: SeededGenerator

  mutating func edit(_ laptops: Laptops, _ i: Int, serial: Int) throws -> Edit {
    let count = laptops.stores[i].historyFiles().reduce(0) {
      $0 + laptops.stores[i].history(of: $1).batches.count
    }
    var edit = try change(laptops, i, serial: serial)
    edit.device = laptops.stores[i].device
    let after = laptops.stores[i].historyFiles().reduce(0) {
      $0 + laptops.stores[i].history(of: $1).batches.count
    }
    edit.changed = after > count
    return edit
  }

  private mutating func change(_ laptops: Laptops, _ i: Int, serial: Int) throws -> Edit {
    let store = laptops.stores[i]
    let codes = Array(store.codes().prefix(2))
    let code = codes[Int.random(in: 0..<codes.count, using: &random)]
    switch Int.random(in: 0..<5, using: &random) {
    case 0:
      let before = try store.loadAlliance(code: code).get()
      var after = before
      after.name = ["Alianza Cacao del Sur", "Alianza Café Alto", "Alianza Mora \(serial)"].randomElement(
        using: &random)!
      try store.save(after, base: before)
      return Edit(
        laptop: i, file: "alliances/\(code).json", path: ChangePath([.key("name")]),
        value: .string(after.name))
    case 1:
      let before = try store.loadAlliance(code: code).get()
      var after = before
      after.oga = ["OGA Norte", "OGA Sur", "OGA \(i)-\(serial)"].randomElement(using: &random)!
      try store.save(after, base: before)
      return Edit(
        laptop: i, file: "alliances/\(code).json", path: ChangePath([.key("oga")]), value: .string(after.oga))
    case 2:
      let before = try store.loadRoster(code: code).get()
      var after = before
      let h = Int.random(in: 0..<min(3, after.households.count), using: &random)
      after.households[h].village =
        "Vereda \(["Alta", "Baja", "\(i)-\(serial)"].randomElement(using: &random)!)"
      try store.save(after, base: before)
      let id = after.households[h].id
      return Edit(
        laptop: i, file: "households/\(code).json",
        path: ChangePath([.key("households"), .record(id), .key("village")]),
        value: .string(after.households[h].village))
    case 3:
      let before = try store.loadRoster(code: code).get()
      var after = before
      guard let h = after.households.prefix(3).firstIndex(where: { !$0.surveys.isEmpty }) else {
        return try change(laptops, i, serial: serial)
      }
      let item = Int.random(in: 0..<3, using: &random)
      let answer: ElcsaAnswer = [.yes, .no].randomElement(using: &random)!
      after.households[h].surveys[0].elcsa[item] = answer
      try store.save(after, base: before)
      let household = after.households[h]
      return Edit(
        laptop: i, file: "households/\(code).json",
        path: ChangePath([
          .key("households"), .record(household.id), .key("surveys"), .record(household.surveys[0].id),
          .key("elcsa"), .index(item),
        ]), value: .string(answer.rawValue))
    default:
      let before = try store.loadRoster(code: code).get()
      var after = before
      var household = after.households[0]
      household.id = "dev\(i)-h\(serial)"
      household.code = "N\(i)\(serial)"
      household.headName = "Persona \(i) \(serial)"
      household.documentNumber = "9\(i)\(serial)00"
      household.surveys = []
      after.households.append(household)
      try store.save(after, base: before)
      let tree = try #require(JSONValue.parse(try StoreCoding.encode(household)))
      return Edit(
        laptop: i, file: "households/\(code).json",
        path: ChangePath([.key("households"), .record(household.id)]),
        value: tree)
    }
  }
}
