import AlianzasDomain

/// A form open over the screen and what it changes.
public struct EditorState: Hashable, Sendable {
  public var purpose: EditorPurpose
  public var title: String
  public var form: FormState
  /// Values kept until the form's action field carries them out (a stage step, a new record).
  public var values: [FieldID: FieldValue] = [:]

  public init(purpose: EditorPurpose, title: String, fields: [FormField]) {
    self.purpose = purpose
    self.title = title
    form = FormState(fields: fields)
  }
}

extension AppState {
  /// Shows `text` as the value of the open form's field `id`.
  mutating func setShown(_ id: FieldID, _ text: String) {
    guard var editor, let i = editor.form.fields.firstIndex(where: { $0.id == id }) else { return }
    editor.form.fields[i].shown = text
    self.editor = editor
  }

  func fieldKind(_ id: FieldID) -> FieldKind? { editor?.form.fields.first { $0.id == id }?.kind }
}

public enum EditorPurpose: Hashable, Sendable {
  /// Identity, OP and business plan; each field saved when confirmed.
  case general(code: String)
  case milestones(code: String)
  case finance(code: String)
  /// A visit; created on its first confirmed field, then each field saved.
  case visit(code: String, visitID: RecordID?)
  case advance(code: String, stage: Stage)
  case status(code: String, status: AllianceStatus)
  case repayment(code: String)
  case disbursement(code: String)
  case newAlliance
  case rupture(code: String, agreementID: RecordID)
  case relink(code: String, agreementID: RecordID)
  /// A household of the alliance's roster; a new one is created by its first confirmed field.
  case household(code: String, householdID: RecordID?)
}

/// Shared pieces for building form fields.
enum Fields {
  static func yesNo(_ language: Language) -> FieldKind {
    .choice([
      FieldKind.Choice(id: "yes", label: T.yes(language), key: Character(T.yesKey(language))),
      FieldKind.Choice(id: "no", label: "No", key: "n"),
    ])
  }

  static func yesNoUnknown(_ language: Language) -> FieldKind {
    .choice([
      FieldKind.Choice(id: "yes", label: T.yes(language), key: Character(T.yesKey(language))),
      FieldKind.Choice(id: "no", label: "No", key: "n"),
      FieldKind.Choice(id: "unknown", label: T.notChecked(language), key: "-"),
    ])
  }

  static func show(_ b: Bool?, _ language: Language) -> String {
    guard let b else { return T.notChecked(language) }
    return b ? T.yes(language) : "No"
  }

  static func show(_ d: Day?) -> String { d?.iso ?? "" }
  static func show(_ p: Pesos?, _ language: Language) -> String { p.map { Format.pesos($0, language) } ?? "" }
  static func show(_ n: Int?, _ language: Language) -> String { n.map { Format.integer($0, language) } ?? "" }
  /// A measure (kg, hectares, yields): whole when it is, else with the decimals it has, up to two.
  static func show(_ v: Double?, _ language: Language) -> String {
    guard let v else { return "" }
    let digits = v == v.rounded() ? 0 : (v * 10 == (v * 10).rounded() ? 1 : 2)
    return Format.decimal(v, digits: digits, language)
  }

  static func bool(_ value: FieldValue) -> Bool? {
    if case .choice(let id) = value { return id == "yes" ? true : (id == "no" ? false : nil) }
    return nil
  }

  static func text(_ value: FieldValue) -> String {
    if case .text(let t) = value { return t }
    return ""
  }

  static func int(_ value: FieldValue) -> Int? {
    if case .integer(let v) = value { return v }
    return nil
  }

  static func double(_ value: FieldValue) -> Double? {
    switch value {
    case .decimal(let v): v
    case .integer(let v): Double(v)
    default: nil
    }
  }

  static func pesos(_ value: FieldValue) -> Pesos? {
    if case .money(let p) = value { return p }
    return nil
  }

  static func day(_ value: FieldValue) -> Day? {
    if case .date(let d) = value { return d }
    return nil
  }

  static func choice(_ value: FieldValue) -> String? {
    if case .choice(let id) = value { return id }
    return nil
  }

  /// The text a value shows as, for putting a refused value back in its field.
  static func typed(_ value: FieldValue, _ language: Language) -> String {
    switch value {
    case .empty: ""
    case .text(let t): t
    case .integer(let v): String(v)
    case .decimal(let v): show(v, language)
    case .money(let p): String(p.amount)
    case .date(let d): d.iso
    case .choice(let c): c
    case .elcsa(let a): a.rawValue
    }
  }
}
