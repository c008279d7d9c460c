import AlianzasDomain
import Foundation
import Testing

/// `alianzas import` driven as a person would: an export brought back into a store that lacks
/// what it holds, a spreadsheet written by hand in a Spanish Excel's conventions, the trial run,
/// the rejected rows, a map, and an import killed half-way.
@Suite("Import from CSV and Excel", .serialized)
struct ImportTests {
  /// Every table an import reads, in the order it reads them.
  static let tables = [
    "alliances", "lifecycle", "poa", "agreements", "ruptures", "visits", "deliveries", "commitments",
    "poa_progress", "finance_movements", "households", "survey_answers_wide",
  ]
  /// Every table an export writes: the round trip must give each back byte for byte.
  static let exported = tables + ["survey_answers", "household_scores"]
  static let environment = ["ALIANZAS_OFFICER": "Importadora", "ALIANZAS_DEVICE": "laptop-import"]
  static let sensitive = ["--include-sensitive", "displaced,afro_colombian,indigenous"]

  /// A small demo and its export, CSV and Excel, made once.
  static let source: (store: String, csv: String, xlsx: String) = {
    let store = temporaryFolder("import-source")
    _ = try? alianzas(["demo", "--store", store, "--scale", "0.05", "--no-open"])
    let csv = temporaryFolder("import-csv"), xlsx = temporaryFolder("import-xlsx") + ".xlsx"
    let tables = exported.flatMap { ["--table", $0] } + sensitive
    _ = try? alianzas(["export", "--store", store, "--out", csv] + tables)
    _ = try? alianzas(["export", "--store", store, "--format", "xlsx", "--out", xlsx] + tables)
    return (store, csv, xlsx)
  }()

  /// A store with nothing in it but the demo's manifest (its "today").
  static func emptyStore(_ name: String) throws -> String {
    let store = temporaryFolder(name)
    for folder in ["alliances", "households"] {
      try FileManager.default.createDirectory(atPath: store + "/" + folder, withIntermediateDirectories: true)
    }
    try FileManager.default.copyItem(atPath: source.store + "/store.json", toPath: store + "/store.json")
    return store
  }

  static func pairs(_ folder: String, workbook: String? = nil) -> [String] {
    tables.flatMap { [$0, workbook ?? folder + "/" + $0 + ".csv"] }
  }

  func export(_ store: String) throws -> String {
    let out = temporaryFolder("import-reexport")
    let run = try alianzas(
      ["export", "--store", store, "--out", out] + Self.exported.flatMap { ["--table", $0] } + Self.sensitive)
    #expect(run.status == 0, "\(run.err)")
    return out
  }

  /// A record file as JSON with what an import gives its own records taken out: who saved them
  /// and when, the ids of records no table names (alliances, households, buyers, movements),
  /// when a survey was started and completed on a tablet, and a reviewed duplicate's mark.
  static func comparableRecord(_ path: String) throws -> NSDictionary {
    func strip(_ value: Any) -> Any {
      if let object = value as? [String: Any] {
        var out: [String: Any] = [:]
        for (key, item) in object
        where !["stamp", "id", "recordedAt", "startedAt", "completedAt", "distinctFrom"].contains(key) {
          out[key] = strip(item)
        }
        return out
      }
      if let list = value as? [Any] { return list.map(strip) }
      return value
    }
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
    return strip(json) as! NSDictionary
  }

  @Test func exportRoundTripsIntoAnEmptyStore() throws {
    let (source, csv, xlsx) = Self.source
    let sourceSummary = try alianzas(["summary", "--store", source, "--json"]).out
    var exports: [String] = []
    for workbook in [nil, xlsx] {
      let store = try Self.emptyStore("import-round")
      let run = try alianzas(
        ["import", "--store", store, "--distinct-duplicates"] + Self.pairs(csv, workbook: workbook),
        environment: Self.environment)
      #expect(run.status == 0, "\(run.out)\n\(run.err)")
      let reexport = try export(store)
      exports.append(reexport)
      for table in Self.exported {
        let original = try String(contentsOfFile: csv + "/" + table + ".csv", encoding: .utf8)
        let back = try String(contentsOfFile: reexport + "/" + table + ".csv", encoding: .utf8)
        #expect(
          original == back, "\(table) differs after the round trip (\(workbook == nil ? "CSV" : "xlsx"))")
        #expect(original.split(separator: "\r\n").count > 1, "\(table) is empty")
      }
      let summary = try alianzas(["summary", "--store", store, "--json"]).out
      #expect(summary == sourceSummary, "summary --json differs")
      for folder in ["alliances", "households"] {
        for name in try FileManager.default.contentsOfDirectory(atPath: source + "/" + folder)
        where name.hasSuffix(".json") {
          let a = try Self.comparableRecord(source + "/" + folder + "/" + name)
          let b = try Self.comparableRecord(store + "/" + folder + "/" + name)
          #expect(a == b, "\(folder)/\(name) differs beyond stamps and ids")
        }
      }
      // The history says where the records came from and who imported them.
      let history = everyByte(store + "/history").values.map { String(decoding: $0, as: UTF8.self) }.joined()
      #expect(history.contains("\"reason\":\"importado de "), "no reason in the history")
      #expect(history.contains("Importadora"))
      // Importing the same files again changes nothing, not even the history.
      let before = everyByte(store).filter { !$0.key.hasPrefix(".") }
      let again = try alianzas(
        ["import", "--store", store, "--distinct-duplicates"] + Self.pairs(csv, workbook: workbook),
        environment: Self.environment)
      #expect(again.status == 0)
      #expect(
        !again.out.contains("Crear: 1") && again.out.contains("Crear: 0 · actualizar: 0"), "\(again.out)")
      let after = everyByte(store).filter { !$0.key.hasPrefix(".") }
      #expect(before == after, "a re-import changed the store")
    }
    #expect(exports.count == 2)
  }

  /// Rows in any order, as a spreadsheet sorted by name gives them: the same records as the
  /// export's order, households and surveys alike (rosters are read alliance by alliance).
  @Test func rowsInAnyOrderGiveTheSameRecords() throws {
    let (_, csv, _) = Self.source
    let shuffled = temporaryFolder("import-shuffled")
    try FileManager.default.createDirectory(atPath: shuffled, withIntermediateDirectories: true)
    var random = SeededGenerator(seed: 26)
    let tables = ["alliances", "households", "survey_answers_wide"]
    for table in tables {
      let lines = try String(contentsOfFile: csv + "/" + table + ".csv", encoding: .utf8)
        .split(separator: "\r\n").map(String.init)
      let body = table == "alliances" ? Array(lines.dropFirst()) : lines.dropFirst().shuffled(using: &random)
      try ([lines[0]] + body).joined(separator: "\r\n").appending("\r\n")
        .write(toFile: shuffled + "/" + table + ".csv", atomically: true, encoding: .utf8)
    }
    let store = try Self.emptyStore("import-shuffled-store")
    let run = try alianzas(
      ["import", "--store", store, "--distinct-duplicates"]
        + tables.flatMap { [$0, shuffled + "/" + $0 + ".csv"] },
      environment: Self.environment)
    #expect(run.status == 0, "\(run.out)\n\(run.err)")
    let reexport = try export(store)
    // The alliances' own figures need the tables left out here; their households need nothing more.
    for table in ["households", "survey_answers_wide"] {
      let original = try String(contentsOfFile: csv + "/" + table + ".csv", encoding: .utf8)
        .split(separator: "\r\n").sorted()
      let back = try String(contentsOfFile: reexport + "/" + table + ".csv", encoding: .utf8)
        .split(separator: "\r\n").sorted()
      #expect(original == back, "\(table): shuffled rows gave other records")
    }
  }

  /// A roster typed by hand in a Spanish spreadsheet: semicolons, labels instead of codes, dates
  /// as a Colombian writes them, and five rows with five different mistakes.
  static func handTyped(_ alliance: String, existing: String) -> String {
    """
    alliance_code;household_code;group;head_name;document_number;village;members;minors;trained;joined;displaced
    \(alliance);\(alliance)-H901;Beneficiario;Ana Pérez Mora;1234567;La Loma;4;1;Sí;15/03/2012;
    \(alliance);\(alliance)-H902;Control;Luis Gómez;7654321;La Loma;3;0;No;;
    \(alliance);\(alliance)-H903;Beneficiario;Rosa Díaz;;El Alto;tres;0;Sí;;
    XXX-2000-999;XXX-2000-999-H001;Beneficiario;Pedro Ruiz;;;2;0;No;;
    \(alliance);\(alliance)-H901;Beneficiario;Ana Pérez Mora;1234567;La Loma;4;1;Sí;15/03/2012;
    \(alliance);\(alliance)-H904;Beneficiario;Marta Ríos;;;2;0;Sí;;Sí
    \(alliance);\(alliance)-H905;Beneficiario;Juan Cano;\(existing);;2;5;Sí;31/02/2013;

    """
  }

  @Test func trialRunRejectedRowsAndWhatIsKept() throws {
    let store = temporaryFolder("import-hand")
    try FileManager.default.copyItem(atPath: Self.source.store, toPath: store)
    let rosters = try FileManager.default.contentsOfDirectory(atPath: store + "/households").filter {
      $0.hasSuffix(".json")
    }.sorted()
    let alliance = String(rosters[0].dropLast(5))
    let roster =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: store + "/households/" + rosters[0]))) as! [String: Any]
    let households = roster["households"] as! [[String: Any]]
    let existing = households.compactMap { $0["documentNumber"] as? String }.first { !$0.isEmpty }!
    let file = temporaryFolder("import-hand-file") + ".csv"
    try Self.handTyped(alliance, existing: existing).write(toFile: file, atomically: true, encoding: .utf8)
    let name = (file as NSString).lastPathComponent
    let before = everyByte(store)

    let trial = try alianzas(["import", "--store", store, "--dry-run", "households", file])
    #expect(trial.status == 1)
    #expect(trial.out.contains("Crear: 2 · actualizar: 0 · sin cambios: 0 · con error: 5"), "\(trial.out)")
    for expected in [
      "\(name):4:members: «tres» no es un número entero",
      "\(name):5:alliance_code: no hay una alianza «XXX-2000-999» en el almacén",
      "\(name):6: repite la fila 2",
      "\(name):7:displaced: el titular no ha autorizado datos sensibles",
      "\(name):8:document_number: posible duplicado: el documento \(existing) es del hogar",
      "\(name):8:joined: «31/02/2013» no es una fecha",
    ] {
      #expect(trial.out.contains(expected), "missing «\(expected)» in\n\(trial.out)")
    }
    #expect(trial.out.contains("no se escribió nada"))
    #expect(everyByte(store) == before, "a trial run wrote")

    let refused = try alianzas(["import", "--store", store, "households", file])
    #expect(refused.status == 1)
    #expect(refused.out.contains("No se escribió nada: 5 filas tienen errores"), "\(refused.out)")
    // Only the lock (taken and given back) may differ.
    #expect(everyByte(store).filter { $0.key != ".lock" } == before.filter { $0.key != ".lock" })

    let english = try alianzas(["import", "--store", store, "--lang", "en", "--dry-run", "households", file])
    #expect(english.out.contains("\(name):4:members: \"tres\" is not a whole number"), "\(english.out)")
    #expect(!english.out.contains("no es"), "Spanish in the English report")

    let kept = try alianzas(
      ["import", "--store", store, "--skip-bad", "households", file], environment: Self.environment)
    #expect(kept.status == 0, "\(kept.out)\n\(kept.err)")
    let rejected = String(file.dropLast(4)) + ".rechazadas.csv"
    let rows = try String(contentsOfFile: rejected, encoding: .utf8).split(separator: "\r\n")
    #expect(rows.count == 6, "header and five rejected rows: \(rows)")
    #expect(rows[0].hasSuffix(";motivo_rechazo"))
    let saved =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: store + "/households/" + rosters[0]))) as! [String: Any]
    let byCode = Dictionary(
      uniqueKeysWithValues: (saved["households"] as! [[String: Any]]).map { ($0["code"] as! String, $0) })
    let ana = try #require(byCode["\(alliance)-H901"])
    #expect(ana["joined"] as? String == "2012-03-15")
    #expect(ana["group"] as? String == "beneficiary")
    #expect(ana["trained"] as? Bool == true)
    #expect(byCode["\(alliance)-H902"]?["group"] as? String == "control")
    #expect(byCode["\(alliance)-H903"] == nil && byCode["\(alliance)-H904"] == nil)
  }

  @Test func mapTranslatesHeadersAndLabels() throws {
    let store = temporaryFolder("import-map")
    try FileManager.default.copyItem(atPath: Self.source.store, toPath: store)
    let alliance = try FileManager.default.contentsOfDirectory(atPath: store + "/alliances").filter {
      $0.hasSuffix(".json")
    }.sorted()[0].dropLast(5)
    let file = temporaryFolder("import-map-file") + ".csv"
    try """
    Alianza,Código,Tipo,Titular,Cédula,Personas,Menores
    \(alliance),\(alliance)-H950,Socia,Carmen Rojas,99887766,3,1

    """.write(toFile: file, atomically: true, encoding: .utf8)
    let map = temporaryFolder("import-map-map") + ".csv"
    try """
    from,to,column
    Alianza,alliance_code,
    Código,household_code,
    Tipo,group,
    Titular,head_name,
    Cédula,document_number,
    Personas,members,
    Menores,minors,
    Socia,beneficiary,group

    """.write(toFile: map, atomically: true, encoding: .utf8)
    let run = try alianzas(["import", "--store", store, "--map", map, "households", file])
    #expect(run.status == 0, "\(run.out)\n\(run.err)")
    #expect(run.out.contains("Crear: 1"), "\(run.out)")
    let badMap = temporaryFolder("import-map-bad") + ".csv"
    try "desde,hacia\nA,B\n".write(toFile: badMap, atomically: true, encoding: .utf8)
    let bad = try alianzas(["import", "--store", store, "--map", badMap, "households", file])
    #expect(bad.status == 2)
    #expect(bad.err.contains("la primera fila debe ser from,to"), "\(bad.err)")
  }

  @Test func filesThatAreNotWhatTheySay() throws {
    let store = Self.source.store
    let fake = temporaryFolder("import-fake") + ".xlsx"
    try "alliance_code,household_code\n".write(toFile: fake, atomically: true, encoding: .utf8)
    let notZip = try alianzas(["import", "--store", store, "--dry-run", "households", fake])
    #expect(notZip.status == 2)
    #expect(notZip.err.contains((fake as NSString).lastPathComponent), "\(notZip.err)")
    let noKey = temporaryFolder("import-nokey") + ".csv"
    try "household_code,head_name\nX-H1,Ana\n".write(toFile: noKey, atomically: true, encoding: .utf8)
    let missing = try alianzas(["import", "--store", store, "--dry-run", "households", noKey])
    #expect(missing.status == 2)
    #expect(missing.err.contains("falta la columna «alliance_code»"), "\(missing.err)")
    let unknown = try alianzas(["import", "--store", store, "hogares", noKey])
    #expect(unknown.status != 0)
    #expect(unknown.err.contains("No hay una tabla «hogares»"), "\(unknown.err)")
  }

  /// Killed while it saves, run again: the store ends as a clean import leaves it.
  @Test func killedHalfWayThenRunAgain() throws {
    let (source, csv, _) = Self.source
    let clean = try Self.emptyStore("import-clean")
    _ = try alianzas(
      ["import", "--store", clean, "--distinct-duplicates"] + Self.pairs(csv), environment: Self.environment)
    let cleanExport = try export(clean)
    let total =
      try FileManager.default.contentsOfDirectory(atPath: source + "/alliances").count
      + FileManager.default.contentsOfDirectory(atPath: source + "/households").count
    var killedMidway = 0
    for delay in [0.3, 0.5, 0.7, 0.9, 1.1, 1.4, 1.8, 2.4] {
      let store = try Self.emptyStore("import-killed")
      let process = Process()
      process.executableURL = URL(fileURLWithPath: binaryFolder + "/alianzas")
      process.arguments = ["import", "--store", store, "--distinct-duplicates"] + Self.pairs(csv)
      var environment = ProcessInfo.processInfo.environment
      for (k, v) in Self.environment { environment[k] = v }
      process.environment = environment
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      Thread.sleep(forTimeInterval: delay)
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      guard process.terminationReason == .uncaughtSignal else { continue }
      let written = ["alliances", "households"].reduce(0) { sum, folder in
        sum
          + ((try? FileManager.default.contentsOfDirectory(atPath: store + "/" + folder)) ?? []).filter {
            $0.hasSuffix(".json")
          }.count
      }
      // Some record files written and not all: the kill landed while the import was saving.
      if written > 0 && written < total { killedMidway += 1 }
      let again = try alianzas(
        ["import", "--store", store, "--distinct-duplicates"] + Self.pairs(csv), environment: Self.environment
      )
      #expect(again.status == 0, "\(again.out)\n\(again.err)")
      let reexport = try export(store)
      for table in Self.exported {
        let a = try String(contentsOfFile: cleanExport + "/" + table + ".csv", encoding: .utf8)
        let b = try String(contentsOfFile: reexport + "/" + table + ".csv", encoding: .utf8)
        #expect(a == b, "\(table) differs from a clean import after a kill at \(delay) s")
      }
      let check = try alianzas(["validate", "--store", store])
      #expect(check.status == 0, "\(check.out)\n\(check.err)")
    }
    #expect(killedMidway > 0, "no kill landed while the import was saving")
  }
}
