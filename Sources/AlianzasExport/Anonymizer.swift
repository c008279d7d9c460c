import AlianzasDomain
import Crypto
import Foundation

/// The research export: tables with no names, no document numbers and no free text; households
/// and surveys under keyed pseudonyms (HMAC-SHA-256 with a key kept outside the exports, so one
/// household keeps its pseudonym from one export to the next and two stores never share one);
/// dates to the month when asked; no sensitive data (ethnic origin, displacement); and households
/// whose quasi-identifiers (municipality, group, size) single out fewer than `k` of them with
/// their size coarsened to a band, with a report of each such cell.
public struct Anonymizer: Sendable {
  public var key: SymmetricKey
  public var monthDates: Bool
  public var k: Int

  public init(key: SymmetricKey, monthDates: Bool = false, k: Int = 5) {
    self.key = key
    self.monthDates = monthDates
    self.k = max(1, k)
  }

  /// Columns that name or describe a person, or hold what someone typed freely.
  static let dropped: Set<String> = Set(
    [
      "head_name", "document_number", "village", "officer", "observations", "note", "cause_detail",
      "commitment", "authorization_officer", "enumerator",
    ] + SensitiveColumns.names)
  /// Columns that identify a household or one of its surveys.
  static let pseudonymous: Set<String> = ["household_code", "survey_id"]

  public func pseudonym(_ kind: String, _ value: String) -> String {
    let mac = HMAC<SHA256>.authenticationCode(for: Data((kind + "|" + value).utf8), using: key)
    let hex = mac.prefix(8).map { String(format: "%02x", $0) }.joined()
    return (kind == "survey_id" ? "S-" : "H-") + hex
  }

  /// The tables as the research export has them: the identifying columns gone, the households
  /// with their size band, and the report of rare households last.
  public func schema(_ tables: [ExportTable]) -> [ExportTable] {
    var out = tables.map { Stripper($0, self).table }
    if let i = out.firstIndex(where: { $0.name == "households" }) {
      out[i] = RareHouseholds(columns: out[i].columns, k: k, municipalities: [:]).table(out[i])
      out.append(RareHouseholds.reportTable(k: k))
    }
    return out
  }

  /// How one table's rows lose their identifying columns and get pseudonyms and month dates.
  struct Stripper {
    let keep: [Int]
    let pseudonymous: [String?]
    let monthDates: Bool
    let table: ExportTable
    let anonymizer: Anonymizer

    init(_ table: ExportTable, _ anonymizer: Anonymizer) {
      keep = table.columns.indices.filter { !Anonymizer.dropped.contains(table.columns[$0].name) }
      pseudonymous = keep.map {
        Anonymizer.pseudonymous.contains(table.columns[$0].name) ? table.columns[$0].name : nil
      }
      monthDates = anonymizer.monthDates
      self.anonymizer = anonymizer
      self.table = ExportTable(name: table.name, label: table.label, columns: keep.map { table.columns[$0] })
    }

    /// `memo` keeps the pseudonyms already made (a household's code repeats on every answer).
    func strip(_ row: [ExportValue], memo: inout [String: String]) -> [ExportValue] {
      var out: [ExportValue] = []
      out.reserveCapacity(keep.count)
      for (n, i) in keep.enumerated() {
        switch row[i] {
        case .text(let t):
          if let kind = pseudonymous[n] {
            let key = kind + "|" + t
            if let known = memo[key] {
              out.append(.text(known))
            } else {
              let made = anonymizer.pseudonym(kind, t)
              memo[key] = made
              out.append(.text(made))
            }
          } else {
            out.append(row[i])
          }
        case .date(let d) where monthDates:
          let (y, m, _) = d.components
          out.append(.date(Day(iso: String(format: "%04d-%02d-01", y, m)) ?? d))
        default: out.append(row[i])
        }
      }
      return out
    }
  }
}
