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
  /// What a person calls it: record and field (the screen names it in its language).
  public var place: RecordPlace
  /// For duplicates: whether the two share a document number (else a name and village).
  public var sameDocument: Bool
  public var options: [ReviewOption]

  public init(
    kind: Kind, file: String, path: String, place: RecordPlace, sameDocument: Bool = false,
    options: [ReviewOption]
  ) {
    self.kind = kind
    self.file = file
    self.path = path
    self.place = place
    self.sameDocument = sameDocument
    self.options = options
  }

  /// What identifies it in the list: the file and the place (or the two households).
  public var id: String { file + "|" + path + "|" + options.map(\.token).joined(separator: "|") }

  /// The alliance the file belongs to.
  public var code: String {
    String(file.split(separator: "/").last?.dropLast(5) ?? "")
  }
}

/// One of the values (or one of the households) under review, with who wrote it, where and when.
public struct ReviewOption: Hashable, Sendable {
  public var value: ReviewValue
  public var officer: String
  public var device: String
  public var at: Timestamp
  /// What the runtime needs to apply the choice (the value as JSON, or a household id).
  public var token: String

  public init(value: ReviewValue, officer: String, device: String, at: Timestamp, token: String) {
    self.value = value
    self.officer = officer
    self.device = device
    self.at = at
    self.token = token
  }
}

/// Where in a record a value sits: the alliance's code, then field names and record numbers,
/// named on screen in the interface's language.
public struct RecordPlace: Hashable, Sendable {
  public enum Step: Hashable, Sendable {
    /// A field, by its key in the store's files.
    case field(String)
    /// A record in a list (a household, a survey), by the last part of its id.
    case record(String)
    /// A position in a list, from 1.
    case position(Int)
  }

  public var code: String
  public var steps: [Step]

  public init(code: String, steps: [Step] = []) {
    self.code = code
    self.steps = steps
  }
}

/// A value from a record file as the screen shows it.
public indirect enum ShownValue: Hashable, Sendable {
  case none
  case flag(Bool)
  case number(String)
  case text(String)
  case list([ShownValue])
  case object([String: ShownValue])
}

/// One value under review: a field's value (or its removal), or a household that may be a copy.
public enum ReviewValue: Hashable, Sendable {
  case removed
  case value(ShownValue)
  case household(code: String, head: String, document: String, village: String)
}

/// One field changed in a record's history.
public struct HistoryEntry: Hashable, Sendable {
  public var at: Timestamp
  /// Made outside Alianzas (a file changed by another tool), so no officer is known.
  public var external: Bool
  public var officer: String
  public var device: String
  public var place: RecordPlace
  public var old: ShownValue?
  public var new: ShownValue?

  public init(
    at: Timestamp, external: Bool, officer: String, device: String, place: RecordPlace, old: ShownValue?,
    new: ShownValue?
  ) {
    self.at = at
    self.external = external
    self.officer = officer
    self.device = device
    self.place = place
    self.old = old
    self.new = new
  }
}

/// What the person decided.
public enum ReviewChoice: Hashable, Sendable {
  /// Keep this value for the field.
  case keep(file: String, path: String, token: String)
  /// The two households are different families.
  case distinct(file: String, first: String, second: String)
  /// The household `id` is a copy of `original`: archive it (restorable, with its history).
  case archiveCopy(file: String, id: String, original: String, by: String, date: Day)
}
