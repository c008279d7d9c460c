/// Who last changed a record, where and when, and how many times it has changed: what two stores
/// from different laptops need to merge record by record instead of overwriting each other.
public struct RecordStamp: Hashable, Sendable, Codable {
  public var revision: Int
  public var device: String
  public var officer: String
  public var at: Timestamp

  public init(revision: Int = 1, device: String, officer: String, at: Timestamp) {
    self.revision = revision
    self.device = device
    self.officer = officer
    self.at = at
  }

  /// The stamp of the next change of the same record.
  public func bumped(by author: Author) -> RecordStamp {
    RecordStamp(revision: revision + 1, device: author.device, officer: author.officer, at: author.at)
  }
}

/// The person and device behind a change, and its moment.
public struct Author: Hashable, Sendable {
  public var device: String
  public var officer: String
  public var at: Timestamp

  public init(device: String, officer: String, at: Timestamp) {
    self.device = device
    self.officer = officer
    self.at = at
  }

  public var stamp: RecordStamp { RecordStamp(device: device, officer: officer, at: at) }
}

/// Record ids are made on the device (device prefix + counter or random part), never by a server.
public typealias RecordID = String
