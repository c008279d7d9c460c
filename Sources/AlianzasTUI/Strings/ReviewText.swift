import AlianzasDomain

/// How the review and history views name places and values, in the interface's language. The
/// runtime hands them over as data; only here do they become words.
extension RecordPlace {
  /// `CAU-2012-017 · hogar H03 · encuesta s · ELCSA pregunta 4`.
  public func label(_ language: Language) -> String {
    var parts = [code]
    for step in steps {
      switch step {
      case .field(let key): parts.append(Self.fieldName(key).map { $0(language) } ?? key)
      case .record(let id): parts[parts.count - 1] += " " + id
      case .position(let n): parts[parts.count - 1] += " \(n)"
      }
    }
    return parts.joined(separator: " · ")
  }

  /// The fields a person meets in conflicts and histories, by their key in the files.
  static func fieldName(_ key: String) -> T? {
    switch key {
    case "name": .fnName
    case "oga": .fnOga
    case "households": .fnHousehold
    case "surveys": .fnSurvey
    case "elcsa": .fnElcsa
    case "ppi": .fnPpi
    case "village": .fnVillage
    case "headName": .fnHeadName
    case "documentNumber": .fnDocument
    case "members": .fnMembers
    case "minors": .fnMinors
    case "visits": .fnVisit
    case "agreements": .fnAgreement
    case "stage": .fnStage
    case "status": .fnStatus
    case "milestones": .fnMilestones
    case "finance": .fnFinance
    case "observations": .fnObservations
    case "unlocks": .fnUnlocks
    case "archived": .fnArchived
    case "plausibilityConfirmed": .fnWarningsConfirmed
    default: nil
    }
  }
}

extension ShownValue {
  public func text(_ language: Language) -> String {
    switch self {
    case .none: T.noValue(language)
    case .flag(let value): value ? T.flagYes(language) : T.flagNo(language)
    case .number(let text), .text(let text): text
    case .list(let items): "[" + items.map { $0.text(language) }.joined(separator: ", ") + "]"
    case .object(let fields):
      "{" + fields.keys.sorted().map { "\($0): \(fields[$0]!.text(language))" }.joined(separator: ", ") + "}"
    }
  }

  /// Short enough for one line of a history.
  func short(_ language: Language) -> String {
    let full = text(language)
    return full.count > 40 ? String(full.prefix(39)) + "…" : full
  }
}

extension ReviewValue {
  public func text(_ language: Language) -> String {
    switch self {
    case .removed: T.removedValue(language)
    case .value(let value): value.text(language)
    case .household(let code, let head, let document, let village):
      T.householdSummary(language, code, head, document, village)
    }
  }
}

extension ReviewItem {
  public func label(_ language: Language) -> String {
    switch kind {
    case .conflict: place.label(language)
    case .duplicate:
      place.label(language) + " · "
        + (sameDocument ? T.duplicateDocument(language) : T.duplicateNameVillage(language))
    }
  }
}

extension HistoryEntry {
  /// The label of a coded value, for the fields whose values are codes.
  static func label(key: String, raw: String, _ language: Language) -> String? {
    switch key {
    case "kind": VisitKind(rawValue: raw)?.label(language)
    case "stage": Stage(rawValue: raw)?.label(language)
    case "status": (AllianceStatus(rawValue: raw)?.label ?? SurveyStatus(rawValue: raw)?.label)?(language)
    case "group": HouseholdGroup(rawValue: raw)?.label(language)
    case "cause": RuptureCause(rawValue: raw)?.label(language)
    case "endedBy": Party(rawValue: raw)?.label(language)
    default: nil
    }
  }

  /// One change as a line of the history box, which wraps it: values are shown whole (up to a
  /// screenful), and an item added to a list (an unlock with its reason) shows as that item alone.
  public func line(_ language: Language, offset: Int = 0) -> String {
    // A field whose values are codes in the files shows them by their label ("Comercial", not
    // "comercial"; "Socio-empresarial", not "socioEmpresarial").
    var key: String?
    for step in place.steps { if case .field(let k) = step { key = k } }
    func whole(_ v: ShownValue?) -> String {
      guard let v else { return T.noValue(language) }
      if case .text(let raw) = v, let key, let label = Self.label(key: key, raw: raw, language) {
        return label
      }
      let full = v.text(language)
      return full.count > 400 ? String(full.prefix(399)) + "…" : full
    }
    var before = whole(old), after = whole(new)
    let previous: [ShownValue]? = {
      if case .list(let items)? = old { return items }
      return old == nil ? [] : nil
    }()
    if let previous, case .list(let items)? = new, items.count > previous.count,
      Array(items.prefix(previous.count)) == previous
    {
      before = T.noValue(language)
      after = "+ " + items.dropFirst(previous.count).map { $0.text(language) }.joined(separator: "; ")
    }
    return T.historyLine(
      language, Format.time(at, offset: offset), external ? T.historyExternal(language) : officer, device,
      place.label(language),
      before,
      after)
  }
}
