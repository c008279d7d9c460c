import AlianzasDomain
import Foundation

/// A whole store's export, streamed. Alliances are read a batch at a time, in parallel, and their
/// rows made; while the writer takes one batch the next is being read. Memory stays that of two
/// batches at any scale, and reading (the most of the work) keeps every core busy.
public struct StoreExport: Sendable {
  /// One alliance's records as read, and what could not be read, in the user's words.
  public struct Unit: Sendable {
    public var alliance: Alliance?
    public var roster: HouseholdRoster?
    public var problems: [String]

    public init(alliance: Alliance?, roster: HouseholdRoster?, problems: [String] = []) {
      self.alliance = alliance
      self.roster = roster
      self.problems = problems
    }
  }

  public struct Outcome: Sendable {
    public var paths: [String]
    /// Texts a format's limit cut.
    public var cut: Int
    /// Each table written, with its row count, in order.
    public var tables: [(name: String, rows: Int)]
    public var problems: [String]
  }

  public var tables: [String]
  public var language: Language
  public var instruments: Instruments
  public var reference: ReferenceData
  public var today: Day
  public var anonymizer: Anonymizer?
  /// Sensitive columns (`SensitiveColumns`) asked for by name; the rest of them are left out.
  public var includeSensitive: Set<String> = []
  /// Alliances read together; small enough that two batches weigh little at any scale.
  public var batch = 16

  public init(
    tables: [String], language: Language, instruments: Instruments, reference: ReferenceData, today: Day,
    anonymizer: Anonymizer? = nil
  ) {
    self.tables = tables
    self.language = language
    self.instruments = instruments
    self.reference = reference
    self.today = today
    self.anonymizer = anonymizer
  }

  /// Which files the tables need read: an alliance table needs no roster and a household table
  /// no alliance file (but the anonymized roster needs each alliance's municipality).
  public var needs: (alliances: Bool, rosters: Bool) {
    let households = ExportTables.fromRosters
    return (
      tables.contains { !households.contains($0) } || (anonymizer != nil && tables.contains("households")),
      tables.contains { households.contains($0) }
    )
  }

  /// Exports the alliances named by `codes` (sorted here), each read by `load`.
  public func run(
    codes: [String], load: @escaping @Sendable (String) -> Unit, writer: ExportWriter, to path: String
  ) throws(ExportWriter.Problem) -> Outcome {
    let empty = ExportSource(
      alliances: [], rosters: [], instruments: instruments, reference: reference, today: today)
    var made: [ExportTable] = []
    for name in tables {
      guard let table = ExportTables.table(name, empty, language: language) else { throw .unknownTable(name) }
      made.append(table)
    }
    // Sensitive columns go first, before any other step sees the rows; the research export
    // never takes them, whatever was asked.
    let selections = made.map {
      SensitiveColumns.Selection($0, including: anonymizer == nil ? includeSensitive : [])
    }
    let plain = selections.map(\.table)
    let schema = anonymizer?.schema(plain) ?? plain
    let strippers = anonymizer.map { a in plain.map { Anonymizer.Stripper($0, a) } }
    let households = anonymizer == nil ? nil : plain.firstIndex { $0.name == "households" }
    let rare = households.map {
      RareHouseholds(columns: strippers![$0].table.columns, k: anonymizer!.k, municipalities: [:])
    }
    let spoolPath =
      (path as NSString).deletingLastPathComponent.nonEmpty
      + "/.\((path as NSString).lastPathComponent).households-\(getpid())"
    var problems: [String] = []

    let build: @Sendable ([String]) -> [Built] = { [self] chunk in
      Parallel.map(chunk) { code in
        self.rows(of: load(code), plain: plain, selections: selections, strippers: strippers)
      }
    }
    let sorted = Array(Set(codes)).sorted()
    let chunks = stride(from: 0, to: sorted.count, by: max(1, batch)).map {
      Array(sorted[$0..<min(sorted.count, $0 + max(1, batch))])
    }
    let result = try writer.write(schema: schema, to: path) { feed in
      var spool: RowSpool?
      defer { spool?.remove() }
      if households != nil {
        spool = try RowSpool(path: spoolPath, columns: strippers![households!].table.columns.count)
      }
      var current = chunks.first.map(build) ?? []
      for k in chunks.indices {
        // The next batch is read while this one is written.
        let next = Pending()
        let group = DispatchGroup()
        if k + 1 < chunks.count {
          let chunk = chunks[k + 1]
          DispatchQueue.global().async(group: group) { next.value = build(chunk) }
        }
        defer { group.wait() }
        for unit in current {
          problems += unit.problems
          if let municipality = unit.municipality {
            rare?.municipalities[municipality.alliance] = municipality.code
          }
          for (t, rows) in unit.rows.enumerated() {
            if t == households, let spool, let rare {
              // Rare households can be told only once all are counted: they wait in the spool.
              for row in rows {
                rare.count(row)
                try spool.append(row)
              }
            } else {
              for row in rows { try feed.append(row, to: t) }
            }
          }
        }
        group.wait()
        current = next.value
      }
      if let households, let spool, let rare {
        try spool.replay { try feed.append(rare.protect($0), to: households) }
        for row in rare.report { try feed.append(row, to: schema.count - 1) }
      }
    }
    return Outcome(
      paths: result.paths, cut: result.cut,
      tables: zip(schema, result.rows).map { ($0.name, $1) }, problems: problems)
  }

  /// One alliance's rows for each table, stripped when anonymizing.
  struct Built: Sendable {
    var rows: [[[ExportValue]]]
    var problems: [String]
    var municipality: (alliance: String, code: String)?
  }

  private func rows(
    of unit: Unit, plain: [ExportTable], selections: [SensitiveColumns.Selection],
    strippers: [Anonymizer.Stripper]?
  ) -> Built {
    let source = ExportSource(
      alliances: unit.alliance.map { [$0] } ?? [], rosters: unit.roster.map { [$0] } ?? [],
      instruments: instruments, reference: reference, today: today)
    var memo: [String: String] = [:]
    let rows = plain.enumerated().map { t, table in
      let made = (ExportTables.table(table.name, source, language: language)?.rows ?? []).map {
        selections[t].apply($0)
      }
      guard let strippers else { return made }
      return made.map { strippers[t].strip($0, memo: &memo) }
    }
    return Built(
      rows: rows, problems: unit.problems,
      municipality: unit.alliance.map { ($0.code, $0.municipality.code) })
  }

  /// The next batch, filled in by the thread that reads it.
  private final class Pending: @unchecked Sendable {
    var value: [Built] = []
  }
}

extension String {
  fileprivate var nonEmpty: String { isEmpty ? "." : self }
}
