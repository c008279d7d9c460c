import AlianzasDomain
import AlianzasStore
import Foundation

/// The store opened for writing, as the interface opens it, and its first alliance.
func openWithFirstAlliance(_ store: String) throws -> (FileStore, Alliance) {
  let fileStore = try FileStore.open(
    at: store, mode: .write, officer: "bench", now: Timestamp(day: DemoGenerator.defaultAsOf, hour: 9))
  guard case .success(let alliance) = fileStore.loadAlliance(code: fileStore.codes()[0]) else {
    fileStore.release()
    throw StoreError.notAStore(store)
  }
  return (fileStore, alliance)
}

/// One confirmed field saved, 40 times, median: the write path an officer waits on.
func saveMs(_ store: String) throws -> Double {
  let (fileStore, first) = try openWithFirstAlliance(store)
  defer { fileStore.release() }
  var alliance = first
  return median(
    try (0..<40).map { i in
      alliance.oga = "OGA \(i)"
      return try time { try fileStore.save(alliance) }
    })
}

/// One ELCSA answer in the largest household file, saved with its base as the interface saves
/// it: the file is parsed, diffed against disk, its history line appended and both fsynced.
func saveAnswerMs(_ store: String) throws -> (ms: Double, first: Double, kilobytes: Int) {
  let fileStore = try FileStore.open(
    at: store, mode: .write, officer: "bench", now: Timestamp(day: DemoGenerator.defaultAsOf, hour: 9))
  defer { fileStore.release() }
  let code = fileStore.codes(in: .households).max {
    (fileStore.stamp(.households, code: $0)?.size ?? 0) < (fileStore.stamp(.households, code: $1)?.size ?? 0)
  }!
  guard case .success(var roster) = fileStore.loadRoster(code: code),
    let h = roster.households.firstIndex(where: { !$0.surveys.isEmpty })
  else { throw StoreError.notAStore(store) }
  var base = roster
  let samples = try (0..<40).map { i in
    roster.households[h].surveys[0].elcsa[i % Survey.elcsaItemCount] = i % 2 == 0 ? .yes : .no
    let ms = try time { _ = try fileStore.save(roster, base: base) }
    base = roster
    return ms
  }
  return (median(samples), samples[0], Int(fileStore.stamp(.households, code: code)?.size ?? 0) / 1024)
}

/// The first confirmed field saved after opening a store, as a person's first save of a session:
/// a fresh store handle each run (the history's summary from the previous run's release is what
/// it reads), median of `runs`.
func firstSaveMs(_ store: String, runs: Int) throws -> Double {
  median(
    try (0..<runs).map { i in
      let (fileStore, first) = try openWithFirstAlliance(store)
      defer { fileStore.release() }
      var alliance = first
      alliance.oga = "OGA primera \(i % 2)"
      return try time { try fileStore.save(alliance) }
    })
}

/// A one-alliance store whose alliance has a history of `lines` lines, made once and reused: what
/// the first save costs as a history grows over years of use.
func storeWithHistory(_ folder: String, lines: Int, reference: ReferenceData, instruments: Instruments) throws
  -> String
{
  let path = folder + "/history-\(lines)"
  if FileManager.default.fileExists(atPath: path + "/store.json") { return path }
  FileHandle.standardError.write(
    Data("alianzas-bench: writing a history of \(lines) lines in \(path)…\n".utf8))
  let asOf = DemoGenerator.defaultAsOf
  let store = try FileStore.create(
    at: path, manifest: StoreManifest(created: Timestamp(day: asOf, hour: 8), deviceID: "bench", asOf: asOf),
    officer: "bench", force: true)
  defer { store.release() }
  var alliance: Alliance?
  store.recordsHistory = false
  try DemoGenerator(reference: reference, instruments: instruments, seed: 2015, scale: 0.002).generate {
    a, _ in
    if alliance == nil {
      alliance = a
      try store.save(a)
    }
  }
  store.recordsHistory = true
  guard var edited = alliance else { throw StoreError.notAStore(path) }
  for i in 0..<lines {
    // Fields edited again and again, as a season of visits does: each change replaces the last.
    edited.oga = "OGA \(i % 7)"
    if i % 3 == 0 { edited.organization.members = 20 + i % 11 }
    try store.save(edited)
  }
  return path
}
