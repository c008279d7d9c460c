/// The PPI Colombia scorecard (November 2012) as data: indicators with points, poverty lines and
/// the look-up table from score band to poverty likelihood.
public struct PPIDefinition: Sendable, Codable {
  public var instrument: String
  public var version: String
  public var source: String
  public var spanishTextStatus: String
  public var nationalLine: String
  public var indicators: [Indicator]
  public var lines: [Line]
  public var bands: [Band]

  public struct Indicator: Sendable, Codable {
    public var n: Int
    public var text: Localized
    public var options: [Option]

    public func option(code: String) -> Option? { options.first { $0.code == code } }
  }

  public struct Option: Sendable, Codable {
    public var code: String
    public var text: Localized
    public var points: Int
  }

  public struct Line: Sendable, Codable {
    public var id: String
    public var label: Localized
  }

  public struct Band: Sendable, Codable {
    public var min: Int
    public var max: Int
    /// Percent likelihood of being below each line, keyed by line id.
    public var likelihood: [String: Double]
  }

  public var maximumScore: Int { indicators.reduce(0) { $0 + ($1.options.map(\.points).max() ?? 0) } }

  public func band(for score: Int) -> Band? { bands.first { $0.min <= score && score <= $0.max } }

  func check(file: String) throws {
    guard indicators.count == Survey.ppiIndicatorCount else {
      throw DataFileError(
        file: file, key: "indicators", reason: "must list \(Survey.ppiIndicatorCount) indicators")
    }
    for (i, indicator) in indicators.enumerated() {
      guard indicator.options.contains(where: { $0.points == 0 }) else {
        throw DataFileError(file: file, key: "indicators[\(i)].options", reason: "no option with 0 points")
      }
      if Set(indicator.options.map(\.code)).count != indicator.options.count {
        throw DataFileError(file: file, key: "indicators[\(i)].options", reason: "an option code is repeated")
      }
    }
    guard maximumScore == 100 else {
      throw DataFileError(
        file: file, key: "indicators", reason: "the best options add up to \(maximumScore), not 100")
    }
    guard lines.contains(where: { $0.id == nationalLine }) else {
      throw DataFileError(file: file, key: "nationalLine", reason: "«\(nationalLine)» is not among the lines")
    }
    var next = 0
    for (i, band) in bands.enumerated() {
      guard band.min == next, band.max >= band.min else {
        throw DataFileError(
          file: file, key: "bands[\(i)].min", reason: "bands must cover 0–100 without gaps; expected \(next)")
      }
      for line in lines {
        guard let value = band.likelihood[line.id], (0...100).contains(value) else {
          throw DataFileError(
            file: file, key: "bands[\(i)].likelihood.\(line.id)", reason: "missing or not a percentage")
        }
      }
      next = band.max + 1
    }
    guard next == 101 else {
      throw DataFileError(file: file, key: "bands", reason: "bands must end at 100")
    }
  }
}
