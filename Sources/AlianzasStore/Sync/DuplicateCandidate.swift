import AlianzasDomain
import Foundation

/// Two households of one alliance that look like the same family registered twice (on two
/// laptops): the same document number, or the same head's name in the same village. They are
/// shown for review, never merged blindly.
public struct DuplicateCandidate: Hashable, Sendable {
  public var file: String
  public var first: RecordID
  public var second: RecordID
  public var sameDocument: Bool

  public init(file: String, first: RecordID, second: RecordID, sameDocument: Bool) {
    self.file = file
    self.first = first
    self.second = second
    self.sameDocument = sameDocument
  }

  public static func find(in roster: HouseholdRoster, file: String) -> [DuplicateCandidate] {
    var out: [DuplicateCandidate] = []
    var byDocument: [String: Household] = [:]
    var byName: [String: Household] = [:]
    for household in roster.inUse {
      let document = household.documentNumber.filter(\.isNumber)
      let name = normalized(household.headName) + "|" + normalized(household.village)
      for (key, sameDocument) in [(document, true), (name, false)] where !key.isEmpty && key != "|" {
        let earlier = sameDocument ? byDocument[key] : byName[key]
        if let earlier, !reviewed(earlier, household),
          !out.contains(where: { $0.first == earlier.id && $0.second == household.id })
        {
          out.append(
            DuplicateCandidate(
              file: file, first: earlier.id, second: household.id, sameDocument: sameDocument))
        } else if earlier == nil {
          if sameDocument { byDocument[key] = household } else { byName[key] = household }
        }
      }
    }
    return out
  }

  /// Households these batches added (the base was reviewed when it was made).
  static func createdHouseholds(_ batches: [ChangeBatch]) -> Set<RecordID> {
    var ids: Set<RecordID> = []
    for batch in batches {
      for change in batch.changes where change.old == nil && change.new != nil {
        if change.path.steps.count == 2, change.path.steps[0] == .key("households"),
          case .record(let id) = change.path.steps[1]
        {
          ids.insert(id)
        }
      }
    }
    return ids
  }

  static func reviewed(_ a: Household, _ b: Household) -> Bool {
    (a.distinctFrom ?? []).contains(b.id) || (b.distinctFrom ?? []).contains(a.id)
  }

  /// Case, accents and spacing do not make two names different.
  static func normalized(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
