import AlianzasDomain

/// Checks every file of a store: that it reads, that its records are valid, and that files agree
/// with each other (names, codes, households without an alliance). Reports; never changes a file.
public enum StoreValidator {
  public static func validate(
    _ store: FileStore, reference: ReferenceData, instruments: Instruments, today: Day
  ) -> [StoreProblem] {
    let allianceCodes = store.codes(in: .alliances)
    let rosterCodes = store.codes(in: .households)
    let known = Set(allianceCodes)
    let quarantined = (try? store.fs.list(store.path(FileStore.quarantineFolder))) ?? []
    let allianceProblems = Parallel.map(allianceCodes) { code -> [StoreProblem] in
      check(
        store, relative: store.relativePath(.alliances, code: code), Alliance.self,
        allianceRules(code, reference, today))
    }
    let rosterProblems = Parallel.map(rosterCodes) { code -> [StoreProblem] in
      let relative = store.relativePath(.households, code: code)
      var problems = check(
        store, relative: relative, HouseholdRoster.self, rosterRules(code, instruments, today))
      // Records that read but lack what a record must have (a household without a name): named,
      // not set aside, so a person completes or archives them.
      if problems.isEmpty,
        case .success(let roster) = read(store, relative: relative, HouseholdRoster.self, { _ in [] })
      {
        for h in roster.inUse where !h.missingRequired.isEmpty {
          problems.append(
            StoreProblem(
              path: relative, line: nil,
              reason: StoreText.missingRequired(record: h.code, fields: h.missingRequired).localized))
        }
      }
      if !known.contains(code),
        let aside = quarantined.sorted().last(where: { $0.hasSuffix("-alliances-\(code).json") })
      {
        problems.append(
          StoreProblem(
            path: relative, line: nil,
            reason: StoreText.allianceSetAside(code: code, aside: aside).localized))
      } else if !known.contains(code) {
        problems.append(
          StoreProblem(
            path: relative, line: nil,
            reason: StoreText.noAllianceFor(code).localized))
      }
      return problems
    }
    return (allianceProblems + rosterProblems).flatMap { $0 }
  }

  /// An alliance that reads and follows the domain rules, or the first reason it does not (with
  /// its line): what the application may load. A record that breaks a rule never reaches a score.
  public static func readAlliance(_ store: FileStore, code: String, reference: ReferenceData, today: Day)
    -> Result<Alliance, StoreProblem>
  {
    read(
      store, relative: store.relativePath(.alliances, code: code), Alliance.self,
      allianceRules(code, reference, today))
  }

  public static func readRoster(_ store: FileStore, code: String, instruments: Instruments, today: Day)
    -> Result<HouseholdRoster, StoreProblem>
  {
    read(
      store, relative: store.relativePath(.households, code: code), HouseholdRoster.self,
      rosterRules(code, instruments, today))
  }

  /// The rules an alliance file must follow: the domain's, and a code that matches the file name.
  static func allianceRules(_ code: String, _ reference: ReferenceData, _ today: Day) -> (Alliance) ->
    [ValidationIssue]
  {
    { alliance in
      var issues = alliance.validate(reference: reference, today: today)
      if alliance.code != code { issues.insert(ValidationIssue("code", .mismatch(fileNameMismatch)), at: 0) }
      return issues
    }
  }

  /// The rules a household file must follow: its alliance's code, unique ids, each household's rules.
  static func rosterRules(_ code: String, _ instruments: Instruments, _ today: Day) -> (HouseholdRoster) ->
    [ValidationIssue]
  {
    { roster in
      var issues: [ValidationIssue] = []
      if roster.allianceCode != code {
        issues.append(ValidationIssue("allianceCode", .mismatch(fileNameMismatch)))
      }
      var ids = Set<RecordID>()
      for (i, household) in roster.households.enumerated() {
        if !ids.insert(household.id).inserted {
          issues.append(ValidationIssue("households[\(i)].id", .duplicate(household.id)))
        }
        issues += household.validate(instruments: instruments, today: today).map {
          ValidationIssue("households[\(i)].\($0.field)", $0.problem)
        }
      }
      return issues
    }
  }

  static let fileNameMismatch = StoreText.fileNameMismatch.localized

  private static func read<T: Decodable>(
    _ store: FileStore, relative: String, _ type: T.Type, _ rules: (T) -> [ValidationIssue]
  ) -> Result<T, StoreProblem> {
    let bytes: [UInt8]
    do { bytes = try store.fs.read(store.path(relative)) } catch {
      return .failure(.unreadable(relative, error))
    }
    switch StoreCoding.decode(T.self, from: bytes, path: relative) {
    case .failure(let problem): return .failure(problem)
    case .success(let value):
      guard let issue = rules(value).first else { return .success(value) }
      return .failure(
        StoreProblem(
          path: relative, line: JSONScanner.line(of: components(of: issue.field), in: bytes),
          reason: issue.localized))
    }
  }

  private static func check<T: Decodable>(
    _ store: FileStore, relative: String, _ type: T.Type, _ rules: (T) -> [ValidationIssue]
  ) -> [StoreProblem] {
    let bytes: [UInt8]
    do { bytes = try store.fs.read(store.path(relative)) } catch {
      return [.unreadable(relative, error)]
    }
    switch StoreCoding.decode(T.self, from: bytes, path: relative) {
    case .failure(let problem): return [problem]
    case .success(let value):
      return rules(value).map { issue in
        StoreProblem(
          path: relative, line: JSONScanner.line(of: components(of: issue.field), in: bytes),
          reason: issue.localized)
      }
    }
  }

  /// `agreements[1].rupture.date` → [.key("agreements"), .index(1), .key("rupture"), .key("date")].
  static func components(of field: String) -> [JSONScanner.PathComponent] {
    var out: [JSONScanner.PathComponent] = []
    for part in field.split(separator: ".") {
      var name = Substring(part)
      var indexes: [Int] = []
      while let open = name.lastIndex(of: "["), name.hasSuffix("]"),
        let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)])
      {
        indexes.insert(index, at: 0)
        name = name[..<open]
      }
      if !name.isEmpty { out.append(.key(String(name))) }
      out += indexes.map { .index($0) }
    }
    return out
  }
}
