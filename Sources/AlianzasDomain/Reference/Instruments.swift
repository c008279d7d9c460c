/// The three instruments the scores come from, loaded from `data/instruments/` and checked once.
public struct Instruments: Sendable {
  public var elcsa: ElcsaDefinition
  public var ppi: PPIDefinition
  public var idap: IDAPDefinition

  public init(files: [String: String]) throws {
    elcsa = try DataFiles.decode(ElcsaDefinition.self, file: "instruments/elcsa.json", from: files)
    ppi = try DataFiles.decode(PPIDefinition.self, file: "instruments/ppi-colombia-2012.json", from: files)
    idap = try DataFiles.decode(IDAPDefinition.self, file: "instruments/idap.json", from: files)
    try elcsa.check(file: "instruments/elcsa.json")
    try ppi.check(file: "instruments/ppi-colombia-2012.json")
    try idap.check(file: "instruments/idap.json")
  }

  /// A fingerprint of the data files (FNV-1a over their text), so caches of derived scores can
  /// tell when the instruments changed.
  public static let embeddedFingerprint: String = {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for key in EmbeddedData.files.keys.sorted() {
      for byte in (key + EmbeddedData.files[key]!).utf8 {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      }
    }
    return String(hash, radix: 16)
  }()

  /// The instruments carried inside the binary.
  public static func embedded() throws -> Instruments { try Instruments(files: EmbeddedData.files) }

  /// Questions still without an answer, as `ELCSA 9`, `PPI 3`, for a survey to be marked complete.
  public func missingForCompletion(_ survey: Survey) -> [String] {
    var missing: [String] = []
    if survey.hasMinors == nil { missing.append("ELCSA P") }
    let count = survey.hasMinors == true ? elcsa.cutPoints.withMinors.items : elcsa.cutPoints.adultsOnly.items
    for index in 0..<min(count, survey.elcsa.count) where survey.elcsa[index] == nil {
      missing.append("ELCSA \(index + 1)")
    }
    for (index, code) in survey.ppi.enumerated() where code == nil { missing.append("PPI \(index + 1)") }
    return missing
  }
}
