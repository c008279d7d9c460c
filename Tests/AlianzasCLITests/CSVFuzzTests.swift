import AlianzasDomain
import Foundation
import Testing

@testable import alianzas

/// Hostile CSV files for `analyze survival --csv`, read and analysed in process the way the
/// command does: each is refused with a message naming the file (and the row and column when a
/// cell is at fault) or analysed to the end without a crash. Bounded for `swift test`;
/// ALIANZAS_FUZZ_CASES raises it (the reliability run uses 10,000).
@Suite("Fuzzed CSV inputs")
struct CSVFuzzTests {
  static let cases = Int(ProcessInfo.processInfo.environment["ALIANZAS_FUZZ_CASES"] ?? "") ?? 2000

  struct Base {
    var text: String
    var time: String
    var event: String
    var group: String?
    var covariates: [String]
  }

  static let bases: [Base] = {
    let rossi = (try? String(contentsOfFile: fixturesFolder + "/rossi.csv", encoding: .utf8)) ?? ""
    let small = rossi.split(separator: "\n").prefix(60).joined(separator: "\n") + "\n"
    return [
      Base(text: small, time: "week", event: "arrest", group: "fin", covariates: ["age", "prio"]),
      Base(text: small, time: "week", event: "arrest", group: nil, covariates: []),
      Base(
        text: "días;ruptura;región;área\n120;1;Andina;3,5\n400;0;Caribe;1,25\n75;1;Andina;0,5\n"
          + "300;1;Pacífico;2\n510;0;Caribe;4,75\n33;1;Orinoquía;1\n",
        time: "días", event: "ruptura", group: "región", covariates: ["área"]),
      Base(
        text: "\u{FEFF}t\te\tg\r\n5\t1\ta\r\n8\t0\tb\r\n\r\n13\t1\t\"a, b\"\r\n21\t1\tb\r\n",
        time: "t", event: "e", group: "g", covariates: []),
    ]
  }()

  static let hostile = [
    "", "-1", "1e999", "-1e999", "nan", "inf", "0x1p3", "１２", "1.2.3", "٣",
    String(repeating: "9", count: 400),
    "\u{202E}31", "🌽", "\u{0}", "\"", "\"\"", "2", "1e-400", "1,5", " 7 ", "+3", "1e", ".5", "3.", "-0",
    String(repeating: "a", count: 100_000), "\"x\ny\"", "1;2", "1,2,3",
  ]

  static func mutate(_ base: String, _ rng: inout SeededGenerator) -> [UInt8] {
    var b = Array(base.utf8)
    func position() -> Int { b.isEmpty ? 0 : rng.int(0...b.count - 1) }
    switch rng.int(0...11) {
    case 0: b = Array(b.prefix(rng.int(0...max(0, b.count - 1))))
    case 1:
      for _ in 0...rng.int(0...5) where !b.isEmpty { b[position()] ^= UInt8(1 << rng.int(0...7)) }
    case 2: b.insert(UInt8(ascii: "\""), at: position())
    case 3:
      let delimiters = b.indices.filter { [UInt8(ascii: ","), UInt8(ascii: ";"), 9].contains(b[$0]) }
      if !delimiters.isEmpty { b.remove(at: rng.pick(delimiters)) }
    case 4: b.insert(rng.pick([UInt8(ascii: ","), UInt8(ascii: ";"), 9, 10, 13]), at: position())
    case 5, 6:
      // A cell (not the header) replaced by something a spreadsheet or a person might write.
      var lines = base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let i = rng.int(1...max(1, lines.count - 2))
      guard i < lines.count else { break }
      let delimiter: Character = lines[0].contains(";") ? ";" : lines[0].contains("\t") ? "\t" : ","
      var cells = lines[i].split(separator: delimiter, omittingEmptySubsequences: false).map(String.init)
      if !cells.isEmpty { cells[rng.int(0...cells.count - 1)] = rng.pick(hostile) }
      lines[i] = cells.joined(separator: String(delimiter))
      b = Array(lines.joined(separator: "\n").utf8)
    case 7: b.insert(rng.pick([0xFF, 0xC3, 0x80, 0xED, 0xFE]), at: position())
    case 8:
      // The header repeats a column, or loses one.
      var lines = base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let delimiter: Character = lines[0].contains(";") ? ";" : lines[0].contains("\t") ? "\t" : ","
      var names = lines[0].split(separator: delimiter).map(String.init)
      if rng.chance(0.5), names.count > 1 {
        names[rng.int(1...names.count - 1)] = names[0]
      } else {
        names.removeLast()
      }
      lines[0] = names.joined(separator: String(delimiter))
      b = Array(lines.joined(separator: "\n").utf8)
    case 9: b = (0..<rng.int(0...300)).map { _ in UInt8(rng.int(0...255)) }
    case 10:
      b = Array(base.replacingOccurrences(of: "\n", with: rng.pick(["\r\n", "\n\n", "\r", "\n \n"])).utf8)
    default:
      // Many rows: the same body repeated.
      let lines = base.split(separator: "\n")
      b = Array(
        ([String(lines[0])]
          + Array(repeating: lines.dropFirst().joined(separator: "\n"), count: rng.int(2...40)))
          .joined(separator: "\n").utf8)
    }
    return b
  }

  @Test func hostileCSVsAreRefusedWithTheirPlaceOrAnalysed() throws {
    #expect(Self.bases[0].text.count > 500, "the rossi fixture was found")
    var rng = SeededGenerator(seed: 1965)
    var refused = 0, analysed = 0, coxRefused = 0
    for n in 0..<Self.cases {
      let base = rng.pick(Self.bases)
      let bytes = Self.mutate(base.text, &rng)
      let table: SurvivalTable
      do {
        table = try SurvivalTable(
          CSVInput(bytes: bytes, file: "caso.csv"), time: base.time, event: base.event, group: base.group,
          covariates: base.covariates)
      } catch {
        refused += 1
        for language in [Language.es, .en] {
          let message = error.message(language)
          #expect(message.hasPrefix("caso.csv: ") && message.count > 15, "case \(n): \(message)")
          if message.contains("columna «") || message.contains("column «") {
            #expect(
              message.contains("fila ") || message.contains("row ") || message.contains("encabezado")
                || message.contains("header") || message.contains("no hay") || message.contains("no column"),
              "case \(n): a cell error names its row: \(message)")
          }
        }
        continue
      }
      analysed += 1
      var fit: CoxFit?
      if !table.covariateNames.isEmpty {
        do {
          fit = try CoxModel.fit(
            times: table.times, events: table.events, flat: table.covariates,
            names: table.covariateNames,
            ties: .efron)
        } catch {
          coxRefused += 1
          #expect(!error.message(.es).isEmpty)
        }
      }
      let report = SurvivalReport(groups: table.groups, cox: fit, timeUnit: base.time, fromStore: false)
      #expect(!report.text(.es).isEmpty && !report.text(.en).isEmpty)
      for group in report.km.groups {
        #expect(group.subjects >= group.events, "case \(n)")
      }
    }
    #expect(
      refused > Self.cases / 4 && analysed > Self.cases / 10, "\(refused) refused, \(analysed) analysed")
    print(
      "CSV fuzz: \(Self.cases) cases, \(refused) refused, \(analysed) analysed, \(coxRefused) Cox fits refused"
    )
  }

  @Test func spreadsheetHabitsAreUnderstood() throws {
    let semicolons = try SurvivalTable(
      CSVInput(bytes: Array(Self.bases[2].text.utf8), file: "hoja.csv"), time: "días", event: "ruptura",
      group: "región", covariates: ["área"])
    #expect(semicolons.times == [120, 400, 75, 300, 510, 33])
    #expect(semicolons.covariates == [3.5, 1.25, 0.5, 2, 4.75, 1])
    let tabs = try SurvivalTable(
      CSVInput(bytes: Array(Self.bases[3].text.utf8), file: "hoja.tsv"), time: "t", event: "e", group: "g",
      covariates: [])
    #expect(tabs.times == [5, 8, 13, 21], "byte-order mark, CRLF and a blank line")
    #expect(tabs.groupNames == ["a", "b", "a, b", "b"])
  }

  @Test(arguments: [
    ("t,e\n1,1\n2\n", "caso.csv: fila 3: tiene 1 valores y el encabezado 2 columnas"),
    ("t,e\n1,1\n\"2,1\n", "caso.csv: fila 3: abre comillas que no se cierran"),
    ("t,e\n1,1\n2x\"y,1\n", "caso.csv: fila 3: comillas mal puestas"),
    ("t,e,t\n1,1,2\n", "caso.csv: la columna «t» aparece 2 veces en el encabezado (posiciones 1, 3)"),
    // 0xC3 becomes 0x81 below: a byte neither UTF-8 nor Windows-1252 gives any meaning.
    ("t,e\n1,1\n\u{FF}", "caso.csv: línea 3: no es texto UTF-8 ni Windows-1252"),
    ("t,e\n0x1p3,1\n", "caso.csv: fila 2, columna «t»: «0x1p3» no es un número"),
    ("t,e\n1e999,1\n", "caso.csv: fila 2, columna «t»: «1e999» es demasiado grande"),
    ("t,e\nnan,1\n", "caso.csv: fila 2, columna «t»: «nan» no es un número"),
    ("t,e\n1,5\n2,1\n", "caso.csv: fila 2, columna «e»: el evento debe ser 0 o 1"),
    ("\n  \n", "caso.csv: está vacío"),
    ("t,e\n\n", "caso.csv: no tiene filas de datos"),
  ])
  func eachFaultIsNamed(_ text: String, _ expected: String) {
    do {
      _ = try SurvivalTable(
        CSVInput(bytes: Array(text.utf8).map { $0 == 0xC3 ? 0x81 : $0 }, file: "caso.csv"), time: "t",
        event: "e",
        group: nil, covariates: [])
      Issue.record("accepted: \(text)")
    } catch {
      #expect(error.message(.es).hasPrefix(expected), "\(error.message(.es))")
    }
  }
}
