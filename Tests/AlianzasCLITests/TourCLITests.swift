import Foundation
import Testing

/// `alianzas tour` headless: the tour's practice writes only inside its sandbox, which is gone
/// when the tour ends; only demo stores are copied; bad keys are named.
@Suite("The tour from the command line")
struct TourCLITests {
  @Test func practiceNeverWritesOutsideItsSandbox() throws {
    let work = temporaryFolder("tourSandbox")
    defer { try? FileManager.default.removeItem(atPath: work) }
    let (demo, home, temporary) = (work + "/demo", work + "/home", work + "/tmp")
    for folder in [home, temporary] {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    #expect(try alianzas(["demo", "--store", demo, "--scale", "0.05", "--no-open"]).status == 0)
    let before = everyByte(demo)
    // The officer's own store and profile places are all set, so a stray write would land in one.
    let environment = [
      "HOME": home, "XDG_CONFIG_HOME": home + "/.config", "XDG_DATA_HOME": home + "/.local/share",
      "TMPDIR": temporary, "ALIANZAS_STORE": demo, "ALIANZAS_OFFICER": "",
    ]
    // Rename an alliance, write its committee report, then reset and rename again.
    let keys = "<Esc>2<Enter>e<Enter><C-u>Alianza de práctica<Enter><Esc>R<Enter>"
    let run = try alianzas(["tour", "--from", demo, "--keys", keys], environment: environment)
    #expect(run.status == 0, "\(run.err)")
    #expect(run.out.contains("Alianza de práctica"), "the change was made\n\(run.out)")
    #expect(run.out.contains("Informe escrito en \(temporary)/alianzas-tour-"), "\(run.out)")
    #expect(run.out.contains("▣ PRÁCTICA"))
    #expect(everyByte(demo) == before, "the demo store it copied is untouched")
    #expect(everyByte(home).isEmpty, "nothing in the home folder, the profile or the data folder")
    #expect(everyByte(temporary).isEmpty, "the sandbox is removed when the tour ends")
    // After Ctrl-R the practice is the demo again: the renamed alliance has its name back, and
    // the keys after Ctrl-R (here "2", then Enter) act on the fresh copy.
    let reset = try alianzas(
      ["tour", "--from", demo, "--keys", "<Esc>2<Enter>e<Enter><C-u>Otra<Enter><Esc><C-r>2<Enter>"],
      environment: environment)
    #expect(reset.status == 0, "\(reset.err)")
    #expect(!reset.out.contains("Otra"), "\(reset.out)")
    #expect(reset.out.contains("Resumen │ Ciclo de vida │ Visitas │ Finanzas"), "\(reset.out)")
    #expect(everyByte(temporary).isEmpty)
  }

  @Test func onlyADemoStoreIsCopiedAndBadKeysAreNamed() throws {
    let work = temporaryFolder("tourRefusals")
    defer { try? FileManager.default.removeItem(atPath: work) }
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    let notAStore = try alianzas(["tour", "--from", work, "--keys", ""])
    #expect(
      notAStore.status != 0 && notAStore.err.contains("no es un almacén de Alianzas"), "\(notAStore.err)")
    // A store that is not a demo (no as-of day) holds people's data: practice does not copy it.
    let real = work + "/real"
    #expect(try alianzas(["demo", "--store", real, "--scale", "0.01", "--no-open"]).status == 0)
    let manifest = real + "/store.json"
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: manifest)))
        as? [String: Any])
    object["asOf"] = nil
    try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: manifest))
    let notADemo = try alianzas(["tour", "--from", real, "--keys", ""])
    #expect(
      notADemo.status != 0 && notADemo.err.contains("no es un almacén de demostración"), "\(notADemo.err)")
    let badKey = try alianzas(["tour", "--keys", "2<Dwn>", "--lang", "en"])
    #expect(badKey.status != 0 && badKey.err.contains("position 2: \"<Dwn>\""), "\(badKey.err)")
    let badStep = try alianzas(["tour", "--step", "0"])
    #expect(badStep.status != 0 && badStep.err.contains("--step"), "\(badStep.err)")
  }
}
