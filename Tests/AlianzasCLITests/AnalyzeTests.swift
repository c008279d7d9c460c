import Foundation
import Testing

@Suite("alianzas analyze")
struct AnalyzeTests {
  static let store: String = {
    let path = temporaryFolder("analyze-store")
    _ = try? alianzas(["demo", "--store", path, "--scale", "0.3", "--no-open"])
    return path
  }()

  func json(_ arguments: [String]) throws -> [String: Any] {
    let result = try alianzas(arguments)
    #expect(result.status == 0, "\(result.err)")
    return try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as! [String: Any]
  }

  @Test func survivalByVulnerableGivesCurvesATestAndTheCoxModel() throws {
    let out = try json(["analyze", "survival", "--store", Self.store, "--by", "vulnerable", "--json"])
    let groups = (out["km"] as! [String: Any])["groups"] as! [[String: Any]]
    #expect(groups.map { $0["name"] as! String } == ["No", "Sí"])
    let first = (groups[0]["table"] as! [[String: Any]])[0]
    #expect(Set(first.keys).isSuperset(of: ["time", "atRisk", "events", "censored", "survival", "stdError"]))
    let logrank = out["logrank"] as! [String: Any]
    #expect(logrank["df"] as? Int == 1)
    #expect((logrank["p"] as! Double) >= 0 && (logrank["p"] as! Double) <= 1)
    let cox = out["cox"] as! [String: Any]
    #expect(cox["ties"] as? String == "efron")
    let names = (cox["coefficients"] as! [[String: Any]]).map { $0["name"] as! String }
    #expect(
      names == [
        "priorExperience", "managerialSkills", "membersPer10", "fundCapitalization", "vulnerable",
        "consolidationZone",
      ])
    let text = try alianzas(["analyze", "survival", "--store", Self.store, "--by", "product"])
    #expect(text.out.contains("Log-rank: chi² ="))
    #expect(text.out.contains("Experiencia previa"))
  }

  @Test func relinkHasTheShapeOfCuadroOne() throws {
    let out = try json(["analyze", "relink", "--store", Self.store, "--json"])
    let rows = out["rows"] as! [[String: Any]]
    #expect(rows.map { $0["period"] as! String } == ["semester", "year", "twoYears", "later"])
    let counts = rows.map { $0["count"] as! Int }
    #expect(counts.reduce(0, +) == out["relinked"] as! Int)
    #expect(counts[0] > counts[1] && counts[1] >= counts[2], "most re-link within a semester")
    let text = try alianzas(["analyze", "relink", "--store", Self.store])
    #expect(text.out.contains("1 semestre"))
    #expect(text.out.contains(" de "))
  }

  @Test func compareGroups() throws {
    for grouping in ["beneficiary", "tenure", "training"] {
      let out = try json(["analyze", "compare", "--store", Self.store, "--by", grouping, "--json"])
      let means = out["means"] as! [[String: Any]]
      #expect(means.map { $0["metric"] as! String } == ["incomeTotal", "incomeFromProduct", "ppiScore"])
      let income = means[1]
      let (a, b) = ((income["mean"] as! [Double])[0], (income["mean"] as! [Double])[1])
      #expect(abs((income["percentDifference"] as! Double) - 100 * (a - b) / b) < 1e-6)
      #expect((income["lower"] as! Double) < (income["upper"] as! Double))
    }
    let bad = try alianzas(["analyze", "compare", "--store", Self.store, "--by", "age"])
    #expect(bad.status != 0)
    #expect(bad.err.contains("beneficiary"))
  }

  /// The demo holds the study's surveys, so the study's design is the default: its two impact
  /// alliances' beneficiaries against the 400 controls; `--design all` takes every survey, and
  /// the text says which design it used.
  @Test func compareUsesTheStudysDesignUnlessAsked() throws {
    let study = try json(["analyze", "compare", "--store", Self.store, "--by", "beneficiary", "--json"])
    let all = try json([
      "analyze", "compare", "--store", Self.store, "--by", "beneficiary", "--design", "all", "--json",
    ])
    #expect(study["design"] as? String == "study")
    #expect(all["design"] as? String == "all")
    let (studyN, allN) = (study["n"] as! [Int], all["n"] as! [Int])
    #expect(studyN[1] == 400 && allN[1] == 400, "the controls are the study's either way")
    #expect(studyN[0] > 100 && studyN[0] < 160, "two alliances of about 72 beneficiaries: \(studyN)")
    #expect(allN[0] > 10 * studyN[0], "every surveyed beneficiary: \(allN)")
    let training = try json(["analyze", "compare", "--store", Self.store, "--by", "training", "--json"])
    #expect((training["n"] as! [Int]).reduce(0, +) == 718, "the micro study's beneficiaries")
    let es = try alianzas(["analyze", "compare", "--store", Self.store, "--by", "tenure"])
    #expect(es.out.hasPrefix("Diseño: Diseño del estudio"))
    let en = try alianzas([
      "analyze", "compare", "--store", Self.store, "--by", "tenure", "--design", "all", "--lang", "en",
    ])
    #expect(en.out.hasPrefix("Design: Every complete survey"))
    let bad = try alianzas([
      "analyze", "compare", "--store", Self.store, "--by", "tenure", "--design", "some",
    ])
    #expect(bad.status != 0 && bad.err.contains("study"))
    // A programme's own store has monitoring surveys only: the study's design is refused by name,
    // and the default is every survey.
    let own = temporaryFolder("analyze-monitoring-only")
    try FileManager.default.copyItem(atPath: Self.store, toPath: own)
    let households = own + "/households"
    for file in try FileManager.default.contentsOfDirectory(atPath: households) {
      let path = households + "/" + file
      let text = try String(contentsOfFile: path, encoding: .utf8)
      try text.replacingOccurrences(
        of: #"\s*"sample" : "(study|impact)","#, with: "", options: .regularExpression
      )
      .write(toFile: path, atomically: true, encoding: .utf8)
    }
    let refused = try alianzas(["analyze", "compare", "--store", own, "--by", "tenure", "--design", "study"])
    #expect(refused.status != 0 && refused.err.contains("no tiene encuestas del estudio"), "\(refused.err)")
    let every = try json(["analyze", "compare", "--store", own, "--by", "tenure", "--json"])
    #expect(every["design"] as? String == "all")
  }

  @Test func anyCSVWithAHeaderRow() throws {
    let rossi = fixturesFolder + "/rossi.csv"
    let out = try json([
      "analyze", "survival", "--csv", rossi, "--time", "week", "--event", "arrest", "--group", "fin",
      "--covariates", "fin,age,race,wexp,mar,paro,prio", "--ties", "breslow", "--json",
    ])
    let cox = out["cox"] as! [String: Any]
    #expect(cox["ties"] as? String == "breslow")
    let fin = (cox["coefficients"] as! [[String: Any]])[0]
    #expect(abs((fin["coef"] as! Double) - (-0.379022)) < 1e-4)
    #expect(out["logrank"] != nil)
    let plain = try json([
      "analyze", "survival", "--csv", rossi, "--time", "week", "--event", "arrest", "--json",
    ])
    #expect(plain["logrank"] == nil && plain["cox"] == nil)
  }

  @Test func badCSVsNameTheRowAndColumn() throws {
    let folder = temporaryFolder()
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let cases: [(String, String)] = [
      ("t,e\n3,1\n,0\n", "fila 3, columna «t»: falta el valor"),
      ("t,e\n3,1\nabc,0\n", "fila 3, columna «t»: «abc» no es un número"),
      ("t,e\n-2,1\n", "fila 2, columna «t»: el tiempo no puede ser negativo"),
      ("t,e\n2,7\n", "fila 2, columna «e»: el evento debe ser 0 o 1"),
      ("x,e\n2,1\n", "no hay una columna «t» (columnas: x, e)"),
    ]
    for (n, (text, message)) in cases.enumerated() {
      let path = folder + "/case\(n).csv"
      #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
      let result = try alianzas(["analyze", "survival", "--csv", path, "--time", "t", "--event", "e"])
      #expect(result.status == 2)
      #expect(result.err == "alianzas: case\(n).csv: \(message)\n")
    }
    let missing = try alianzas([
      "analyze", "survival", "--csv", folder + "/none.csv", "--time", "t", "--event", "e",
    ])
    #expect(missing.status == 2 && missing.err.contains("none.csv"))
    let flags = try alianzas(["analyze", "survival", "--csv", "x.csv"])
    #expect(flags.err.contains("hacen falta --time y --event"))
  }
}
