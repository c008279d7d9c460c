import AlianzasDomain

/// Something a merge left for a person to decide: a field where two laptops disagree, or two
/// households that look like one family registered twice. Built by the runtime from the store.
public struct ReviewItem: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case conflict
    case duplicate
  }

  public var kind: Kind
  /// The store file, e.g. `households/CAU-2012-017.json`.
  public var file: String
  /// Where in the file (a change path; empty for duplicates).
  public var path: String
  /// What a person calls it: record and field.
  public var label: String
  public var options: [ReviewOption]

  public init(kind: Kind, file: String, path: String, label: String, options: [ReviewOption]) {
    self.kind = kind
    self.file = file
    self.path = path
    self.label = label
    self.options = options
  }

  /// The alliance the file belongs to.
  public var code: String {
    String(file.split(separator: "/").last?.dropLast(5) ?? "")
  }
}

/// One of the values (or one of the households) under review, with who wrote it, where and when.
public struct ReviewOption: Hashable, Sendable {
  public var value: String
  public var officer: String
  public var device: String
  public var at: Timestamp
  /// What the runtime needs to apply the choice (the value as JSON, or a household id).
  public var token: String

  public init(value: String, officer: String, device: String, at: Timestamp, token: String) {
    self.value = value
    self.officer = officer
    self.device = device
    self.at = at
    self.token = token
  }
}

/// What the person decided.
public enum ReviewChoice: Hashable, Sendable {
  /// Keep this value for the field.
  case keep(file: String, path: String, token: String)
  /// The two households are different families.
  case distinct(file: String, first: String, second: String)
  /// The household `id` is the copy: remove it (the removal is recorded).
  case remove(file: String, id: String)
}

public struct ReviewState: Hashable, Sendable {
  public var items: [ReviewItem] = []
  public var selected = 0
  public var loaded = false

  public init() {}
}
