import AlianzasDomain
import AlianzasStore
import Foundation

/// One confirmed field saved, 40 times, median: the write path an officer waits on.
func saveMs(_ store: String) throws -> Double {
  let fileStore = try FileStore.open(
    at: store, mode: .write, officer: "bench", now: Timestamp(day: DemoGenerator.defaultAsOf, hour: 9))
  defer { fileStore.release() }
  let code = fileStore.codes()[0]
  guard case .success(var alliance) = fileStore.loadAlliance(code: code) else {
    throw StoreError.notAStore(store)
  }
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
