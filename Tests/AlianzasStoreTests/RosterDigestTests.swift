import AlianzasDomain
import AlianzasRuntime
import Foundation
import Testing

@testable import AlianzasStore
@testable import AlianzasTUI

/// A bulk load of every roster (the comparisons, the search over everything, the tour) keeps a
/// digest of each instead of the parsed roster, so a 10× store fits in memory; what those screens
/// show must be what they showed from the whole rosters.
@Suite("Rosters read in bulk are kept as digests")
struct RosterDigestTests {
  /// A small demo store opened as the interface does, with the comparisons shown (every roster
  /// read in bulk); `body` gets the session and the state.
  func withComparisons(_ body: (StoreSession, inout AppState, String) throws -> Void) throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try makeDemoStore(at: root, scale: 0.03).release()
    let session = try openSession(root)
    defer { session.release() }
    var state = AppState(data: session.data, language: .es, width: 120, height: 40)
    session.run(.show(.households), on: &state)
    session.run(.households(.view(1)), on: &state)
    try body(session, &state, root)
  }

  @Test func digestsShowWhatTheWholeRostersShowed() throws {
    try withComparisons { session, state, root in
      #expect(state.data.loadedAllRosters)
      #expect(state.data.rosters.isEmpty, "no roster is held whole after a bulk load")
      let codes = session.store.codes(in: .households)
      #expect(state.data.workspace.digests.count == codes.count)

      // The same data with every roster parsed and held whole, as before digests.
      var rosters: [String: HouseholdRoster] = [:]
      for code in codes {
        guard case .success(let r) = session.store.loadRoster(code: code) else {
          Issue.record("households/\(code) did not read")
          continue
        }
        rosters[code] = r
      }
      let whole = AppData(
        reference: reference, instruments: instruments, today: state.data.today, engine: state.data.engine,
        storePath: root, rosters: rosters)
      let fromDigests = ComparisonCache(data: state.data), fromWhole = ComparisonCache(data: whole)
      #expect(fromDigests.preferred == fromWhole.preferred)
      #expect(fromDigests.results == fromWhole.results)
      #expect(
        fromDigests.results.values.flatMap(\.values).contains { $0.n.reduce(0, +) > 0 },
        "the test compares something")

      var wholeState = AppState(data: whole, language: .es, width: 120, height: 40)
      wholeState.data.loadedAllRosters = true
      let found = FindAnywhere.list(state).options.map(\.label)
      #expect(found == FindAnywhere.list(wholeState).options.map(\.label))
      let households = rosters.values.reduce(0) { $0 + $1.inUse.count }
      #expect(found.count == state.data.allianceCodes.count + households, "every household in use is listed")

      let alliances = codes.compactMap { code -> Alliance? in
        if case .success(let a) = session.store.loadAlliance(code: code) { return a }
        return nil
      }
      let fromDigest = TourRecord.surveyed.find(
        in: alliances, surveyed: state.data.workspace.hasCompleteSurvey)
      #expect(fromDigest != nil)
      #expect(
        fromDigest
          == TourRecord.surveyed.find(in: alliances, surveyed: wholeState.data.workspace.hasCompleteSurvey))
    }
  }

  @Test func aRosterHeldWholeOutranksItsDigest() throws {
    try withComparisons { session, state, _ in
      let code = try #require(state.data.workspace.digests.keys.sorted().first)
      guard case .success(var roster) = session.store.loadRoster(code: code) else {
        Issue.record("households/\(code) did not read")
        return
      }
      var household = try #require(roster.inUse.first)
      household.headName = "Nombre Editado Aquí"
      roster.households[roster.households.firstIndex { $0.id == household.id }!] = household
      state.data.workspace.edit(household, alliance: code)
      let labels = FindAnywhere.list(state).options.map(\.label)
      #expect(labels.contains { $0.contains("Nombre Editado Aquí") }, "the edit is found")
      #expect(labels.filter { $0.hasPrefix(household.code + " ") }.count == 1, "listed once, not twice")
    }
  }
}
