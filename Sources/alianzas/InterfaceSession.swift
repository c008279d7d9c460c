import AlianzasDomain
import AlianzasStore
import AlianzasTUI
import Foundation

/// Opens a store for the interface: takes the write lock when it can (read-only otherwise, with
/// the reason), loads every file it can, and builds the live score engine.
struct InterfaceSession {
  let store: FileStore
  var data: AppData

  static func open(path: String, language: Language, progress: (Double) -> Void) throws -> InterfaceSession {
    let (reference, instruments) = try loadData()
    let store: FileStore
    do {
      store = try FileStore.openPreferringWrite(at: path, officer: CommonOptions.officer, now: Clock.now)
    } catch {
      complain(error.message(language))
      throw Explained(code: 2)
    }
    let codes = store.codes(in: .alliances)
    var alliances: [String: Alliance] = [:]
    var rosters: [String: HouseholdRoster] = [:]
    var problems: [Localized] = []
    let chunk = 64
    for start in stride(from: 0, to: codes.count, by: chunk) {
      let slice = Array(codes[start..<min(codes.count, start + chunk)])
      let loaded = FileStore.parallelMap(slice) { code in
        (store.loadAlliance(code: code), store.loadRoster(code: code))
      }
      for (code, (alliance, roster)) in zip(slice, loaded) {
        switch alliance {
        case .success(let a): alliances[code] = a
        case .failure(let p): problems.append(Localized(es: p.message(.es), en: p.message(.en)))
        }
        switch roster {
        case .success(let r): rosters[code] = r
        case .failure(let p):
          // An alliance may have no households yet; a file that exists and fails is a problem.
          if store.fs.exists(store.path(store.relativePath(.households, code: code))) {
            problems.append(Localized(es: p.message(.es), en: p.message(.en)))
          }
        }
      }
      progress(Double(min(codes.count, start + chunk)) / Double(max(1, codes.count)))
    }
    var engine = ScoreEngine(instruments: instruments, today: store.today)
    for a in alliances.values { engine.setAlliance(a) }
    for r in rosters.values { engine.setRoster(r) }
    let readOnly = store.readOnlyReason.map { Localized(es: $0.message(.es), en: $0.message(.en)) }
    let data = AppData(
      reference: reference, instruments: instruments, today: store.today, engine: engine, storePath: path,
      asOf: store.manifest.asOf, readOnlyReason: store.isWritable ? nil : readOnly, problems: problems,
      alliances: alliances, rosters: rosters, officer: CommonOptions.officer, device: DeviceIdentity.current)
    return InterfaceSession(store: store, data: data)
  }

  /// Carries out a save and says how it went, in the words the interface shows.
  func perform(_ effect: Effect) -> Action? {
    do {
      switch effect {
      case .quit: return nil
      case .saveAlliance(let a):
        try store.save(a)
        return .saved("alliances/\(a.code)")
      case .saveRoster(let r):
        try store.save(r)
        return .saved("households/\(r.allianceCode)")
      }
    } catch {
      let path: String
      switch effect {
      case .saveAlliance(let a): path = "alliances/\(a.code)"
      case .saveRoster(let r): path = "households/\(r.allianceCode)"
      case .quit: path = ""
      }
      return .saveFailed(path, Localized(es: error.message(.es), en: error.message(.en)))
    }
  }
}
