import Testing

@testable import AlianzasDomain

@Suite("Incremental scores equal a full recomputation")
struct ScoreEngineTests {
  struct World {
    var alliances: [String: Alliance] = [:]
    var rosters: [String: HouseholdRoster] = [:]
  }

  func demoWorld(scale: Double = 0.02) -> World {
    var world = World()
    DemoGenerator(reference: reference, instruments: instruments, seed: 99, scale: scale).generate { a, r in
      world.alliances[a.code] = a
      world.rosters[a.code] = r
    }
    return world
  }

  func full(_ world: World) -> ScoreEngine {
    var engine = ScoreEngine(instruments: instruments, today: today)
    for a in world.alliances.values { engine.setAlliance(a) }
    for r in world.rosters.values { engine.setRoster(r) }
    return engine
  }

  @Test func thousandsOfRandomEdits() throws {
    var world = demoWorld()
    var engine = full(world)
    var rng = SeededGenerator(seed: 4242)
    let codes = world.alliances.keys.sorted()
    let answers: [ElcsaAnswer?] = [.yes, .no, .dontKnow, .refused, nil]
    for step in 1...3000 {
      let code = rng.pick(codes)
      let before = engine.recomputations
      switch rng.int(0...7) {
      case 0...3:  // an ELCSA or PPI answer on one household
        guard var roster = world.rosters[code], !roster.households.isEmpty else { continue }
        let h = rng.int(0...roster.households.count - 1)
        if roster.households[h].surveys.isEmpty {
          roster.households[h].surveys = [
            Survey(
              id: "new\(step)", stamp: author.stamp, date: today, enumerator: "Ana",
              hasMinors: rng.chance(0.5))
          ]
        }
        if rng.chance(0.6) {
          roster.households[h].surveys[0].elcsa[rng.int(0...14)] = rng.pick(answers)
        } else {
          let i = rng.int(0...9)
          roster.households[h].surveys[0].ppi[i] =
            rng.chance(0.9) ? rng.pick(instruments.ppi.indicators[i].options).code : nil
        }
        roster.households[h].surveys[0].status = rng.chance(0.5) ? .complete : .draft
        world.rosters[code] = roster
        engine.setHousehold(roster.households[h], alliance: code)
        #expect(engine.recomputations - before == 1, "one answer, one recomputation")
      case 4:  // a delivery
        var a = world.alliances[code]!
        a.visits.append(
          Visit(
            id: "v\(step)", stamp: author.stamp, date: today.adding(days: -rng.int(0...400)), officer: "Ana",
            kind: .comercial,
            deliveries: [
              Delivery(
                date: today.adding(days: -rng.int(0...300)), kg: Double(rng.int(0...20000)),
                pricePerKg: Pesos(Int64(rng.int(100...5000))), rejectedKg: 0)
            ]))
        world.alliances[code] = a
        engine.setAlliance(a)
        #expect(engine.recomputations - before == 1)
      case 5:  // a rupture or a re-link
        var a = world.alliances[code]!
        if let current = a.currentAgreement {
          try? a.recordRupture(
            agreement: current.id,
            Rupture(date: max(current.start, today.adding(days: -100)), cause: .price, endedBy: .buyer),
            author: author, today: today)
        } else if let last = a.agreements.last, let end = last.rupture?.date {
          try? a.recordRelink(
            replacing: last.id, with: agreement(id: "g\(step)", start: end.adding(days: 10)), author: author,
            today: today)
        }
        world.alliances[code] = a
        engine.setAlliance(a)
      case 6:  // a household joins or leaves
        var roster = world.rosters[code]!
        if rng.chance(0.5), let last = roster.households.last {
          roster.households.removeLast()
          engine.removeHousehold(id: last.id, alliance: code)
        } else {
          let h = Household(
            id: "hh\(step)", stamp: author.stamp, code: "\(code)-N\(step)",
            group: rng.chance(0.8) ? .beneficiary : .control,
            headName: "", documentNumber: "", village: "", members: 3, minors: 1, trained: false, joined: nil)
          roster.households.append(h)
          engine.setHousehold(h, alliance: code)
        }
        world.rosters[code] = roster
      default:  // a status change
        var a = world.alliances[code]!
        try? Lifecycle.setStatus(
          &a, to: rng.chance(0.5) ? .suspendida : .activa, on: today, officer: "Ana", note: "x",
          author: author, today: today)
        world.alliances[code] = a
        engine.setAlliance(a)
      }
      if step % 500 == 0 {
        let reference = full(world)
        #expect(engine.totals == reference.totals, "after \(step) edits")
        #expect(engine.figures == reference.figures)
        #expect(engine.tallies == reference.tallies)
      }
    }
  }

  @Test func aSingleAnswerMovesTheNationalCountsOnTheSameCall() {
    var world = demoWorld(scale: 0.01)
    var engine = full(world)
    let code = world.rosters.keys.sorted().first {
      world.rosters[$0]!.households.contains { !$0.surveys.isEmpty }
    }!
    var roster = world.rosters[code]!
    let h = roster.households.firstIndex { $0.surveys.first?.status == .complete }!
    let before = engine.totals.households.elcsa
    // Make it exactly 6 Sí with minors: moderate.
    roster.households[h].surveys[0].hasMinors = true
    roster.households[h].surveys[0].elcsa = (0..<15).map { $0 < 6 ? .yes : .no }
    engine.setHousehold(roster.households[h], alliance: code)
    #expect(engine.householdScores[code]?[roster.households[h].id]?.elcsaSlot == 2)
    roster.households[h].surveys[0].elcsa[0] = .no
    engine.setHousehold(roster.households[h], alliance: code)
    #expect(engine.householdScores[code]?[roster.households[h].id]?.elcsaSlot == 1)
    world.rosters[code] = roster
    #expect(engine.totals == full(world).totals)
    #expect(engine.totals.households.elcsa.reduce(0, +) == before.reduce(0, +))
  }
}

@Suite("Instrument files are checked")
struct InstrumentFileTests {
  func error(_ file: String, _ edit: (String) -> String) -> DataFileError? {
    var files = EmbeddedData.files
    files[file] = edit(files[file]!)
    do {
      _ = try Instruments(files: files)
      return nil
    } catch let error as DataFileError {
      return error
    } catch { return nil }
  }

  @Test func malformedFilesNameTheFileAndTheKey() {
    let wrongType = error("instruments/elcsa.json") {
      $0.replacingOccurrences(
        of: "\"upperBounds\": [\n        0,", with: "\"upperBounds\": [\n        \"cero\",")
    }
    #expect(wrongType?.file == "instruments/elcsa.json")
    #expect(wrongType?.key == "cutPoints.adultsOnly.upperBounds[0]")
    let badBounds = error("instruments/idap.json") {
      $0.replacingOccurrences(of: "\"upper\": 1.2", with: "\"upper\": 0.5")
    }
    #expect(
      badBounds?.description
        == "data/instruments/idap.json: dimensions[0].indicators[3].upper: must be greater than lower")
    let points = error("instruments/ppi-colombia-2012.json") {
      $0.replacingOccurrences(of: "\"points\": 23", with: "\"points\": 24")
    }
    #expect(points?.key == "indicators")
    #expect(points?.reason.contains("101") == true)
    let missing = error("instruments/ppi-colombia-2012.json") { _ in "{" }
    #expect(missing?.file == "instruments/ppi-colombia-2012.json")
  }
}

@Suite("The demo looks like the programme")
struct DemoShapeTests {
  @Test func nationalShape() {
    var alliances: [Alliance] = []
    var households = 0, beneficiarySurveys = 0, controlSurveys = 0
    DemoGenerator(reference: reference, instruments: instruments, seed: 2015, scale: 1).generate { a, r in
      alliances.append(a)
      households += r.households.count
      // The study's households [S0]: 718 surveyed beneficiaries, 400 controls.
      for h in r.households where h.surveys.first.map({ $0.status == .complete && $0.sample != nil }) == true
      {
        if h.group == .control { controlSurveys += 1 } else { beneficiarySurveys += 1 }
      }
    }
    #expect(alliances.count == 775)
    #expect(Set(alliances.map(\.departmentCode)).count == 31)
    #expect((46_000...52_000).contains(households))
    #expect(Set(alliances.flatMap { $0.agreements.map(\.buyer.id) }).count == 430)
    #expect(beneficiarySurveys == 718 && controlSurveys == 400)
    let operating = alliances.filter { $0.status != .cerrada }.count
    #expect(abs(Double(operating) / 775 - 0.92) < 0.03)
    let relinked = alliances.filter { a in a.firstAgreement.map { a.relink(of: $0) != nil } ?? false }
    #expect(abs(Double(relinked.count) / 775 - 0.14) < 0.03)
    let fast = relinked.filter { a in a.daysToRelink(a.firstAgreement!)! <= 182 }.count
    #expect(Double(fast) / Double(relinked.count) > 0.75)
    // IDAP rises with the age of the business.
    let scored = alliances.compactMap { a -> (Int, Double)? in
      a.idap(instruments.idap, today: DemoGenerator.defaultAsOf).score.map { (a.callYear, $0) }
    }
    func mean(_ years: ClosedRange<Int>) -> Double {
      let s = scored.filter { years.contains($0.0) }.map(\.1)
      return s.reduce(0, +) / Double(s.count)
    }
    #expect(mean(2002...2007) > mean(2010...2012) + 3)
    for a in alliances.prefix(100) {
      #expect(a.validate(reference: reference, today: DemoGenerator.defaultAsOf).isEmpty, "\(a.code)")
    }
  }
}
