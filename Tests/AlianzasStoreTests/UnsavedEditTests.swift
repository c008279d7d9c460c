import AlianzasDomain
import AlianzasRuntime
import AlianzasTUI
import Foundation
import Testing

@testable import AlianzasStore

/// An edit whose save failed stays the interface's until it is on disk: a load that a screen
/// asks for meanwhile (every alliance for Rupturas, every roster for the comparisons) must not
/// put the disk's older version in its place, and `w` must then save the edit.
@Suite("An unsaved edit survives the loads")
struct UnsavedEditTests {
  func session(_ root: String, _ fs: FailingFileSystem) throws -> StoreSession {
    try StoreSession.open(
      path: root, reference: reference, instruments: instruments, officer: "t", device: "t", now: now, fs: fs)
  }

  /// A small demo store opened for the interface on a file system that can be made to fail.
  func opened(_ root: String) throws -> (FailingFileSystem, StoreSession, AppState) {
    try makeDemoStore(at: root, scale: 0.03).release()
    let fs = FailingFileSystem()
    let session = try session(root, fs)
    return (fs, session, AppState(data: session.data, language: .es, width: 120, height: 40))
  }

  func keys(_ session: StoreSession, _ state: inout AppState, _ keys: Key...) {
    for key in keys { session.run(.key(key), on: &state) }
  }

  func type(_ session: StoreSession, _ state: inout AppState, _ text: String) {
    for c in text { session.run(.key(.char(c)), on: &state) }
  }

  @Test func aRenameWhoseSaveFailedIsSavedByWAfterTheRuptureScreenLoadedEverything() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    var (fs, session, state) = try opened(root)
    defer { session.release() }
    session.run(.show(.alliances), on: &state)
    session.run(.alliances(.openSelected), on: &state)
    let code = try #require(state.alliances.detail?.code)
    let path = "alliances/\(code)"
    keys(session, &state, .char("e"), .enter, .ctrl("u"))
    type(session, &state, "Nombre que no cupo")
    fs.failure.store(ENOSPC, ordering: .relaxed)
    keys(session, &state, .enter, .escape)
    #expect(state.unsaved == [path], "the failed save is marked")
    // Rupturas parses every alliance file, this one's older version among them.
    session.run(.show(.ruptures), on: &state)
    #expect(state.data.loadedAllAlliances)
    #expect(state.data.alliances[code]?.name == "Nombre que no cupo", "the load kept the edit")
    #expect(state.data.engine.figures[code]?.name == "Nombre que no cupo", "the engine equals the records")
    #expect(state.unsaved == [path], "still unsaved")
    fs.failure.store(0, ordering: .relaxed)
    session.run(.show(.alliances), on: &state)
    keys(session, &state, .char("w"))
    #expect(state.unsaved.isEmpty)
    let disk = try session.store.loadAlliance(code: code).get()
    #expect(disk.name == "Nombre que no cupo", "w saved the edit, not the version the load brought")
  }

  @Test func aSurveyAnswerWhoseSaveFailedSurvivesTheComparisonsLoad() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    var (fs, session, state) = try opened(root)
    defer { session.release() }
    session.run(.show(.households), on: &state)
    session.run(.households(.openRoster), on: &state)
    let code = try #require(state.households.roster)
    let roster = try #require(state.data.rosters[code])
    var household = try #require(roster.households.first)
    household.headName = "Nombre editado sin disco"
    fs.failure.store(ENOSPC, ordering: .relaxed)
    // An edit through the workspace, saved by the runtime, as every form does.
    state.data.workspace.edit(household, alliance: code)
    session.run(.retrySaves, on: &state)
    #expect(state.unsaved == ["households/\(code)"])
    let tallyBefore = state.data.engine.totals
    session.run(.households(.view(1)), on: &state)  // comparisons: every roster is parsed
    #expect(state.data.loadedAllRosters)
    let kept = state.data.rosters[code]?.households.first { $0.id == household.id }
    #expect(kept?.headName == "Nombre editado sin disco", "the bulk load kept the edit")
    #expect(state.data.engine.totals == tallyBefore, "the engine did not move back to the disk's version")
    fs.failure.store(0, ordering: .relaxed)
    session.run(.retrySaves, on: &state)
    #expect(state.unsaved.isEmpty)
    let disk = try session.store.loadRoster(code: code).get()
    #expect(disk.households.first { $0.id == household.id }?.headName == "Nombre editado sin disco")
  }

  @Test func anOutsideChangeAndAnUnsavedEditBothReachTheDisk() throws {
    let root = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    var (fs, session, state) = try opened(root)
    defer { session.release() }
    session.run(.show(.alliances), on: &state)
    session.run(.alliances(.openSelected), on: &state)
    let code = try #require(state.alliances.detail?.code)
    var edited = try #require(state.data.alliances[code])
    edited.name = "Cambio local"
    fs.failure.store(ENOSPC, ordering: .relaxed)
    state.data.workspace.edit(edited)
    session.run(.retrySaves, on: &state)
    fs.failure.store(0, ordering: .relaxed)
    // A sync tool changes another field of the same file meanwhile.
    let file = root + "/alliances/\(code).json"
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(bytes(file))) as? [String: Any])
    object["oga"] = "OGA cambiada por otro equipo"
    let changed = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    try changed.write(to: URL(fileURLWithPath: file))
    session.run(.show(.ruptures), on: &state)
    #expect(state.data.alliances[code]?.name == "Cambio local")
    session.run(.retrySaves, on: &state)
    #expect(state.unsaved.isEmpty)
    let disk = try session.store.loadAlliance(code: code).get()
    #expect(disk.name == "Cambio local", "the local edit")
    #expect(disk.oga == "OGA cambiada por otro equipo", "and the outside change")
  }
}
