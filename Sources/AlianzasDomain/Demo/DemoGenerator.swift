/// A realistic national demo of PAAP (2002–2013 calls, seen on an as-of date), the same bytes for
/// the same seed, scale and as-of date.
public struct DemoGenerator: Sendable {
  public let reference: ReferenceData
  public let instruments: Instruments
  public let seed: UInt64
  public let scale: Double
  public let asOf: Day

  /// The demo is seen as of 30 June 2014, the end of the data the CIAT study used.
  public static let defaultAsOf = Day(year: 2014, month: 6, day: 30)!

  public init(
    reference: ReferenceData, instruments: Instruments, seed: UInt64 = 2015, scale: Double = 1,
    asOf: Day = DemoGenerator.defaultAsOf
  ) {
    self.reference = reference
    self.instruments = instruments
    self.seed = seed
    self.scale = scale
    self.asOf = asOf
  }

  public var allianceCount: Int { max(1, Int((775 * scale).rounded())) }

  /// Calls `body` with each alliance and its households in turn, so a 10× store never has to be
  /// held in memory at once.
  public func generate(_ body: (Alliance, HouseholdRoster) throws -> Void) rethrows {
    let plan = DemoPlan(reference: reference, seed: seed, scale: scale)
    for slot in plan.slots {
      let allianceSeed = seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(slot.index) &* 0xD1B5_4A32_D192_ED03
      var builder = DemoAllianceBuilder(
        slot: slot, reference: reference, asOf: asOf, buyers: plan.buyers,
        rng: SeededGenerator(seed: allianceSeed))
      let alliance = builder.build()
      var households = DemoHouseholdBuilder(
        alliance: alliance, instruments: instruments, reference: reference, asOf: asOf, sample: slot.sample,
        executionStart: builder.executionStart, rng: SeededGenerator(seed: allianceSeed ^ 0xABCD_EF01))
      try body(alliance, households.build())
    }
  }
}
