import AlianzasDomain

/// How the review and history views name places and values, in the interface's language. The
/// runtime hands them over as data; only here do they become words.
extension RecordPlace {
  /// `CAU-2012-017 · hogar H03 · encuesta s · ELCSA pregunta 4`.
  public func label(_ language: Language) -> String {
    var parts = [code]
    for step in steps {
      switch step {
      case .field(let key):
        // An organization's members are families; a household's are persons.
        let name =
          key == "members" && parts.last == Self.fieldName("organization")?(language)
          ? .fnPartners : Self.fieldName(key)
        parts.append(name.map { $0(language) } ?? key)
      case .record(let id): parts[parts.count - 1] += " " + id
      case .position(let n): parts[parts.count - 1] += " \(n)"
      }
    }
    return parts.joined(separator: " · ")
  }

  /// The last field named on the way to the place (`cause` in `… · rupture · cause`).
  public var fieldKey: String? {
    steps.reversed().lazy.compactMap { step -> String? in
      if case .field(let key) = step { return key }
      return nil
    }.first
  }

  /// A field's name in the files, as a person reads it: the catalog's `fn` + the key
  /// (`pricePerKg` → `fnPricePerKg`), with a few keys named otherwise where they stand for a record.
  static func fieldName(_ key: String) -> T? {
    switch key {
    case "households": .fnHousehold
    case "surveys": .fnSurvey
    case "documentNumber": .fnDocument
    case "visits": .fnVisit
    case "agreements": .fnAgreement
    case "plausibilityConfirmed": .fnWarningsConfirmed
    default: key.first.flatMap { T(rawValue: "fn" + $0.uppercased() + key.dropFirst()) }
    }
  }
}

extension ShownValue {
  /// The value as a person reads it. `key` is the field it belongs to, when known: it names the
  /// fields of an object, turns codes into their labels and amounts into pesos.
  public func text(_ language: Language, key: String? = nil) -> String {
    text(language, key: key, nested: false)
  }

  private func text(_ language: Language, key: String?, nested: Bool) -> String {
    switch self {
    case .none: return T.noValue(language)
    case .flag(let value): return value ? T.flagYes(language) : T.flagNo(language)
    case .number(let raw): return Self.number(raw, key: key, language)
    case .text(let raw):
      if let key, let label = HistoryEntry.label(key: key, raw: raw, language) { return label }
      return raw
    case .list(let items):
      let shown = items.map { $0.text(language, key: key, nested: true) }.joined(separator: "; ")
      return nested ? "[" + shown + "]" : shown
    case .object(let fields):
      // Named by their labels, in the order of those labels; empty fields say nothing.
      let named = fields.compactMap { field, value -> (String, String)? in
        if value == .none { return nil }
        let name = RecordPlace.fieldName(field).map { $0(language) } ?? field
        return (name, value.text(language, key: field, nested: true))
      }
      .sorted { $0.0.localizedStandardCompare($1.0) == .orderedAscending }
      let shown = named.map { "\($0.0): \($0.1)" }.joined(separator: ", ")
      return nested ? "(" + shown + ")" : shown
    }
  }

  /// Fields the files keep in whole pesos.
  static let moneyKeys: Set<String> = [
    "amount", "modularIncentive", "cofinancing", "totalValue", "pricePerKg", "referencePricePerKg", "revenue",
    "outstanding", "overdue", "costs", "repaymentTarget", "incomeFromProduct", "incomeTotal",
  ]

  /// A number from a file, written as the interface writes numbers: grouped, with the language's
  /// decimal mark and as many decimals as the file has; amounts in pesos.
  static func number(_ raw: String, key: String?, _ language: Language) -> String {
    if let whole = Int64(raw) {
      if let key, moneyKeys.contains(key) { return Format.pesos(Pesos(whole), language) }
      return Format.integer(whole, language)
    }
    guard let value = Double(raw) else { return raw }
    let digits =
      raw.split(separator: ".").dropFirst().first.map { min(4, $0.prefix { $0.isNumber }.count) } ?? 0
    return Format.decimal(value, digits: digits, language)
  }
}

extension ReviewValue {
  public func text(_ language: Language, key: String? = nil) -> String {
    switch self {
    case .removed: T.removedValue(language)
    case .value(let value): value.text(language, key: key)
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
    case "managerialSkills": ManagerialSkill(rawValue: raw)?.label(language)
    case "vulnerability": VulnerableGroup(rawValue: raw)?.label(language)
    default: nil
    }
  }

  /// One change as a line of the history box, which wraps it: values are shown whole (up to a
  /// screenful), and an item added to a list (an unlock with its reason) shows as that item alone.
  public func line(_ language: Language, offset: Int = 0) -> String {
    // A field whose values are codes in the files shows them by their label ("Comercial", not
    // "comercial"; "Socio-empresarial", not "socioEmpresarial").
    let key = place.fieldKey
    func whole(_ v: ShownValue?) -> String {
      guard let v else { return T.noValue(language) }
      let full = v.text(language, key: key)
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
      after =
        "+ " + items.dropFirst(previous.count).map { $0.text(language, key: key) }.joined(separator: "; ")
    }
    return T.historyLine(
      language, Format.time(at, offset: offset), external ? T.historyExternal(language) : officer, device,
      place.label(language),
      before,
      after)
  }
}
