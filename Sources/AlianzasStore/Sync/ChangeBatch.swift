import AlianzasDomain

/// One confirmed save (or one resolution, one imported change, one change found on disk) of one
/// file: who, when, on which device, and each field it changed with the value it replaced.
/// Batches are the store's history, the unit of exchange between stores and what merging reads.
public struct ChangeBatch: Hashable, Sendable, Codable {
  public enum Kind: String, Hashable, Sendable, Codable {
    /// A confirmed edit in the interface or a command.
    case edit
    /// A person chose between conflicting values.
    case resolve
    /// The file was changed by something other than Alianzas; found at the next save.
    case external
    /// Written after merging, to say which file contents the history now describes.
    case merge
    /// A household erased at its titular's request: the tombstone every store that receives it
    /// acts on. Its one change removes the household and holds no value; `reason` says why.
    case erasure
  }

  /// Unique across all stores: the device and a random part.
  public var id: String
  public var kind: Kind
  public var at: Timestamp
  public var device: String
  public var officer: String
  /// When this store received the batch (its own clock); what `sync export --since` compares.
  public var received: Timestamp
  /// Digest of the file once this batch was applied in the store that wrote the line; used after
  /// a crash to drop lines whose file write never happened.
  public var after: String?
  /// Digest of the file this batch's write started from (`absentFile` when there was none): a
  /// line whose write died leaves the file still at `before`, which tells it from a write that
  /// reached the file and was changed since. Older lines lack it.
  public var before: String?
  public var changes: [Change]
  /// Why, for an erasure: the request it answers (no personal data is asked for here).
  public var reason: String?

  /// `before` of a write that created its file.
  public static let absentFile = "none"

  public init(
    id: String, kind: Kind, at: Timestamp, device: String, officer: String, received: Timestamp,
    after: String? = nil, before: String? = nil, changes: [Change]
  ) {
    self.id = id
    self.kind = kind
    self.at = at
    self.device = device
    self.officer = officer
    self.received = received
    self.after = after
    self.before = before
    self.changes = changes
  }

  public func changeID(_ index: Int) -> String { "\(id).\(index)" }

  /// A fresh batch id: the device and 64 random bits.
  public static func newID(device: String) -> String {
    let random = UInt64.random(in: 0...UInt64.max)
    let hex = String(random, radix: 16)
    return device + "-" + String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// Order in which concurrent values are ranked: later moment first, then device, then id, so every
  /// store picks the same one.
  func ranks(before other: ChangeBatch) -> Bool {
    (at, device, id) < (other.at, other.device, other.id)
  }
}

/// One field of one file set to a value (or removed, when `new` is nil), replacing `old`.
/// `supersedes` names the changes to the same part that this one saw and replaced; changes that
/// neither saw the other are concurrent, and if they disagree, a conflict.
public struct Change: Hashable, Sendable, Codable {
  public var path: ChangePath
  public var old: JSONValue?
  public var new: JSONValue?
  public var supersedes: [String]

  public init(path: ChangePath, old: JSONValue?, new: JSONValue?, supersedes: [String] = []) {
    self.path = path
    self.old = old
    self.new = new
    self.supersedes = supersedes
  }

  enum CodingKeys: String, CodingKey { case path, old, new, supersedes }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    path = ChangePath(text: try c.decode(String.self, forKey: .path))
    old = c.contains(.old) ? try c.decode(JSONValue.self, forKey: .old) : nil
    new = c.contains(.new) ? try c.decode(JSONValue.self, forKey: .new) : nil
    supersedes = try c.decodeIfPresent([String].self, forKey: .supersedes) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(path.description, forKey: .path)
    if let old { try c.encode(old, forKey: .old) }
    if let new { try c.encode(new, forKey: .new) }
    if !supersedes.isEmpty { try c.encode(supersedes, forKey: .supersedes) }
  }
}
