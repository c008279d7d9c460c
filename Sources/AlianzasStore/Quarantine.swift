import AlianzasDomain

/// A damaged record file moved out of the way, so the rest of the store opens and later saves
/// cannot write over what is left of it.
public struct QuarantinedFile: Sendable, Equatable, Bilingual {
  public var problem: StoreProblem
  /// Where the file now lies, inside the store (`quarantine/…`).
  public var movedTo: String
  /// Where its history went with it, when it had one.
  public var historyMovedTo: String?
  public var note: String

  /// The problem, followed by where the file went.
  public func message(_ language: Language) -> String {
    problem.message(language)
      + StoreText.movedAside(movedTo)(language)
  }
}

extension FileStore {
  public static let quarantineFolder = "quarantine"

  /// `alliances/<name>.json` or `households/<name>.json`, whatever the name, and nothing deeper.
  static func isInRecordFolder(_ relative: String) -> Bool {
    let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
    return parts.count == 2 && (parts[0] == "alliances" || parts[0] == "households")
      && parts[1].hasSuffix(".json") && parts[1] != ".json" && !parts[1].hasPrefix(".")
  }

  /// Moves a damaged alliance or household file, and its history, into `quarantine/` under a
  /// name that has not been used, with a note that says what was wrong and how to bring it back.
  /// The history goes with the file so the store holds no history of a record it lacks; a sync
  /// brings the record back from another laptop whole. Only the lock holder may do this.
  public func quarantine(_ problem: StoreProblem) throws(StoreError) -> QuarantinedFile {
    guard isWritable else { throw readOnlyReason ?? .readOnly }
    let relative = problem.path
    // Any file in a record folder may be set aside, a stray copy ("X (copia).json") included.
    guard FileStore.isInRecordFolder(relative), fs.exists(path(relative)) else {
      throw .file(FileError(path: path(relative), operation: .stat, code: ENOENT_))
    }
    // quarantine/<moment>[-n]-<folder>-<code>: sorted by when, and never a name already used.
    let moment = FileStore.quarantineFolder + "/" + clock().iso.filter { $0 != ":" }
    let name = String(relative.replacingOccurrences(of: "/", with: "-").dropLast(5))
    var base = moment + "-" + name
    var copy = 1
    while fs.exists(path(base + ".json")) || fs.exists(path(base + ".note.txt")) {
      copy += 1
      base = moment + "-\(copy)-" + name
    }
    let history = ChangeLog.relativePath(for: relative)
    let hasHistory = fs.exists(path(history))
    let moved = QuarantinedFile(
      problem: problem, movedTo: base + ".json", historyMovedTo: hasHistory ? base + ".history.jsonl" : nil,
      note: base + ".note.txt")
    do throws(FileError) {
      try FileStore.makeFolders(for: moved.note, root: root, fs: fs)
      // The note first: a crash after it leaves a note and the file still in place, to be moved
      // again at the next open; never a file in quarantine that nobody can explain.
      try fs.writeAtomically(Array(noteText(moved).utf8), to: path(moved.note))
      if let historyTarget = moved.historyMovedTo { try fs.rename(path(history), to: path(historyTarget)) }
      do throws(FileError) { try fs.rename(path(relative), to: path(moved.movedTo)) } catch {
        // Never a history without its file, nor a file without its history: put it back.
        if let historyTarget = moved.historyMovedTo { try? fs.rename(path(historyTarget), to: path(history)) }
        throw error
      }
    } catch {
      // Nothing moved, so no note either: it would describe a copy that is not there.
      try? fs.remove(path(moved.note))
      throw .file(error)
    }
    histories[relative] = nil
    recentTrees[relative] = nil
    return moved
  }
}

extension StoreIndex {
  /// Refreshes the index and, when the store is writable, moves every record file that does not
  /// read into quarantine, then refreshes again so the panel counts only what is left. Returns
  /// one line per damaged file (what is wrong and where it went, or why it could not be moved)
  /// and how many were moved.
  public static func refreshQuarantining(
    _ store: FileStore, reference: ReferenceData, instruments: Instruments, today: Day,
    progress: (Double) -> Void = { _ in }
  ) -> (refresh: Refresh, problems: [Localized], moved: Int) {
    let first = refresh(
      store, reference: reference, instruments: instruments, today: today, progress: progress)
    let found = first.index.problems
    // Only a file whose contents are proven bad is set aside; one that could not be read (no
    // permission, too many open files) is only named.
    let damaged = found.filter { !$0.unreadable }
    guard store.isWritable, !damaged.isEmpty else {
      return (first, found.map(\.localized), 0)
    }
    var lines: [Localized] = found.filter(\.unreadable).map(\.localized)
    var movedCount = 0
    for problem in damaged {
      do {
        let moved = try store.quarantine(problem)
        movedCount += 1
        lines.append(moved.localized)
      } catch {
        lines.append(
          Localized { language in
            problem.message(language) + StoreText.couldNotMoveAside(error.message(language))(language)
          })
      }
    }
    var second = refresh(store, reference: reference, instruments: instruments, today: today)
    second.reparsed += first.reparsed
    return (second, lines, movedCount)
  }
}
