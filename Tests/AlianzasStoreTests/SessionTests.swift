import AlianzasDomain
import AlianzasRuntime
import AlianzasTUI
import Foundation
import Testing

@testable import AlianzasStore

@Suite("A session opened through the index")
struct SessionTests {
  @Test func everyScreenLoadsWhatItNeedsOnceAndShowsTheSameFigures() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try makeDemoStore(at: root, scale: 0.03).release()
    let session = try openSession(root)
    defer { session.release() }
    #expect(
      session.data.alliances.isEmpty && session.data.rosters.isEmpty,
      "opening parses nothing the panel does not need")
    var state = AppState(data: session.data, language: .es, width: 120, height: 40)
    var progressCalls = 0
    let before = state.data.engine.totals
    session.run(.show(.ruptures), on: &state) { _ in progressCalls += 1 }
    #expect(state.data.loadedAllAlliances)
    #expect(state.data.alliances.count == session.store.codes().count)
    #expect(state.ruptures.analysis != nil)
    session.run(.show(.households), on: &state) { _ in progressCalls += 1 }
    session.run(.households(.view(1)), on: &state) { _ in progressCalls += 1 }
    #expect(state.data.loadedAllRosters)
    #expect(state.households.comparisons != nil)
    #expect(state.data.requested.isEmpty, "every request was answered")
    #expect(progressCalls <= 4, "each bulk load ran once (\(progressCalls) progress reports)")
    #expect(state.data.engine.totals == before, "loading the files changes no figure")
    // A detail and a roster load on their own.
    let fresh = try openSession(root)
    defer { fresh.release() }
    var s2 = AppState(data: fresh.data, language: .es, width: 120, height: 40)
    fresh.run(.show(.alliances), on: &s2)
    fresh.run(.alliances(.openSelected), on: &s2)
    #expect(s2.data.alliances.count == 1)
    #expect(RootView.render(s2).lines.joined().contains("Organización de productores"))
  }
}
