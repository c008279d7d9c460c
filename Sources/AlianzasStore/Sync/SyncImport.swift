import AlianzasDomain

/// What an import did (or, in a dry run, would do).
public struct ImportReport: Sendable, Equatable {
  /// Records (or whole files) that did not exist here.
  public var added = 0
  /// Fields changed in records that existed.
  public var updated = 0
  /// Batches this store already had.
  public var unchanged = 0
  /// Fields where two changes made without seeing each other now disagree.
  public var conflicts: [String] = []
  /// Files left as they were because the merged record broke a rule; the reason names it.
  public var refused: [StoreProblem] = []
  public var filesWritten: [String] = []
  public var duplicates: [DuplicateCandidate] = []
  /// Roster files where an erasure (received or already held) took a household out.
  public var erasures: [String] = []

  public init() {}
}

extension FileStore {
  /// Merges `bundle` record by record. Importing the same bundle again changes nothing, and the
  /// order in which bundles arrive does not matter: each file becomes its base with every field
  /// set by the change in force. Concurrent changes that disagree become conflicts (the later one
  /// shows until someone chooses); a file whose merged record would break a rule is left as it is.
  public func importBundle(
    _ bundle: SyncBundle, dryRun: Bool, reference: ReferenceData, instruments: Instruments, today: Day
  ) throws(StoreError) -> ImportReport {
    guard isWritable else { throw readOnlyReason ?? .readOnly }
    // Stores of one lineage started from the same base; a bundle of another, or one whose lineage
    // was taken out (and re-checksummed), would merge strangers' records in.
    if let ours = manifest.lineage {
      guard let theirs = bundle.lineage else { throw .bundle(.noLineage(store: ours)) }
      guard theirs == ours else { throw .bundle(.foreign(bundle: theirs, store: ours)) }
    }
    var report = ImportReport()
    let now = clock()
    var erasing: [String] = []
    for file in bundle.files {
      let relative = file.path
      let disk = try currentTreeOrProblem(relative, into: &report)
      guard let diskState = disk else { continue }
      var loaded = try loadHistory(relative, diskDigest: diskState.digest)
      if loaded.fileDigest != diskState.digest && !dryRun {
        try recordOutsideChange(
          relative, disk: diskState.tree, digest: diskState.digest, base: nil, loaded: &loaded)
      }
      let before = Set(loaded.history.conflicts)
      var history = loaded.history
      var fresh: [ChangeBatch] = []
      for var batch in file.batches where !history.contains(batch.id) {
        // Their digests describe the file in the store that wrote them, not this one's.
        batch.after = nil
        batch.before = nil
        batch.received = now
        history.add(batch)
        fresh.append(batch)
      }
      report.unchanged += file.batches.count - fresh.count
      if !HistoryScrub.erased(in: history.batches).isEmpty { erasing.append(relative) }
      if !dryRun, fresh.contains(where: { $0.kind == .erasure }) { report.erasures.append(relative) }
      let start = diskState.tree ?? file.snapshot
      let settled = history.settle(start)
      guard let settled else { continue }
      let code = String(relative.split(separator: "/")[1].dropLast(5))
      if let problem = validate(settled, relative: relative, code: code, reference, instruments, today) {
        report.refused.append(problem)
        continue
      }
      let differences = JSONDiff.differences(from: diskState.tree, to: settled)
      for d in differences {
        if d.old == nil, d.new != nil { report.added += 1 } else { report.updated += 1 }
      }
      report.conflicts += history.conflicts.filter { !before.contains($0) }.map { "\(relative): \($0)" }
      if relative.hasPrefix("households/"),
        let roster = try? FileStore.decode(HouseholdRoster.self, settled, relative)
      {
        let arrived = DuplicateCandidate.createdHouseholds(fresh)
        report.duplicates += DuplicateCandidate.find(in: roster, file: relative).filter {
          arrived.contains($0.first) || arrived.contains($0.second)
        }
      }
      if dryRun || (fresh.isEmpty && differences.isEmpty) { continue }
      let bytes: [UInt8]
      do { bytes = try StoreCoding.encode(settled) } catch { throw .encoding("\(error)") }
      let marker = ChangeBatch(
        id: ChangeBatch.newID(device: device), kind: .merge, at: now, device: device, officer: officer,
        received: now, after: Digest.sha256(bytes), before: diskState.digest ?? ChangeBatch.absentFile,
        changes: [])
      try appendThenReplace(fresh + [marker], differences.isEmpty ? nil : bytes, relative, &loaded)
      if !differences.isEmpty { report.filesWritten.append(relative) }
      loaded.fileDigest = marker.after
      histories[relative] = loaded
      remember(relative, tree: settled)
    }
    // Erasures last, over the merged files: a household erased anywhere leaves this store too,
    // whatever older lines of it the bundle brought.
    if !dryRun {
      for relative in erasing where try enforceErasures(relative) && !report.erasures.contains(relative) {
        report.erasures.append(relative)
      }
    }
    return report
  }

  /// The file on disk, or nil with a problem recorded when it does not read (it is left alone).
  private func currentTreeOrProblem(_ relative: String, into report: inout ImportReport) throws(StoreError)
    -> (bytes: [UInt8]?, tree: JSONValue?, digest: String?)?
  {
    do {
      return try currentTree(relative)
    } catch .unreadable(let problem) {
      report.refused.append(problem)
      return nil
    }
  }

  private func validate(
    _ tree: JSONValue, relative: String, code: String, _ reference: ReferenceData, _ instruments: Instruments,
    _ today: Day
  ) -> StoreProblem? {
    let issues: [ValidationIssue]
    do {
      if relative.hasPrefix("alliances/") {
        let alliance = try FileStore.decode(Alliance.self, tree, relative)
        issues = StoreValidator.allianceRules(code, reference, today)(alliance)
      } else {
        let roster = try FileStore.decode(HouseholdRoster.self, tree, relative)
        issues = StoreValidator.rosterRules(code, instruments, today)(roster)
      }
    } catch {
      if case .unreadable(let problem) = error { return problem }
      return StoreProblem(
        path: relative, line: nil, reason: error.localized)
    }
    guard let first = issues.first else { return nil }
    return StoreProblem(
      path: relative, line: nil, reason: first.localized)
  }
}
