import AlianzasDomain
import AlianzasRuntime
import AlianzasStore
import AlianzasTUI
import Foundation
import Testing

/// The demo the tour's sandbox copies, made once for these tests: the tour's own seed and scale.
let tourDemo: String = {
  let path = temporaryFolder("tourDemo") + "/demo"
  let store = try! FileStore.create(
    at: path, manifest: StoreManifest(created: now, deviceID: "demo", asOf: asOf, lineage: "demo-2015"),
    officer: "test")
  store.recordsHistory = false
  try! DemoGenerator(reference: reference, instruments: instruments, seed: 2015, scale: 0.1).generate {
    a, r in
    try store.save(a)
    try store.save(r)
  }
  store.release()
  return path
}()

/// The trainers' tour, walked headless as a trainer would at the terminal: each step's screen,
/// the record it names and the region it points at; back and forth; the sandbox's reset.
@Suite("The guided tour", .serialized)
struct TourTests {
  func start(_ sandbox: Sandbox, _ language: Language, _ width: Int, _ height: Int) throws -> (
    StoreSession, AppState
  ) {
    let session = try StoreSession.open(
      path: sandbox.store, reference: reference, instruments: instruments, officer: "Instructor",
      device: "practica", now: now)
    var state = AppState(data: session.data, language: language, width: width, height: height)
    state.data.sandbox = true
    state.data.exportFolder = sandbox.exports
    session.run(.tour(.begin(at: 0)), on: &state)
    return (session, state)
  }

  @Test(arguments: [Language.es, .en], [(80, 24), (120, 40)])
  func everyStepShowsItsRecordAndTheRegionItExplains(_ language: Language, _ size: (Int, Int)) throws {
    let sandbox = try Sandbox.copying(tourDemo)
    defer { sandbox.remove() }
    var (session, state) = try start(sandbox, language, size.0, size.1)
    defer { session.release() }
    let tour = try #require(state.tour)
    #expect(tour.steps.count == reference.tour.count, "the tour's demo has every record a step needs")
    var screens: [[String]] = []
    for (i, step) in tour.steps.enumerated() {
      if i > 0 { session.run(.key(.right), on: &state) }
      #expect(state.tour?.index == i)
      let lines = RootView.render(state).lines
      let text = lines.joined(separator: "\n")
      screens.append(lines)
      #expect(
        lines.dropFirst(2).contains { $0.contains(step.anchor(language)) },
        "step \(i + 1) \(step.id): «\(step.anchor(language))» not on screen\n\(text)")
      #expect(text.contains(T.tourStepOf(language, i + 1, tour.steps.count)), "step \(i + 1): its box")
      if let kind = step.record {
        let code = try #require(tour.records[kind])
        #expect(text.contains(code), "step \(i + 1) \(step.id): the record \(code) not on screen\n\(text)")
      }
      // Every screen says it is practice; no word of the other language's tour slips in.
      #expect(lines[0].contains(T.sandboxMark(language)))
      #expect(!text.contains(step.title(language.other)) || step.title(.es) == step.title(.en))
    }
    // The last step says so when asked to go on; back, each step shows the same screen again.
    session.run(.key(.right), on: &state)
    #expect(state.tour?.index == tour.steps.count - 1)
    for i in stride(from: tour.steps.count - 2, through: 0, by: -1) {
      session.run(.key(.left), on: &state)
      #expect(RootView.render(state).lines == screens[i], "step \(i + 1) differs when reached going back")
    }
    // Esc leaves the tour on the screen it was showing; T takes it up from the start.
    session.run(.key(.right), on: &state)
    let before = state.screen
    session.run(.key(.escape), on: &state)
    #expect(state.tour == nil && state.screen == before)
    session.run(.key(.char("T")), on: &state)
    #expect(state.tour?.index == 0)
  }

  @Test func resetPutsThePracticeBackAsTheDemoWasByteForByte() throws {
    let sandbox = try Sandbox.copying(tourDemo)
    defer { sandbox.remove() }
    let demo = snapshot(tourDemo, hidden: true)
    #expect(snapshot(sandbox.store, hidden: true) == demo)
    // Practice: an alliance renamed and saved.
    var (session, state) = try start(sandbox, .es, 80, 24)
    let code = try #require(state.data.alliances.keys.sorted().first)
    var a = try #require(state.data.alliances[code])
    session.release()
    let store = try FileStore.open(at: sandbox.store, mode: .write, officer: "t", now: now)
    a.name += " (práctica)"
    _ = try store.save(a)
    store.release()
    #expect(snapshot(sandbox.store, hidden: true) != demo, "the practice changed something")
    // Ctrl-R asks the command line to start again on a fresh copy, at the step it was on.
    (session, state) = try start(sandbox, .es, 80, 24)
    session.run(.key(.right), on: &state)
    session.run(.key(.ctrl("r")), on: &state)
    #expect(state.exitRequest == .resetSandbox(tourStep: 1) && state.shouldQuit)
    session.release()
    try sandbox.reset()
    #expect(snapshot(sandbox.store, hidden: true) == demo)
  }
}
