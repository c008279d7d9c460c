import AlianzasDomain
import AlianzasStore
import AlianzasTUI
import Foundation

/// A store opened for the interface: the write lock when it can be had (read-only otherwise, with
/// the reason), the panel's figures from the index, and the files parsed when a screen asks.
public final class StoreSession: @unchecked Sendable {
  public let store: FileStore
  public var data: AppData
  let reference: ReferenceData
  let instruments: Instruments
  /// How many alliances had to be parsed again to bring the index up to date.
  public let reparsed: Int
  /// The index as last brought up to date: what the triage starts from, so it does not read and
  /// decode the index file again.
  var index: StoreIndex?
  /// The review queue's cache as last read, for the same reason.
  var supervision: SupervisionCache?
  /// The version of each record file last read from or written to disk: what an edit was made
  /// from, so a save onto a file changed meanwhile keeps both changes.
  var onDiskAlliances: [String: Alliance] = [:]
  var onDiskRosters: [String: HouseholdRoster] = [:]

  init(store: FileStore, data: AppData, reparsed: Int) {
    self.store = store
    self.data = data
    reference = data.reference
    instruments = data.instruments
    self.reparsed = reparsed
  }

  /// Opens `path`: for writing when the lock can be had (reading otherwise, with the reason), or
  /// only for reading when `mode` is `.read` (a snapshot), which writes nothing at all. `today` is
  /// the wall-clock day; a demo store is seen from its own as-of day.
  public static func open(
    path: String, reference: ReferenceData, instruments: Instruments, officer: String, device: String,
    now: Timestamp, mode: FileStore.OpenMode = .write, fs: any StoreFileSystem = PosixFileSystem(),
    progress: (Double) -> Void = { _ in }
  ) throws(StoreError) -> StoreSession {
    let store =
      mode.writes
      ? try FileStore.openPreferringWrite(at: path, officer: officer, now: now, fs: fs)
      : try FileStore.open(at: path, mode: .read, officer: officer, now: now, fs: fs)
    store.device = device
    let today = store.manifest.asOf ?? now.day
    let (refresh, problems, _) = StoreIndex.refreshQuarantining(
      store, reference: reference, instruments: instruments, today: today, progress: progress)
    let readOnly = store.readOnlyReason?.localized
    let data = AppData(
      reference: reference, instruments: instruments, today: today,
      engine: refresh.index.engine(instruments: instruments, today: today),
      storePath: path, asOf: store.manifest.asOf, readOnlyReason: store.isWritable ? nil : readOnly,
      problems: problems,
      officer: officer, device: device, loadedAllAlliances: false, loadedAllRosters: false)
    var local = data
    local.utcOffset = TimeZone.current.secondsFromGMT()
    local.exportFolder = StoreSession.documentsFolder()
    let session = StoreSession(store: store, data: local, reparsed: refresh.reparsed)
    session.index = refresh.index
    return session
  }

  /// Why a save failed, reason first so a narrow status line still shows it; a file inside the
  /// store is named by its place in the store.
  func failureReason(_ error: StoreError) -> Localized {
    guard case .file(let failure) = error else { return error.localized }
    let prefix = store.root + "/"
    let place = failure.path.hasPrefix(prefix) ? String(failure.path.dropFirst(prefix.count)) : failure.path
    return failure.reason(at: place)
  }

  /// Carries out an effect and says how it went, as an action for the reducer. `progress` is told
  /// how far long loads have got.
  public func perform(_ effect: Effect, progress: (Double) -> Void = { _ in }) -> Action? {
    switch effect {
    case .quit: return nil
    case .saveAlliance(let a):
      let path = "alliances/\(a.code)"
      do {
        let merged = try store.save(a, base: onDiskAlliances[a.code])
        onDiskAlliances[a.code] = merged ?? a
        return merged.map { .savedMerged(path, alliance: $0, roster: nil) } ?? .saved(path)
      } catch {
        return .saveFailed(path, failureReason(error))
      }
    case .saveRoster(let r):
      let path = "households/\(r.allianceCode)"
      do {
        let merged = try store.save(r, base: onDiskRosters[r.allianceCode])
        onDiskRosters[r.allianceCode] = merged ?? r
        return merged.map { .savedMerged(path, alliance: nil, roster: $0) } ?? .saved(path)
      } catch {
        return .saveFailed(path, failureReason(error))
      }
    case .loadAlliance(let code):
      switch StoreValidator.readAlliance(store, code: code, reference: reference, today: data.today) {
      case .success(let a):
        return .allianceLoaded(a)
      case .failure(let p):
        return .loadFailed("alliances/\(code)", p.localized)
      }
    case .loadRoster(let code):
      switch StoreValidator.readRoster(store, code: code, instruments: instruments, today: data.today) {
      case .success(let r):
        return .rosterLoaded(r)
      case .failure(let p):
        return .loadFailed("households/\(code)", p.localized)
      }
    case .loadAllAlliances, .loadAllRosters:
      return nil
    case .loadReview:
      return .review(
        .loaded(
          ReviewBuilder.items(store), supervision: supervisionQueue(progress: progress), triage: triage()))
    case .supervise(let code, let target, let step):
      return supervise(code: code, target: target, step: step)
    case .applyReview(let choice):
      return apply(choice)
    case .loadHistory(let file, let path, let title):
      return .historyLoaded(title: title, entries: ReviewBuilder.history(store, file: file, path: path))
    case .then(let action):
      return action
    case .export(let request):
      return export(request, progress: progress)
    case .report(let request):
      return report(request, progress: progress)
    case .saveOfficer(let profile):
      // From now on this store's history lines are signed with the name too.
      store.officer = profile.name
      return keepOfficer(profile).map { .refused($0) }
    }
  }

  private func apply(_ choice: ReviewChoice) -> Action {
    let file: String
    do {
      switch choice {
      case .keep(let f, let path, let token):
        file = f
        try store.resolve(file: f, path: ChangePath(text: path), value: ReviewBuilder.value(token))
      case .distinct(let f, let first, let second):
        file = f
        try store.markDistinct(DuplicateCandidate(file: f, first: first, second: second, sameDocument: false))
      case .archiveCopy(let f, let id, let original, let by, let date):
        file = f
        // Kept in Spanish, the field's language, as an officer would write it.
        try store.archiveHousehold(
          id, file: f, as: SignedReason(date: date, by: by, reason: "Duplicado de \(original) (revisión)"))
      }
    } catch {
      return .review(.failed(error.localized))
    }
    let code = ReviewBuilder.code(file)
    var alliance: Alliance?
    var roster: HouseholdRoster?
    if file.hasPrefix("alliances/"), case .success(let a) = store.loadAlliance(code: code) { alliance = a }
    if file.hasPrefix("households/"), case .success(let r) = store.loadRoster(code: code) { roster = r }
    return .review(.applied(ReviewBuilder.items(store), alliance: alliance, roster: roster))
  }

  /// Bulk loads give many answers; they are returned in order, the last one saying it is done.
  public func performBulk(_ effect: Effect, progress: (Double) -> Void = { _ in }) -> [Action] {
    let alliances = effect == .loadAllAlliances
    let folder: FileStore.Folder = alliances ? .alliances : .households
    let codes = store.codes(in: folder)
    var answers: [Action] = []
    let chunk = 64
    let (reference, instruments, today) = (self.reference, self.instruments, data.today)
    for start in stride(from: 0, to: codes.count, by: chunk) {
      let slice = Array(codes[start..<min(codes.count, start + chunk)])
      let store = self.store
      let results: [Action] = Parallel.map(slice) { code in
        if alliances {
          switch StoreValidator.readAlliance(store, code: code, reference: reference, today: today) {
          case .success(let a): return .allianceLoaded(a)
          case .failure(let p):
            return .loadFailed("alliances/\(code)", p.localized)
          }
        }
        switch StoreValidator.readRoster(store, code: code, instruments: instruments, today: today) {
        case .success(let r): return .rosterDigested(RosterDigest(r, instruments: instruments, today: today))
        case .failure(let p):
          return .loadFailed("households/\(code)", p.localized)
        }
      }
      answers += results
      progress(Double(min(codes.count, start + chunk)) / Double(max(1, codes.count)))
    }
    answers.append(.loadedAll(alliances: alliances))
    return answers
  }

  /// Applies `action`, then carries out every effect it leads to until nothing is left.
  /// Keeps the officer's profile where the command line keeps it; returns why it could not.
  public var keepOfficer: (OfficerProfile) -> Localized? = { _ in nil }
  /// The effect being carried out, so a progress bar can say what it waits for.
  public private(set) var current: Effect?

  public func run(_ action: Action, on state: inout AppState, progress: (Double) -> Void = { _ in }) {
    var pending = reduce(&state, action)
    while !pending.isEmpty {
      let effect = pending.removeFirst()
      if effect == .quit {
        state.shouldQuit = true
        continue
      }
      current = effect
      defer { current = nil }
      let answers =
        effect == .loadAllAlliances || effect == .loadAllRosters
        ? performBulk(effect, progress: progress) : perform(effect, progress: progress).map { [$0] } ?? []
      for answer in answers {
        pending += reduce(&state, answer)
        remember(answer, in: state)
      }
    }
  }

  /// A version read from disk becomes the base of the next save only when the workspace took it;
  /// a record with unsaved edits keeps the base those edits were made from, so its save merges
  /// them onto whatever the disk holds instead of overwriting either side.
  func remember(_ answer: Action, in state: AppState) {
    func alliance(_ a: Alliance?) {
      if let a, state.data.alliances[a.code] == a { onDiskAlliances[a.code] = a }
    }
    func roster(_ r: HouseholdRoster?) {
      if let r, state.data.rosters[r.allianceCode] == r { onDiskRosters[r.allianceCode] = r }
    }
    switch answer {
    case .allianceLoaded(let a): alliance(a)
    case .rosterLoaded(let r): roster(r)
    case .feature(let action):
      if case .applied(_, let a, let r) = action.base as? ReviewFeature.Action {
        alliance(a)
        roster(r)
      }
    default: break
    }
  }

  public func release() { store.release() }
}
