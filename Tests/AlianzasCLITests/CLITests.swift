import Foundation
import Testing

@Suite("The command line as a user meets it")
struct CLITests {
  @Test func demoThenSummaryAgreesWithAnIndependentReading() throws {
    let store = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: store) }
    let demo = try alianzas(["demo", "--store", store, "--scale", "0.1", "--no-open"])
    #expect(demo.status == 0, "\(demo.err)")
    #expect(demo.out.contains("Almacén de demostración creado"))
    let summary = try alianzas(["summary", "--store", store, "--json"])
    #expect(summary.status == 0, "\(summary.err)")
    let ours = try JSONSerialization.jsonObject(with: Data(summary.out.utf8)) as! [String: Any]
    // The oracle: a short Python script that reads the raw files with its own JSON parser and
    // applies the published ELCSA cut-points and PPI look-up itself.
    let oracle = try run(
      "/usr/bin/env", ["python3", fixturesFolder + "/summary_oracle.py", store, dataFolder])
    #expect(oracle.status == 0, "\(oracle.err)")
    let theirs = try JSONSerialization.jsonObject(with: Data(oracle.out.utf8)) as! [String: Any]
    for key in [
      "alliances", "departments", "households", "buyers", "surveys", "byStage", "byStatus", "agreements",
      "elcsa",
    ] {
      #expect(
        NSDictionary(dictionary: ours).value(forKey: key) as? NSObject == theirs[key] as? NSObject, "\(key)")
    }
    let ppiOurs = ours["ppi"] as! [String: Any], ppiTheirs = theirs["ppi"] as! [String: Any]
    #expect(abs((ppiOurs["meanScore"] as! Double) - (ppiTheirs["meanScore"] as! Double)) < 0.006)
    #expect(
      abs((ppiOurs["povertyRateNational"] as! Double) - (ppiTheirs["povertyRateNational"] as! Double)) < 0.006
    )
    #expect((ours["idap"] as? [String: Any])?["mean"] is Double)
  }

  @Test func validateNamesTheDamagedFileAndLeavesItAlone() throws {
    let store = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: store) }
    #expect(try alianzas(["demo", "--store", store, "--scale", "0.02", "--no-open"]).status == 0)
    #expect(try alianzas(["validate", "--store", store]).status == 0)
    let file = try FileManager.default.contentsOfDirectory(atPath: store + "/alliances").sorted()[0]
    let path = store + "/alliances/" + file
    var data = FileManager.default.contents(atPath: path)!
    data = data.prefix(data.count - 40)
    #expect(FileManager.default.createFile(atPath: path, contents: data))
    let result = try alianzas(["validate", "--store", store])
    #expect(result.status == 1)
    #expect(result.out.contains("alliances/\(file):"))
    #expect(FileManager.default.contents(atPath: path) == data)
    let english = try alianzas(["validate", "--store", store, "--lang", "en"])
    #expect(english.out.contains("files checked: 1 problem."))
  }

  @Test func aStoreIsNotReplacedWithoutForce() throws {
    let store = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: store) }
    #expect(try alianzas(["demo", "--store", store, "--scale", "0.01", "--no-open"]).status == 0)
    let again = try alianzas(["demo", "--store", store, "--scale", "0.01", "--no-open"])
    #expect(again.status != 0)
    #expect(again.err.contains("--force"))
    #expect(try alianzas(["demo", "--store", store, "--scale", "0.01", "--no-open", "--force"]).status == 0)
  }

  @Test func storeComesFromTheEnvironmentWhenNoFlagIsGiven() throws {
    let store = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: store) }
    #expect(
      try alianzas(["demo", "--scale", "0.01", "--no-open"], environment: ["ALIANZAS_STORE": store]).status
        == 0)
    #expect(FileManager.default.fileExists(atPath: store + "/store.json"))
    let home = temporaryFolder("home")
    defer { try? FileManager.default.removeItem(atPath: home) }
    let missing = try alianzas(["summary"], environment: ["HOME": home, "XDG_DATA_HOME": ""])
    #expect(missing.status == 2)
    #expect(
      missing.err
        == "alianzas: \(home)/.local/share/alianzas no es un almacén de Alianzas (falta store.json); cree uno con «alianzas demo» o indique --store\n"
    )
  }

  @Test func badFlagsGetOneClearMessageNotATrace() throws {
    let scale = try alianzas(["demo", "--scale=-3", "--store", "/tmp/x-no"])
    #expect(scale.status != 0)
    #expect(scale.err.contains("--scale debe estar entre 0 y 20"))
    #expect(!scale.err.contains("Fatal error"))
    let unknown = try alianzas(["summary", "--colour"])
    #expect(unknown.status != 0)
    #expect(unknown.err.contains("--colour"))
    let date = try alianzas(["demo", "--as-of", "2014-02-30", "--store", "/tmp/x-no"])
    #expect(date.err.contains("--as-of debe ser una fecha"))
  }

  @Test func helpIsSpanishByDefaultAndEnglishOnRequest() throws {
    let es = try alianzas(["--help"])
    #expect(es.out.contains("Seguimiento de las alianzas productivas"))
    let en = try alianzas(["--help"], environment: ["LANG": "en_US.UTF-8"])
    #expect(en.out.contains("Monitoring of PAAP productive alliances"))
    let flag = try alianzas(["summary", "--help", "--lang", "en"])
    #expect(flag.out.contains("Prints the national figures"))
    let fromLocale = try alianzas(["demo", "--help"], environment: ["LANG": "en_US.UTF-8"])
    #expect(fromLocale.out.contains("Creates a demo store"))
  }
}

let fixturesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Fixtures").path
let dataFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("data").path
