/// The IDAP as data: dimensions, indicators with fixed reference bounds, weights and bands.
public struct IDAPDefinition: Sendable, Codable {
  public var instrument: String
  public var title: Localized
  public var source: String
  public var minimumShareOfIndicators: Double
  public var dimensions: [Dimension]
  public var commercialLinkValues: CommercialLinkValues
  public var bands: [BandDefinition]

  public struct Dimension: Sendable, Codable {
    public var id: String
    public var label: Localized
    public var weight: Double
    public var indicators: [Indicator]
  }

  public struct Indicator: Sendable, Codable {
    public var id: String
    public var label: Localized
    /// `higher` or `lower`: which way is better.
    public var direction: String
    public var lower: Double
    public var upper: Double

    /// Position of `raw` between the bounds, clamped to 0…1 and turned round when lower is better.
    public func normalize(_ raw: Double) -> Double {
      let n = Swift.min(Swift.max((raw - lower) / (upper - lower), 0), 1)
      return direction == "lower" ? 1 - n : n
    }
  }

  public struct CommercialLinkValues: Sendable, Codable {
    public var originalActive: Double
    public var relinkedWithinSemester: Double
    public var relinkedLater: Double
    public var none: Double
  }

  public struct BandDefinition: Sendable, Codable {
    public var id: String
    public var label: Localized
    /// Scores below this value fall in the band; nil for the top band.
    public var below: Double?
  }

  public var indicatorIDs: [String] { dimensions.flatMap { $0.indicators.map(\.id) } }

  public func bandIndex(for score: Double) -> Int {
    bands.firstIndex { band in band.below.map { score < $0 } ?? true } ?? bands.count - 1
  }

  func check(file: String) throws {
    guard !dimensions.isEmpty else { throw DataFileError(file: file, key: "dimensions", reason: "is empty") }
    guard (0...1).contains(minimumShareOfIndicators) else {
      throw DataFileError(file: file, key: "minimumShareOfIndicators", reason: "must be between 0 and 1")
    }
    var seen = Set<String>()
    for (d, dimension) in dimensions.enumerated() {
      guard dimension.weight > 0, dimension.weight.isFinite else {
        throw DataFileError(file: file, key: "dimensions[\(d)].weight", reason: "must be positive")
      }
      guard !dimension.indicators.isEmpty else {
        throw DataFileError(file: file, key: "dimensions[\(d)].indicators", reason: "is empty")
      }
      for (i, indicator) in dimension.indicators.enumerated() {
        let key = "dimensions[\(d)].indicators[\(i)]"
        guard seen.insert(indicator.id).inserted else {
          throw DataFileError(file: file, key: key + ".id", reason: "«\(indicator.id)» is repeated")
        }
        guard indicator.upper > indicator.lower else {
          throw DataFileError(file: file, key: key + ".upper", reason: "must be greater than lower")
        }
        guard ["higher", "lower"].contains(indicator.direction) else {
          throw DataFileError(file: file, key: key + ".direction", reason: "must be «higher» or «lower»")
        }
      }
    }
    for id in Alliance.idapIndicatorIDs where !seen.contains(id) {
      throw DataFileError(file: file, key: "dimensions", reason: "indicator \(id) is not defined")
    }
    guard let last = bands.last, last.below == nil,
      zip(bands.dropLast(), bands.dropFirst().dropLast()).allSatisfy({ ($0.below ?? 0) < ($1.below ?? 0) })
    else {
      throw DataFileError(file: file, key: "bands", reason: "must rise and end with an open top band")
    }
  }
}
