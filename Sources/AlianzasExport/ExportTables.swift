import AlianzasDomain

/// The tables an export can write, by their stable names, and the codebook that describes them.
public enum ExportTables {
  public static let names = [
    "alliances", "agreements", "ruptures", "lifecycle", "poa", "visits", "deliveries", "commitments",
    "poa_progress", "finance_movements", "households", "survey_answers", "survey_answers_wide",
    "household_scores",
  ]

  /// The tables made from household rosters; the others come from alliance files.
  public static let fromRosters: Set<String> = [
    "households", "survey_answers", "survey_answers_wide", "household_scores",
  ]

  /// The `alliances` column that says whether the organization has a managerial skill
  /// (`skill_business_plan`).
  public static func skillColumn(_ skill: ManagerialSkill) -> String {
    "skill_"
      + skill.rawValue.reduce(into: "") { out, c in
        if c.isUppercase { out += "_" + c.lowercased() } else { out.append(c) }
      }
  }

  /// Builds one table; nil for a name that is not a table.
  public static func table(_ name: String, _ source: ExportSource, language: Language) -> ExportTable? {
    switch name {
    case "alliances": AllianceTables.alliances(source)
    case "agreements": AllianceTables.agreements(source)
    case "ruptures": AllianceTables.ruptures(source)
    case "lifecycle": AllianceTables.lifecycle(source)
    case "poa": AllianceTables.poa(source)
    case "visits": FieldTables.visits(source)
    case "deliveries": FieldTables.deliveries(source)
    case "commitments": FieldTables.commitments(source)
    case "poa_progress": FieldTables.poaProgress(source)
    case "finance_movements": FieldTables.finance(source)
    case "households": HouseholdTables.households(source)
    case "survey_answers": HouseholdTables.answers(source, language)
    case "survey_answers_wide": HouseholdTables.answersWide(source)
    case "household_scores": HouseholdTables.scores(source)
    default: nil
    }
  }

  /// One row per column of the given tables: its name, labels in both languages, type, unit and
  /// allowed values ("1 = Convocatoria; 2 = Perfil…" in the chosen language).
  public static func codebook(_ tables: [ExportTable], language: Language) -> ExportTable {
    var book = ExportTable(
      name: "codebook", label: Localized(es: "Libro de códigos", en: "Codebook"),
      columns: [
        ExportColumn("table", Localized(es: "Tabla", en: "Table"), .text),
        ExportColumn("column", Localized(es: "Columna", en: "Column"), .text),
        ExportColumn("label_es", Localized(es: "Etiqueta (español)", en: "Label (Spanish)"), .text),
        ExportColumn("label_en", Localized(es: "Etiqueta (inglés)", en: "Label (English)"), .text),
        ExportColumn("type", Localized(es: "Tipo", en: "Type"), .text),
        ExportColumn("unit", Localized(es: "Unidad", en: "Unit"), .text),
        ExportColumn("values", Localized(es: "Valores", en: "Values"), .text),
      ])
    for table in tables {
      for c in table.columns {
        var values = ""
        let type: String
        switch c.kind {
        case .integer: type = "integer"
        case .decimal: type = "decimal"
        case .text: type = "text"
        case .date: type = "date"
        case .pesos: type = "integer (COP)"
        case .coded(let codes):
          type = "coded"
          values = codes.codes.map { "\($0.value) = \($0.label(language))" }.joined(separator: "; ")
        }
        book.rows.append([
          .text(table.name), .text(c.name), .text(c.label.es), .text(c.label.en), .text(type), .text(c.unit),
          .text(values),
        ])
      }
    }
    return book
  }
}
