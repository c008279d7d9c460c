import AlianzasDomain
import AlianzasReport
import AlianzasStore

extension NationalReport {
  /// Every alliance's part of the national report, from the store's index and sample cache where
  /// its files are unchanged and from one parse of them where not (`StoreDigest`); a read-mode
  /// store is never written to. The command line and the interface both use it, so their pages
  /// agree with each other and with the panel.
  public static func members(
    _ store: FileStore, reference: ReferenceData, instruments: Instruments, today: Day
  ) -> (members: [Member], problems: [StoreProblem]) {
    let digest = StoreDigest.read(store, reference: reference, instruments: instruments, today: today)
    var members: [Member] = [], problems: [StoreProblem] = []
    for code in digest.keys.sorted() {
      let item = digest[code]!, entry = item.entry
      problems += entry.problems
      guard let figures = entry.figures else { continue }
      members.append(
        Member(
          figures: figures, tally: entry.tally, surveys: entry.surveys ?? 0,
          firstAgreementStart: entry.firstAgreementStart, duration: entry.duration, relink: entry.relink,
          samples: item.samples))
    }
    return (members, problems)
  }
}
