import Foundation
import Testing

/// `alianzas import` driven as a person would: an export brought back into a store that lacks
/// what it holds, a spreadsheet written by hand in a Spanish Excel's conventions, the trial run,
/// the rejected rows, a map, and an import killed half-way.
@Suite("Import from CSV and Excel", .serialized)
struct ImportTests {
  static let tables = ["agreements", "ruptures", "visits", "deliveries", "finance_movements", "households"]
  /// Columns an export computes from records the import does not bring (survey answers, a
  /// visit's commitments): the only ones allowed to differ after the round trip.
  static let computed: [String: Set<String>] = ["households": ["surveys"], "visits": ["commitments"]]
  static let environment = ["ALIANZAS_OFFICER": "Importadora", "ALIANZAS_DEVICE": "laptop-import"]

  /// A small demo and its export, CSV and Excel, made once.
  static let source: (store: String, csv: String, xlsx: String) = {
    let store = temporaryFolder("import-source")
    _ = try? alianzas(["demo", "--store", store, "--scale", "0.05", "--no-open"])
    let csv = temporaryFolder("import-csv"), xlsx = temporaryFolder("import-xlsx") + ".xlsx"
    let tables = (Self.tables + ["alliances"]).flatMap { ["--table", $0] }
    _ = try? alianzas(["export", "--store", store, "--out", csv] + tables)
    _ = try? alianzas(["export", "--store", store, "--format", "xlsx", "--out", xlsx] + tables)
    return (store, csv, xlsx)
  }()

  /// A copy of the demo with what the six tables hold taken out: no agreements, visits or
  /// finance movements, no households, no history.
  static func strippedCopy(_ name: String) throws -> String {
    let copy = temporaryFolder(name)
    try FileManager.default.copyItem(atPath: source.store, toPath: copy)
    for folder in ["history", ".cache", "households"] {
      try? FileManager.default.removeItem(atPath: copy + "/" + folder)
    }
    try FileManager.default.createDirectory(atPath: copy + "/households", withIntermediateDirectories: true)
    let folder = copy + "/alliances"
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".json") {
      let path = folder + "/" + name
      var a =
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
      a["agreements"] = []
      a["visits"] = []
      var finance = a["finance"] as! [String: Any]
      finance["cofinancing"] = []
      finance["disbursements"] = []
      var fund = finance["fund"] as! [String: Any]
      fund["repayments"] = []
      fund["loans"] = []
      finance["fund"] = fund
      a["finance"] = finance
      try JSONSerialization.data(withJSONObject: a, options: [.prettyPrinted, .sortedKeys])
        .write(to: URL(fileURLWithPath: path))
    }
    return copy
  }

  static func pairs(_ folder: String, workbook: String? = nil) -> [String] {
    tables.flatMap { [$0, workbook ?? folder + "/" + $0 + ".csv"] }
  }

  /// A table's lines without the columns the import does not carry and without `skipping` rows
  /// (keyed by their second cell).
  static func comparable(_ path: String, table: String, skipping: Set<String> = []) throws -> [String] {
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\r\n").map(String.init)
    guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false) else { return [] }
    let drop = Set(header.indices.filter { computed[table, default: []].contains(String(header[$0])) })
    return lines.compactMap { line in
      let cells = line.split(separator: ",", omittingEmptySubsequences: false)
      if cells.count > 1, skipping.contains(String(cells[1])) { return nil }
      return cells.indices.filter { !drop.contains($0) }.map { String(cells[$0]) }.joined(separator: ",")
    }
  }

  func export(_ store: String) throws -> String {
    let out = temporaryFolder("import-reexport")
    let tables = (Self.tables + ["alliances"]).flatMap { ["--table", $0] }
    let run = try alianzas(["export", "--store", store, "--out", out] + tables)
    #expect(run.status == 0, "\(run.err)")
    return out
  }

  /// Households the demo itself holds twice (a document number drawn twice): refused as
  /// possible duplicates, which is the import doing its job.
  func refusedDuplicates(_ output: String) -> Set<String> {
    Set(
      output.split(separator: "\n").filter { $0.contains("posible duplicado") }.compactMap { line in
        line.split(separator: " ").first { $0.contains("-H") && !$0.contains(":") }.map(String.init)
      })
  }

  @Test func exportRoundTripsThroughCSVAndWorkbook() throws {
    let (_, csv, xlsx) = Self.source
    var exports: [String] = []
    for workbook in [nil, xlsx] {
      let store = try Self.strippedCopy("import-round")
      let run = try alianzas(
        ["import", "--store", store, "--skip-bad"] + Self.pairs(csv, workbook: workbook),
        environment: Self.environment)
      #expect(run.status == 0, "\(run.out)\n\(run.err)")
      // Any refusal is a duplicate the demo holds; nothing else may be refused.
      let refusedLines = run.out.split(separator: "\n").filter {
        $0.hasPrefix("households.") && $0.contains(":")
      }
      #expect(
        refusedLines.allSatisfy { $0.contains("posible duplicado") || $0.contains("calcula") }, "\(run.out)")
      let reexport = try export(store)
      exports.append(reexport)
      for table in Self.tables + ["alliances"] {
        let skipping = table == "households" ? Set(duplicatedCodes(run.out, csv: csv)) : []
        let original = try Self.comparable(csv + "/" + table + ".csv", table: table, skipping: skipping)
        let back = try Self.comparable(reexport + "/" + table + ".csv", table: table, skipping: skipping)
        #expect(
          original == back, "\(table) differs after the round trip (\(workbook == nil ? "CSV" : "xlsx"))")
        #expect(original.count > 1, "\(table) is empty")
      }
      // The history says where the records came from and who imported them.
      let history = everyByte(store + "/history").values.map { String(decoding: $0, as: UTF8.self) }.joined()
      #expect(history.contains("\"reason\":\"importado de "), "no reason in the history")
      #expect(history.contains("Importadora"))
      // Importing the same files again changes nothing, not even the history.
      let before = everyByte(store).filter { !$0.key.hasPrefix(".") && !$0.key.hasPrefix("store.lock") }
      let again = try alianzas(
        ["import", "--store", store, "--skip-bad"] + Self.pairs(csv, workbook: workbook),
        environment: Self.environment)
      #expect(again.out.contains("Crear: 0 · actualizar: 0"), "\(again.out)")
      let after = everyByte(store).filter { !$0.key.hasPrefix(".") && !$0.key.hasPrefix("store.lock") }
      #expect(before == after, "a re-import changed the store")
    }
    // The workbook and the CSV bring in the same records.
    for table in Self.tables {
      let a = try String(contentsOfFile: exports[0] + "/" + table + ".csv", encoding: .utf8)
      let b = try String(contentsOfFile: exports[1] + "/" + table + ".csv", encoding: .utf8)
      #expect(a == b, "\(table): the workbook and the CSV imported differently")
    }
  }

  /// The household codes of the rows the demo holds twice, read from the rejected rows' file.
  func duplicatedCodes(_ output: String, csv: String) -> [String] {
    let path = csv + "/households.rechazadas.csv"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
    return text.split(separator: "\r\n").dropFirst().compactMap { line in
      let cells = line.split(separator: ",", omittingEmptySubsequences: false)
      return cells.count > 1 ? String(cells[1]) : nil
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
    let (_, csv, _) = Self.source
    let clean = try Self.strippedCopy("import-clean")
    _ = try alianzas(
      ["import", "--store", clean, "--skip-bad"] + Self.pairs(csv), environment: Self.environment)
    let cleanExport = try export(clean)
    var killedMidway = false
    for delay in [0.25, 0.4, 0.6, 0.9, 1.3, 2.0] where !killedMidway {
      let store = try Self.strippedCopy("import-killed")
      let process = Process()
      process.executableURL = URL(fileURLWithPath: binaryFolder + "/alianzas")
      process.arguments = ["import", "--store", store, "--skip-bad"] + Self.pairs(csv)
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
      let rosters = (try? FileManager.default.contentsOfDirectory(atPath: store + "/households")) ?? []
      // Some files written and not all: the kill landed while saving.
      killedMidway = rosters.contains { $0.hasSuffix(".json") } || killedMidway
      let again = try alianzas(
        ["import", "--store", store, "--skip-bad"] + Self.pairs(csv), environment: Self.environment)
      #expect(again.status == 0, "\(again.out)\n\(again.err)")
      let reexport = try export(store)
      for table in Self.tables + ["alliances"] {
        let a = try String(contentsOfFile: cleanExport + "/" + table + ".csv", encoding: .utf8)
        let b = try String(contentsOfFile: reexport + "/" + table + ".csv", encoding: .utf8)
        #expect(a == b, "\(table) differs from a clean import after a kill at \(delay) s")
      }
      let check = try alianzas(["validate", "--store", store])
      #expect(check.status == 0, "\(check.out)\n\(check.err)")
    }
    #expect(killedMidway, "no kill landed while the import was saving")
  }
}
