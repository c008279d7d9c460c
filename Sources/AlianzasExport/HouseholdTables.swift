import AlianzasDomain

/// The household study: the roster, every survey answer (one row per answer) and each
/// household's scores on its current survey.
enum HouseholdTables {
  static func households(_ s: ExportSource) -> ExportTable {
    var table = ExportTable(
      name: "households", label: Localized(es: "Hogares", en: "Households"),
      columns: [
        .allianceCode,
        .householdCode,
        ExportColumn("group", Localized(es: "Grupo", en: "Group"), .coded(ExportCodeLists.group)),
        ExportColumn("head_name", Localized(es: "Jefe/a del hogar", en: "Head of household"), .text),
        ExportColumn("document_number", Localized(es: "Documento", en: "Document number"), .text),
        ExportColumn("village", Localized(es: "Vereda", en: "Village"), .text),
        ExportColumn("members", Localized(es: "Personas", en: "Persons"), .integer),
        ExportColumn("minors", Localized(es: "Menores de 18", en: "Under 18"), .integer),
        ExportColumn(
          "displaced", Localized(es: "Desplazado", en: "Displaced"), .coded(ExportCodeLists.yesNo)),
        ExportColumn(
          "afro_colombian", Localized(es: "Afrocolombiano", en: "Afro-Colombian"),
          .coded(ExportCodeLists.yesNo)),
        ExportColumn(
          "indigenous", Localized(es: "Indígena", en: "Indigenous"), .coded(ExportCodeLists.yesNo)),
        ExportColumn("trained", Localized(es: "Capacitado", en: "Trained"), .coded(ExportCodeLists.yesNo)),
        ExportColumn("joined", Localized(es: "Vinculado desde", en: "Joined"), .date),
        ExportColumn("surveys", Localized(es: "Encuestas", en: "Surveys"), .integer),
        // The titular's authorization (Ley 1581): without it no survey is completed, and without
        // its sensitive scope no sensitive fact is kept; an import needs it as much as the
        // interface does.
        ExportColumn(
          "authorization_date", Localized(es: "Fecha de la autorización", en: "Authorization date"), .date),
        ExportColumn(
          "authorization_means", Localized(es: "Medio de la autorización", en: "Authorization means"),
          .coded(ExportCodeLists.authorizationMeans)),
        ExportColumn(
          "authorization_officer", Localized(es: "Autorización recibida por", en: "Authorization taken by"),
          .text),
        ExportColumn(
          "authorizes_surveys", Localized(es: "Autoriza encuestas", en: "Authorizes surveys"),
          .coded(ExportCodeLists.yesNo)),
        ExportColumn(
          "authorizes_sensitive", Localized(es: "Autoriza datos sensibles", en: "Authorizes sensitive data"),
          .coded(ExportCodeLists.yesNo)),
        ExportColumn(
          "authorizes_research",
          Localized(es: "Autoriza uso en investigación", en: "Authorizes research use"),
          .coded(ExportCodeLists.yesNo)),
      ])
    for r in s.rosters {
      for h in r.inUse {
        table.rows.append([
          .text(r.allianceCode), .text(h.code), ExportCodeLists.group.value(of: h.group.rawValue),
          .text(h.headName), .text(h.documentNumber), .text(h.village), .of(h.members), .of(h.minors),
          sensitive(h, .displaced), sensitive(h, .afroColombian), sensitive(h, .indigenous),
          .of(h.trained), .of(h.joined), .of(h.surveys.count), .of(h.authorization?.date),
          h.authorization.map { ExportCodeLists.authorizationMeans.value(of: $0.means.rawValue) } ?? .missing,
          .of(h.authorization?.officer), .of(h.authorization?.covers(.surveys)),
          .of(h.authorization?.covers(.sensitiveData)), .of(h.authorization?.covers(.research)),
        ])
      }
    }
    return table
  }

  /// A sensitive fact, given only for a household whose titular authorized sensitive data; the
  /// column itself leaves only when the export names it (`SensitiveColumns`).
  static func sensitive(_ h: Household, _ group: VulnerableGroup) -> ExportValue {
    h.authorizesSensitive ? .of(h.vulnerability.contains(group)) : .missing
  }

  /// One row per answered question: ELCSA items by number, PPI indicators by number, with the
  /// answer's code as stored and its label.
  static func answers(_ s: ExportSource, _ language: Language) -> ExportTable {
    var table = ExportTable(
      name: "survey_answers", label: Localized(es: "Respuestas de las encuestas", en: "Survey answers"),
      columns: [.allianceCode, .householdCode] + ExportColumn.surveyColumns + [
        ExportColumn(
          "instrument", Localized(es: "Instrumento", en: "Instrument"), .coded(ExportCodeLists.instrument)),
        ExportColumn("question", Localized(es: "Pregunta", en: "Question"), .integer),
        ExportColumn("answer", Localized(es: "Respuesta (código)", en: "Answer (code)"), .text),
        ExportColumn("answer_label", Localized(es: "Respuesta", en: "Answer"), .text),
      ])
    let ppi = s.instruments.ppi
    for r in s.rosters {
      for h in r.inUse {
        for survey in h.surveys.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
          let head: [ExportValue] = [
            .text(r.allianceCode), .text(h.code), .text(survey.id), .date(survey.date),
            ExportCodeLists.surveyStatus.value(of: survey.status.rawValue),
            ExportCodeLists.surveySample.value(of: survey.drawnFor.rawValue),
          ]
          for (i, answer) in survey.elcsa.enumerated() {
            guard let answer else { continue }
            table.rows.append(
              head + [
                ExportCodeLists.instrument.value(of: "elcsa"), .of(i + 1), .text(answer.rawValue),
                .text(answer.label(language)),
              ])
          }
          for (i, code) in survey.ppi.enumerated() {
            guard let code else { continue }
            let option = i < ppi.indicators.count ? ppi.indicators[i].option(code: code) : nil
            table.rows.append(
              head + [
                ExportCodeLists.instrument.value(of: "ppi"), .of(i + 1), .text(code),
                .of(option?.text(language)),
              ])
          }
        }
      }
    }
    return table
  }

  /// One row per survey: each ELCSA item and each PPI indicator a coded column, labelled with
  /// its question and its answers (the form statistical packages expect).
  static func answersWide(_ s: ExportSource) -> ExportTable {
    let elcsa = s.instruments.elcsa, ppi = s.instruments.ppi
    let ppiCodes = ppi.indicators.map { indicator in
      ExportCodes("ppi_\(indicator.n)", indicator.options.map { ($0.code, $0.text) })
    }
    var columns: [ExportColumn] =
      [.allianceCode, .householdCode] + ExportColumn.surveyColumns + [
        ExportColumn("enumerator", Localized(es: "Encuestador", en: "Enumerator"), .text),
        ExportColumn(
          "has_minors", Localized(es: "Hay menores de 18", en: "Has members under 18"),
          .coded(ExportCodeLists.yesNo)),
      ]
    for item in elcsa.items {
      columns.append(
        ExportColumn(
          "elcsa_\(item.n)", item.short.map { "ELCSA \(item.n). \($0)" }, .coded(ExportCodeLists.elcsaAnswer))
      )
    }
    for (indicator, codes) in zip(ppi.indicators, ppiCodes) {
      columns.append(
        ExportColumn("ppi_\(indicator.n)", indicator.text.map { "PPI \(indicator.n). \($0)" }, .coded(codes)))
    }
    columns += [
      ExportColumn(
        "income_total", Localized(es: "Ingreso total anual", en: "Total yearly income"), .pesos, unit: "COP"),
      ExportColumn(
        "income_product",
        Localized(es: "Ingreso anual por el producto", en: "Yearly income from the product"),
        .pesos, unit: "COP"),
    ]
    var table = ExportTable(
      name: "survey_answers_wide",
      label: Localized(es: "Respuestas, una fila por encuesta", en: "Answers, one row per survey"),
      columns: columns)
    for r in s.rosters {
      for h in r.inUse {
        for survey in h.surveys.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
          var row: [ExportValue] = [
            .text(r.allianceCode), .text(h.code), .text(survey.id), .date(survey.date),
            ExportCodeLists.surveyStatus.value(of: survey.status.rawValue),
            ExportCodeLists.surveySample.value(of: survey.drawnFor.rawValue), .text(survey.enumerator),
            .of(survey.hasMinors),
          ]
          for i in elcsa.items.indices {
            let answer = i < survey.elcsa.count ? survey.elcsa[i] : nil
            row.append(answer.map { ExportCodeLists.elcsaAnswer.value(of: $0.rawValue) } ?? .missing)
          }
          for (i, codes) in ppiCodes.enumerated() {
            let code = i < survey.ppi.count ? survey.ppi[i] : nil
            row.append(code.map { codes.value(of: $0) } ?? .missing)
          }
          row += [.of(survey.incomeTotal), .of(survey.incomeFromProduct)]
          table.rows.append(row)
        }
      }
    }
    return table
  }

  /// Each household's current survey, scored: ELCSA category, PPI score and the likelihood of
  /// being under each poverty line.
  static func scores(_ s: ExportSource) -> ExportTable {
    let ppi = s.instruments.ppi
    var columns: [ExportColumn] = [
      .allianceCode,
      .householdCode,
      ExportColumn("group", Localized(es: "Grupo", en: "Group"), .coded(ExportCodeLists.group)),
      ExportColumn("survey_date", Localized(es: "Fecha de la encuesta", en: "Survey date"), .date),
      ExportColumn(
        "survey_complete", Localized(es: "Encuesta completa", en: "Survey complete"),
        .coded(ExportCodeLists.yesNo)),
      ExportColumn(
        "survey_sample", Localized(es: "Muestra de la encuesta", en: "Survey sample"),
        .coded(ExportCodeLists.surveySample)),
      ExportColumn(
        "elcsa_category", Localized(es: "Categoría ELCSA", en: "ELCSA category"),
        .coded(ExportCodeLists.elcsaCategory(s.instruments.elcsa))),
      ExportColumn("ppi_score", Localized(es: "Puntaje PPI", en: "PPI score"), .integer, unit: "0–100"),
      ExportColumn(
        "income_total", Localized(es: "Ingreso total anual", en: "Total yearly income"), .pesos, unit: "COP"),
      ExportColumn(
        "income_product",
        Localized(es: "Ingreso anual por el producto", en: "Yearly income from the product"),
        .pesos, unit: "COP"),
    ]
    for line in ppi.lines {
      columns.append(
        ExportColumn(
          "poverty_\(line.id.lowercased().replacingOccurrences(of: "-", with: "_"))",
          Localized(
            es: "Probabilidad de pobreza (\(line.label.es))", en: "Poverty likelihood (\(line.label.en))"),
          .decimal, unit: "%"))
    }
    var table = ExportTable(
      name: "household_scores", label: Localized(es: "Puntajes de los hogares", en: "Household scores"),
      columns: columns)
    for r in s.rosters {
      for h in r.inUse {
        guard let survey = h.currentSurvey else { continue }
        let score = s.instruments.score(h)
        var row: [ExportValue] = [
          .text(r.allianceCode), .text(h.code), ExportCodeLists.group.value(of: h.group.rawValue),
          .date(survey.date), .of(survey.status == .complete),
          ExportCodeLists.surveySample.value(of: survey.drawnFor.rawValue),
          score.elcsaSlot.map { .code(Int32($0)) } ?? .missing,
          .of(score.ppiScore), .of(survey.incomeTotal), .of(survey.incomeFromProduct),
        ]
        for i in ppi.lines.indices {
          row.append(score.likelihoodTenths.map { .decimal(Double($0[i]) / 10) } ?? .missing)
        }
        table.rows.append(row)
      }
    }
    return table
  }
}
