import AlianzasDomain
import AlianzasStore
import Foundation

/// The demo stores the benchmark measures, made once and reused.
enum Stores {
  static func ensure(_ path: String, scale: Double, reference: ReferenceData, instruments: Instruments) throws
  {
    if FileManager.default.fileExists(atPath: path + "/store.json") { return }
    FileHandle.standardError.write(
      Data("alianzas-bench: generating a demo store at scale \(scale) in \(path)…\n".utf8))
    let asOf = DemoGenerator.defaultAsOf
    let store = try FileStore.create(
      at: path, manifest: StoreManifest(created: Timestamp(day: asOf, hour: 8), deviceID: "demo", asOf: asOf),
      officer: "bench", force: true)
    defer { store.release() }
    // The demo is the base every copy of the store starts from: it has no history of its own.
    store.recordsHistory = false
    defer { store.recordsHistory = true }
    try DemoGenerator(reference: reference, instruments: instruments, seed: 2015, scale: scale).generate {
      a, r in
      try store.save(a)
      try store.save(r)
    }
  }

  /// Builds the index and the sample cache as a writer does (the demo, the interface), so a read
  /// that follows finds them current.
  static func warmCaches(_ path: String, reference: ReferenceData, instruments: Instruments) throws {
    let store = try FileStore.open(at: path, mode: .write, officer: "bench", now: Timestamp.wallClock)
    defer { store.release() }
    _ = StoreIndex.refresh(
      store, reference: reference, instruments: instruments,
      today: store.manifest.asOf ?? DemoGenerator.defaultAsOf)
    _ = SampleCache.samples(
      store, instruments: instruments, today: store.manifest.asOf ?? DemoGenerator.defaultAsOf)
    _ = SupervisionCache.items(
      store, reference: reference, instruments: instruments,
      today: store.manifest.asOf ?? DemoGenerator.defaultAsOf)
  }

  /// The `alianzas` binary beside this one, built in the same configuration if it is missing.
  static func applicationBinary() -> String {
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    let path = here.appendingPathComponent("alianzas").path
    if !FileManager.default.isExecutableFile(atPath: path) {
      FileHandle.standardError.write(Data("alianzas-bench: building alianzas in release first…\n".utf8))
      _ = Child.run(
        "/usr/bin/env", ["swift", "build", "-c", "release", "--product", "alianzas"], quiet: false)
    }
    return path
  }
}
