import AlianzasDomain
import Foundation

/// Every sentence the command line prints, by key, with `{0}`, `{1}`… for the values it names.
/// Each language is an exhaustive switch, so a key without its text in either does not compile.
enum CLI: CaseIterable {
  case removedStaleGitLock, undoInterruptedMerge, undidInterruptedMerge
  case noCoxModel, relinkLegend, ci95, relativeDifference
  case exportAnonymizeHelp, exportMonthHelp, exportKHelp, exportKeyHelp, exportOnlyAnonymized, exportBadK,
    exportKeyUnreadable, exportKeyCannotKeep
  case exportAbstract, exportDiscussion, exportFormatHelp, exportTableHelp, exportOutHelp, exportExcelHelp,
    exportForceHelp, exportUnknownFormat, exportUnknownTable, exportExcelOnlyCSV, exportTableRows,
    exportWritten, exportCut, exportExists, exportFolderMissing, exportCannotWrite
  case reportAbstract, reportNationalAbstract, reportOutHelp, reportWritten, reportDepartmentHelp,
    reportUnknownDepartment, identityGitLine, trustedGitLine, gitSigningKeyFailed, gitUntrustedCommits,
    gitUnsignedCommit, gitUnknownSigner, gitTrusted, gitTrustHelp, erasureApplied, privacyAbstract,
    privacyDiscussion, privacyShowAbstract,
    householdCodeHelp, privacyOutHelp, privacyWritten, privacyEraseAbstract, privacyEraseDiscussion,
    privacyReasonHelp, privacyReasonRequired, privacyErased, privacyCopyCleaned, privacyErasedTravels,
    exportSensitiveHelp, exportNotSensitive, exportSensitiveNotAnonymized,
    gitMergeDriverForHistory, identityAbstract, identityLine, noTrustedDevices,
    trustedDeviceLine, trustHelp, trustDoesNotMatch, deviceTrusted, keysAbstract, keysDiscussion,
    keysStatusAbstract, storeNotEncrypted, storeEncrypted, keysPassphraseLine, keysRecoveryLine,
    encryptionUnfinished, keysRecoveryAbstract, keysRecoveryDiscussion, recoveryPrivateFile, refusesToReplace,
    recoveryWritten, recoveryFingerprint, keysEncryptAbstract, keysEncryptDiscussion, recoveryPublicHelp,
    noTerminalForPassphrase, encryptionFinished, storeEncryptedFiles, gitHistoryStillPlain,
    keysPassphraseAbstract, keysPassphraseDiscussion, passphraseChanged, recoveryPublicRequired,
    notARecoveryPublicKey, recoveryKeyHelp, passphraseFor, newPassphrase, newPassphraseAgain, demoEncryptHelp,
    noStudySurveysInStore, comparisonDesignHelp, comparisonDesignLine,
    tourStepMustBePositive,
    tourFromNotAStore, tourFromNotADemo, tourAbstract,
    tourDiscussion, tourFromHelp, tourStepHelp, snapshotKeysHelp, snapshotEveryHelp, validateQualityHelp,
    validateQualityJSONHelp, qualityTotals, qualityLine,
    reportMapHelp, reportAllianceAbstract, reportAllianceCodeHelp,
    reportUnknownAlliance
  case xlsxNotAWorkbook, xlsxDamaged, xlsxNoSheet, sheetIsForWorkbooks, sheetHelp
  case internalErrorSignal
  case addedUpdatedUnchangedConflicts, agreementsActiveRupturedNew, alianzasChangesByOn,
    alianzasSettledAfterMerging, all, alliances
  case asOfMustBeA, beneficiaries, both, bundleFileToWrite, buyers, byIsForTheStore
  case byStage, byStatus, checksEveryFileOfThe, ci, clone, commit
  case comparesGroupsOfHouseholdsBeneficiaries, complete, conflict, consolidationZone, couldNotBeRead,
    couldNotBeRead2
  case covariate, coxCovariatesCommaSeparatedCsv, createTheRepository, createsADemoStoreWith,
    csvFileWithAHeader, csvNeedsTimeAndEvent
  case dataStoreFolder, days, demoStoreCreatedAtAlliances, departments, df, difference
  case differenceInTheProbabilityOf, doesNotOpenTheInterface, dryRunNothingWasChanged,
    durationOfTheFirstBuyer, elcsaMild, elcsaModerate
  case elcsaSecure, elcsaSevere, eventColumnOrCsv, events, events2, exchangesRecordsBetweenStoresBy
  case exitsWhenCleanAndOtherwise, familiesOpMembers, fetchFromTheRemote, filesChanges,
    filesCheckedMoreProblems, filesCheckedNoProblems
  case filesCheckedOneMoreProblem, filesCheckedOneProblem, filesCheckedProblems, filesMovedAsideToQuarantine,
    firstAgreementRupturesReLinked, generatingAlliances
  case generatorSeed, gitCouldNotMerge, gitFailedTo, gitMergeDriverForRecord, group, groupColumnCsv
  case groupingBeneficiaryTenureOrTraining, groupingOfTheCurvesStore, hadBeenMovedAsideAs, hasNoDataRows,
    holdsNoAlianzasStorePush, importingTheSameBundleTwice
  case incomeFromTheProduct, incomplete, installTheMergeDriver, interfaceLanguageEsOrEn, isEmpty,
    isNotAStoreAnd
  case isTooLargeMbThe, jsonOutputForScripts, lineNotUtfTextSave, localChangesCommitted, lowMediumHigh,
    markForTheNextExport
  case mean, measure, median, mergedWithTheRemoteFiles, mergesABundleIntoThe,
    monitoringOfPaapProductiveAlliances
  case movesEveryAllianceOrHousehold, noData, noLocalChanges, noRemoteUseRemoteTo, notANumber, notMerged
  case notReached, numberTooLarge, of, oneSideOfTheMerge, onlyChangesReceivedSinceThis, onlySaysWhatItWould
  case openingTheExistingStoreAt, opensTheTerminalInterfaceOn, partial, possibleDuplicateInAnd,
    povertyNationalLine, povertyNationalLine2
  case ppiMeanScore, ppiScore, printsTheNationalFiguresAlliances, productiveAlliancesNationalSummary,
    pushToTheRemote, pushedOpenConflicts
  case reLinked, recomputedOnTheStoreS, recordsMergeFieldByField, registeredHouseholds, remoteRepository,
    rendersOneScreenWithoutA
  case replacesAnExistingStore, restore, reviewConflictsAndDuplicatesIn, rowColumnReason,
    rowColumnTheEventMust, rowColumnTimeCannotBe
  case rowHasValuesButThe, rowMisplacedQuotesAQuote, rowOpensQuotesThatAre, scaleMustBeBetweenAnd, scored,
    screenPanelAlliancesRupturesOr
  case secureMildModerateSevere, setTheRemote, sinceIsNotAValid, sizeMustBeWidthxheightFor,
    sizeRelativeToNationalFor, sizeWidthxheight
  case skipping, stageTheChanges, surveys, syncsTheStoreAsA, theBundleToImport, theColumnAppearsTimesIn
  case theDemoSAsOf, theFirstTimeItSets, theInterfaceNeedsATerminal, theSameSeedScaleAnd, theStoreIsInFormat,
    theStoreIsLookedFor
  case theStudySAnalysesAgreement, thereIsNoColumnColumns, ties, tiesEfronOrBreslow, time, timeColumnCsv
  case timeEventGroupAndCovariates, timeIn, timeToANewBuyer, totalYearlyIncome, valueMissing, versus
  case vulnerable, waitingTimeForANew, withStoreItAnalysesThe, writesTheStoreSChanges

  /// The text in the command line's language (`--lang`, then `LANG`).
  func callAsFunction(_ arguments: Any...) -> String { fill(text(cliLanguage), arguments) }

  /// The text in `language`.
  func text(_ language: Language, _ arguments: Any...) -> String { fill(text(language), arguments) }

  /// Both languages, for messages kept until they are shown; a `Localized` argument is taken in
  /// the same language as the text around it.
  func localized(_ arguments: Any...) -> Localized {
    Localized { language in fill(text(language), arguments, language) }
  }

  func text(_ language: Language) -> String {
    switch language {
    case .es: spanish
    case .en: english
    }
  }

  private func fill(_ text: String, _ arguments: [Any], _ language: Language = cliLanguage) -> String {
    var text = text
    for (i, argument) in arguments.enumerated() {
      let value = (argument as? Localized)?(language) ?? "\(argument)"
      text = text.replacingOccurrences(of: "{\(i)}", with: value)
    }
    return text
  }

  private var spanish: String {
    switch self {
    case .removedStaleGitLock: "Se quitó el bloqueo de git que dejó una sincronización interrumpida."
    case .ci95: "IC 95 %"
    case .exportAnonymizeHelp:
      "Exportación anonimizada para investigación: sin nombres, documentos ni texto libre; hogares y encuestas con seudónimos estables; celdas raras (municipio × grupo × vulnerabilidad × tamaño) con menos de k hogares se agregan o suprimen, con un informe."
    case .exportMonthHelp: "Con --anonymize: las fechas se reducen al mes."
    case .exportKHelp: "Con --anonymize: tamaño mínimo de una celda de cuasi-identificadores (por omisión 5)."
    case .exportKeyHelp:
      "Con --anonymize: archivo de la clave de los seudónimos (se crea si no existe); compártalo para enlazar exportaciones de varios equipos."
    case .exportOnlyAnonymized: "--month-dates y --key-file son opciones de --anonymize."
    case .exportBadK: "k debe estar entre 1 y 1000, no {0}."
    case .exportKeyUnreadable: "{0} no es una clave de seudónimos (32 bytes)."
    case .exportKeyCannotKeep: "no se pudo guardar la clave de seudónimos en {0}."
    case .exportAbstract: "Exporta tablas del almacén a CSV, Excel, Stata o SPSS, con su libro de códigos."
    case .exportDiscussion:
      "Tablas: {0}. Sin --table exporta todas. Excel (xlsx) escribe un libro con una hoja por tabla; CSV, Stata y SPSS escriben una carpeta con un archivo por tabla, o un archivo si se pide una sola tabla y --out termina en su extensión. Nunca deja un archivo a medias."
    case .exportFormatHelp: "Formato: csv, xlsx (Excel), dta (Stata) o sav (SPSS)."
    case .exportTableHelp: "Tabla a exportar (se puede repetir); sin ella, todas."
    case .exportOutHelp: "Archivo o carpeta de salida."
    case .exportExcelHelp:
      "CSV para Excel en español: marca de orden de bytes, «;» entre campos, coma decimal y códigos por su nombre."
    case .exportForceHelp: "Reemplaza la salida si ya existe."
    case .exportUnknownFormat: "«{0}» no es un formato de exportación: use csv, xlsx, dta o sav."
    case .exportUnknownTable: "«{0}» no es una tabla; las tablas son: {1}."
    case .exportExcelOnlyCSV: "--excel es una forma de CSV: úselo con --format csv."
    case .exportTableRows: "{0}: {1} filas"
    case .exportWritten: "Escrito en {0} ({1} archivos)."
    case .exportCut:
      "{0} textos superaban el límite del formato y se recortaron (Stata guarda hasta 2.045 bytes por texto)."
    case .exportExists: "{0} ya existe; use --force para reemplazarlo."
    case .exportFolderMissing: "la carpeta {0} no existe."
    case .exportCannotWrite: "no se pudo escribir {0}: {1}. No quedó ningún archivo a medias."
    case .reportAbstract:
      "Escribe un informe en HTML autónomo (gráficos incluidos, sin nada que descargar), para leer, enviar o imprimir en A4."
    case .reportNationalAbstract:
      "El informe nacional: etapas, IDAP, duración de los acuerdos, nuevos aliados, hogares y beneficiarios frente a controles."
    case .reportOutHelp: "Archivo HTML de salida."
    case .reportWritten: "Informe escrito en {0}."
    case .reportDepartmentHelp: "Solo un departamento, por su nombre o su código DIVIPOLA («Cauca», «19»)."
    case .reportUnknownDepartment:
      "«{0}» no es un departamento de Colombia: escriba su nombre (p. ej. «Cauca») o su código DIVIPOLA."
    case .reportMapHelp:
      "Cifra con que se colorea el mapa de departamentos: idap, alliances (alianzas), poverty (pobreza) o food-insecure (inseguridad alimentaria)."
    case .reportAllianceAbstract:
      "El informe para el comité directivo de una alianza: su ciclo, entregas y precios, Incentivo Modular y fondo rotatorio, hogares, compradores y alertas."
    case .reportAllianceCodeHelp:
      "Código de la alianza (p. ej. «ANT-2009-001»)."
    case .reportUnknownAlliance:
      "No hay una alianza «{0}» en el almacén {1}."
    case .validateQualityHelp:
      "Además, los chequeos de calidad de los datos (data/rules/quality.json): cada hallazgo con su motivo y, al final, cuántos de cada chequeo. Solo lee."
    case .validateQualityJSONHelp:
      "Con --quality: solo los totales por chequeo, en JSON."
    case .qualityTotals:
      "Chequeos de calidad: {0} hallazgos en {1} alianzas."
    case .qualityLine:
      "  {0}: {1} (gravedad {2})"
    case .snapshotKeysHelp:
      "Teclas que pulsar antes de dibujar, como en Vim: cada carácter es su tecla y <Enter>, <Esc>, <Tab>, <Down>, <C-x>, <F1>… nombran las demás. Ejemplo: \"2<Down><Enter>\"."
    case .snapshotEveryHelp:
      "Imprime cada pantalla del camino, no solo la última, cada una encabezada por la tecla que llevó a ella."
    case .tourAbstract:
      "Recorrido guiado para capacitar, sobre una copia desechable de un almacén de demostración."
    case .tourDiscussion:
      "La copia («práctica») vive en la carpeta temporal del sistema y se borra al salir: lo que se cambie en ella no toca ningún otro almacén. En el recorrido, → y ← pasan de paso, Esc deja seguir a mano y T lo retoma; Ctrl-R devuelve la práctica a como era la demostración. Con --keys el recorrido se maneja sin terminal e imprime la pantalla, como snapshot --keys."
    case .tourFromHelp:
      "Almacén de demostración que copiar (por omisión, una demostración nueva de 78 alianzas)."
    case .tourStepHelp:
      "Paso del recorrido por el que empezar."
    case .tourStepMustBePositive:
      "--step empieza en 1 (se recibió «{0}»)"
    case .tourFromNotAStore:
      "--from: {0} no es un almacén de Alianzas (no tiene store.json legible)."
    case .tourFromNotADemo:
      "--from: {0} no es un almacén de demostración; la práctica solo copia demostraciones, nunca datos reales de personas."
    case .comparisonDesignHelp:
      "Diseño: study (el del estudio: impacto en sus 2 alianzas con controles; permanencia y capacitación en sus 718 beneficiarios) o all (toda encuesta completa). Por omisión, el del estudio cuando el almacén tiene sus encuestas."
    case .comparisonDesignLine:
      "Diseño: {0}."
    case .noStudySurveysInStore:
      "El almacén no tiene encuestas del estudio (muestra study o impact): use --design all."
    case .keysAbstract:
      "Cifrado del almacén: clave de recuperación, cifrar, frase de paso."
    case .keysDiscussion:
      "Un almacén cifrado guarda todo archivo (registros, historial, índices, cachés, cuarentena) cifrado con ChaCha20-Poly1305 bajo una clave propia. Esa clave se abre con la frase de paso del funcionario (scrypt) o con la clave de recuperación de la organización, que guarda un supervisor fuera de los portátiles de campo. Pasos: «alianzas keys recovery --out org.key» (una vez, el supervisor); «alianzas keys encrypt --recovery-public org.key.pub» en cada portátil. La frase de paso se escribe sin eco, o se toma de ALIANZAS_PASSPHRASE."
    case .keysStatusAbstract:
      "Dice si el almacén está cifrado, con qué, y la huella de su clave de recuperación."
    case .storeNotEncrypted:
      "{0} no está cifrado (cífrelo con «alianzas keys encrypt»)."
    case .storeEncrypted:
      "{0} está cifrado con {1}; clave {2}."
    case .keysPassphraseLine:
      "Frase de paso: {0}, N = {1}, r = {2}, p = {3}."
    case .keysRecoveryLine:
      "Clave de recuperación de la organización: huella {0}."
    case .encryptionUnfinished:
      "El cifrado quedó a medias: el próximo «alianzas keys encrypt» (o la próxima apertura para escribir) lo termina."
    case .keysRecoveryAbstract:
      "Crea el par de claves de recuperación de la organización."
    case .keysRecoveryDiscussion:
      "Escribe la clave privada en ARCHIVO (0600) y la pública en ARCHIVO.pub. La privada abre cualquier almacén cifrado para ella: guárdela un supervisor, fuera de los portátiles de campo y con copia en un lugar seguro. La pública se entrega a los funcionarios para cifrar."
    case .recoveryPrivateFile:
      "Archivo para la clave privada (la pública va a ARCHIVO.pub)."
    case .refusesToReplace:
      "{0} ya existe; no se reemplaza."
    case .recoveryWritten:
      "Clave privada en {0}; clave pública en {1}."
    case .recoveryFingerprint:
      "Huella: {0} (compárela al entregar la pública)."
    case .keysEncryptAbstract:
      "Cifra en su sitio un almacén existente."
    case .keysEncryptDiscussion:
      "Toma el bloqueo, escribe la clave y cifra cada archivo con reemplazo atómico; interrumpido en cualquier punto, el almacén se sigue abriendo y la próxima escritura termina el trabajo. Las confirmaciones de git anteriores (y su remoto) conservan los archivos sin cifrar."
    case .recoveryPublicHelp:
      "Clave pública de recuperación de la organización (archivo .pub o el texto base64)."
    case .noTerminalForPassphrase:
      "no hay terminal para pedir la frase de paso: defina {0}"
    case .encryptionFinished:
      "Cifrado de {0} terminado."
    case .storeEncryptedFiles:
      "{0} cifrado: {1} archivos."
    case .gitHistoryStillPlain:
      "Atención: el repositorio git del almacén (y su remoto) guarda las versiones anteriores sin cifrar; para que no queden, cree un repositorio nuevo y bórrelo del remoto."
    case .keysPassphraseAbstract:
      "Cambia la frase de paso del almacén (la clave y los archivos no cambian)."
    case .keysPassphraseDiscussion:
      "Abre el almacén con la frase actual (o con --recovery-key cuando se perdió) y pide la nueva dos veces, o la toma de ALIANZAS_NEW_PASSPHRASE."
    case .passphraseChanged:
      "Frase de paso de {0} cambiada."
    case .recoveryPublicRequired:
      "falta --recovery-public: un almacén cifrado se cifra también para la clave de recuperación de la organización (créela con «alianzas keys recovery»)"
    case .notARecoveryPublicKey:
      "{0} no es una clave pública de recuperación de Alianzas"
    case .recoveryKeyHelp:
      "Clave privada de recuperación de la organización, para abrir un almacén cifrado sin su frase de paso."
    case .passphraseFor:
      "Frase de paso de {0}: "
    case .newPassphrase:
      "Nueva frase de paso (10 caracteres o más): "
    case .newPassphraseAgain:
      "Repítala: "
    case .demoEncryptHelp:
      "Crea el almacén cifrado (pide la frase de paso y --recovery-public)."
    case .trustHelp:
      "Confía en el equipo que firmó el paquete si su huella es esta (compárela antes con su dueño)."
    case .trustDoesNotMatch:
      "la huella dada ({0}) no es la del firmante del paquete ({1}); no se confía en él"
    case .deviceTrusted:
      "Equipo «{0}» de confianza desde ahora (huella {1})."
    case .identityAbstract:
      "Muestra la huella de firma de este equipo y los equipos en que confía el almacén."
    case .identityLine:
      "Este equipo: {0}; huella de firma {1}"
    case .noTrustedDevices:
      "El almacén aún no confía en ningún otro equipo."
    case .trustedDeviceLine:
      "De confianza: {0} (huella {1}), por {2} el {3}"
    case .gitMergeDriverForHistory:
      "Controlador de mezcla de git para los historiales cifrados."
    case .exportSensitiveHelp:
      "Incluye datos sensibles (Ley 1581, art. 5) que se dejan fuera si no se nombran: {0}. Nunca en --anonymize."
    case .exportNotSensitive:
      "«{0}» no es una columna sensible; las sensibles son: {1}"
    case .exportSensitiveNotAnonymized:
      "--include-sensitive no va con --anonymize: la exportación para investigación nunca lleva datos sensibles"
    case .erasureApplied:
      "{0}: se borró un hogar a pedido de su titular (borrado recibido)."
    case .privacyAbstract:
      "Los derechos del titular (Ley 1581, art. 8): conocer sus datos y pedir que se borren."
    case .privacyDiscussion:
      "«privacy show HOGAR» imprime (o con --out guarda) todo lo que el almacén tiene del hogar, historial incluido. «privacy erase HOGAR --reason …» lo borra de los registros, el historial, la cuarentena y las cachés, y deja una constancia sin datos personales que la sincronización lleva a los demás portátiles, que también lo borran."
    case .privacyShowAbstract:
      "Todo lo que el almacén tiene de un hogar, historial incluido, en JSON."
    case .householdCodeHelp:
      "Código del hogar (por ejemplo ANT-2011-001-H001)."
    case .privacyOutHelp:
      "Archivo donde guardar el informe para entregarlo al titular (no se reemplaza uno existente)."
    case .privacyWritten:
      "Informe de {0} guardado en {1}."
    case .privacyEraseAbstract:
      "Borra un hogar a pedido de su titular, en este portátil y, por sincronización, en los demás."
    case .privacyEraseDiscussion:
      "Queda en el historial quién, cuándo, en qué equipo y por qué se borró; no qué. No se puede deshacer. Las versiones anteriores guardadas en un repositorio git (y su remoto) siguen allí hasta que la organización lo reescriba."
    case .privacyReasonHelp:
      "Por qué (la solicitud del titular: fecha, radicado); no escriba datos personales."
    case .privacyReasonRequired:
      "--reason no puede estar vacío: la constancia del borrado dice por qué"
    case .privacyErased:
      "Hogar {0} borrado de la alianza {1}; {2} cambios del historial vaciados."
    case .privacyCopyCleaned:
      "  copia limpiada o quitada: {0}"
    case .privacyErasedTravels:
      "El borrado viaja con la próxima sincronización (paquete o git) y se aplica en los demás portátiles."
    case .gitSigningKeyFailed:
      "no se pudo crear la clave para firmar las confirmaciones de git (se necesita ssh-keygen, del paquete openssh-client)"
    case .gitUntrustedCommits:
      "el remoto tiene {0} confirmaciones que este almacén no acepta; no se mezcló nada:"
    case .gitUnsignedCommit:
      "  {0} de «{1}»: sin firma válida"
    case .gitUnknownSigner:
      "  {0} de «{1}»: firmada por un equipo en el que este almacén no confía (huella {2}); compare la huella con su dueño y, si coincide, sincronice con --trust {2}"
    case .gitTrusted:
      "Equipo «{0}» de confianza para git desde ahora (huella {1})."
    case .gitTrustHelp:
      "Confía en el equipo que firmó confirmaciones del remoto si su huella (SHA256:…) es esta."
    case .identityGitLine:
      "  y para git, huella {0}"
    case .trustedGitLine:
      "De confianza para git: {0} (huella {1}), por {2} el {3}"
    case .relativeDifference: "Dif. %"
    case .noCoxModel: "sin modelo de Cox (las curvas y el log-rank sí se muestran): "
    case .relinkLegend:
      "Entre paréntesis: parte de las {0} alianzas con nuevo aliado. En cada grupo, «k de n»: de sus n rupturas, k con nuevo aliado en el primer semestre; después, cuántas más («No»: ninguna)."
    case .undoInterruptedMerge: "deshacer la mezcla que dejó a medias una sincronización interrumpida"
    case .undidInterruptedMerge:
      "Se deshizo la mezcla que dejó a medias una sincronización interrumpida; se hace de nuevo."
    case .internalErrorSignal:
      "error interno; la terminal quedó restablecida y cada campo confirmado ya estaba guardado. Vuelva a abrir Alianzas."
    case .addedUpdatedUnchangedConflicts: "añadidos {0}, actualizados {1}, sin cambios {2}, conflictos {3}"
    case .agreementsActiveRupturedNew: "Acuerdos vigentes / rotos / nuevos"
    case .alianzasChangesByOn: "Alianzas: cambios de {0} en {1}"
    case .alianzasSettledAfterMerging: "Alianzas: conciliación tras mezclar"
    case .all: "Todas"
    case .alliances: "Alianzas"
    case .asOfMustBeA: "--as-of debe ser una fecha AAAA-MM-DD (se recibió «{0}»)"
    case .beneficiaries: "beneficiarios"
    case .both: "Ambas"
    case .bundleFileToWrite: "Archivo de paquete a escribir."
    case .buyers: "Aliados comerciales"
    case .byIsForTheStore: "--by es para el almacén; con --csv use --group"
    case .byStage: "Por etapa"
    case .byStatus: "Por estado"
    case .checksEveryFileOfThe:
      "Revisa cada archivo del almacén y lista los problemas como ruta:línea: motivo."
    case .ci: "IC 95 %"
    case .clone: "clonar"
    case .commit: "confirmar"
    case .comparesGroupsOfHouseholdsBeneficiaries:
      "Compara grupos de hogares: beneficiarios y control, antigüedad, capacitación."
    case .complete: "completas"
    case .conflict: "  conflicto: "
    case .consolidationZone: "Zona de consolidación"
    case .couldNotBeRead: "{0}: no se pudo leer: {1}"
    case .couldNotBeRead2: "{0}: no se pudo leer"
    case .covariate: "Covariable"
    case .coxCovariatesCommaSeparatedCsv: "Covariables del modelo de Cox, separadas por comas (CSV)."
    case .createTheRepository: "crear el repositorio"
    case .createsADemoStoreWith:
      "Crea un almacén de demostración con datos nacionales realistas (775 alianzas, 31 departamentos)."
    case .csvFileWithAHeader: "Archivo CSV con encabezado (UTF-8 o Windows-1252), o libro de Excel (.xlsx)."
    case .csvNeedsTimeAndEvent: "con --csv hacen falta --time y --event"
    case .dataStoreFolder: "Carpeta del almacén de datos."
    case .days: "días"
    case .demoStoreCreatedAtAlliances: "Almacén de demostración creado en {0}: {1} alianzas (corte {2})."
    case .departments: "Departamentos"
    case .df: "gl"
    case .difference: "Diferencia"
    case .differenceInTheProbabilityOf: "Diferencia en la probabilidad de seguridad alimentaria: "
    case .doesNotOpenTheInterface: "No abre la interfaz al terminar."
    case .dryRunNothingWasChanged: "Ensayo: no se cambió nada."
    case .durationOfTheFirstBuyer:
      "Duración del primer acuerdo comercial: Kaplan–Meier, log-rank y Cox; o cualquier CSV."
    case .elcsaMild: "Leve"
    case .elcsaModerate: "Moderada"
    case .elcsaSecure: "Segura"
    case .elcsaSevere: "Severa"
    case .eventColumnOrCsv: "Columna del evento, 1 o 0 (CSV)."
    case .events: "Eventos"
    case .events2: "eventos"
    case .exchangesRecordsBetweenStoresBy:
      "Intercambia registros entre almacenes: por paquete (USB, correo) o por git."
    case .exitsWhenCleanAndOtherwise:
      "Sale con 0 si no hay problemas y con 1 si los hay. Sin --quarantine no modifica ningún archivo; la interfaz aparta los archivos dañados al abrir el almacén."
    case .familiesOpMembers: "Familias (socios de las OP)"
    case .fetchFromTheRemote: "traer del remoto"
    case .filesChanges: "{0} archivos, {1} cambios → {2}"
    case .filesCheckedMoreProblems: "{0} archivos revisados: {1} problemas más."
    case .filesCheckedNoProblems: "{0} archivos revisados: sin problemas."
    case .filesCheckedOneMoreProblem: "{0} archivos revisados: 1 problema más."
    case .filesCheckedOneProblem: "{0} archivos revisados: 1 problema."
    case .filesCheckedProblems: "{0} archivos revisados: {1} problemas."
    case .filesMovedAsideToQuarantine:
      "{0} archivos apartados en quarantine/; cada uno tiene una nota .note.txt."
    case .firstAgreementRupturesReLinked:
      "Rupturas del primer acuerdo: {0}; con nuevo aliado: {1}; aún buscando: {2}"
    case .generatingAlliances: "Generando alianzas"
    case .generatorSeed: "Semilla del generador."
    case .gitCouldNotMerge: "git no pudo mezclar: "
    case .gitFailedTo: "git falló al {0}: "
    case .gitMergeDriverForRecord:
      "Controlador de mezcla de git para los archivos de registros (lo instala «sync git»)."
    case .group: "Grupo"
    case .groupColumnCsv: "Columna de grupo (CSV)."
    case .groupingBeneficiaryTenureOrTraining: "Agrupación: beneficiary, tenure o training."
    case .groupingOfTheCurvesStore: "Agrupación de las curvas (almacén)."
    case .hadBeenMovedAsideAs:
      "{0} estaba apartado por dañado: se restauró la última versión enviada (la copia dañada sigue en quarantine/)."
    case .hasNoDataRows: "{0}: no tiene filas de datos"
    case .holdsNoAlianzasStorePush:
      "{0} no contiene un almacén de Alianzas; envíe primero uno con «alianzas sync git --remote» desde un almacén"
    case .importingTheSameBundleTwice:
      "Importar dos veces el mismo paquete no cambia nada y el orden de los paquetes no importa. Un paquete dañado o de otro almacén se rechaza sin tocar nada. Si el almacén no existe, un paquete completo lo crea."
    case .incomeFromTheProduct: "Ingreso por el producto"
    case .incomplete: "  incompletas"
    case .installTheMergeDriver: "instalar el controlador de mezcla"
    case .interfaceLanguageEsOrEn: "Idioma de la interfaz: es o en."
    case .isEmpty: "{0}: está vacío"
    case .isNotAStoreAnd:
      "{0} no es un almacén y el paquete solo trae cambios: importe primero un paquete completo (exportado sin --since)"
    case .isTooLargeMbThe: "{0}: es demasiado grande ({1} MB; el máximo es {2} MB)"
    case .jsonOutputForScripts: "Salida JSON para programas."
    case .lineNotUtfTextSave: "{0}: línea {1}: no es texto UTF-8 ni Windows-1252 (guárdelo como «CSV UTF-8»)"
    case .xlsxNotAWorkbook: "{0}: no es un libro de Excel .xlsx (no es un archivo ZIP)"
    case .xlsxDamaged: "{0}: el libro de Excel está dañado (parte {1})"
    case .xlsxNoSheet: "{0}: no hay una hoja «{1}»; las hojas son: {2}"
    case .sheetIsForWorkbooks: "{0}: --sheet es para libros de Excel (.xlsx), y este no lo es"
    case .sheetHelp: "Hoja del libro de Excel (.xlsx) que leer; si se omite, la primera."
    case .localChangesCommitted: "Cambios locales confirmados."
    case .lowMediumHigh: "  bajo / medio / alto"
    case .markForTheNextExport: "Marca para la próxima exportación: --since {0}"
    case .mean: "promedio"
    case .measure: "Medida"
    case .median: "Mediana"
    case .mergedWithTheRemoteFiles:
      "Mezclado con el remoto: {0} archivos con historial nuevo, {1} conciliados."
    case .mergesABundleIntoThe: "Mezcla un paquete en el almacén, registro por registro."
    case .monitoringOfPaapProductiveAlliances:
      "Seguimiento de las alianzas productivas del PAAP: ciclo de vida, rupturas con el comprador y encuestas de hogares."
    case .movesEveryAllianceOrHousehold:
      "Aparta en quarantine/ (con una nota) cada archivo de alianza u hogares que no se puede leer."
    case .noData: "sin dato"
    case .noLocalChanges: "Sin cambios locales."
    case .noRemoteUseRemoteTo: "Sin remoto: use --remote para sincronizar con otro almacén."
    case .notANumber: "«{0}» no es un número"
    case .notMerged: "  sin mezclar: "
    case .notReached: "no alcanzada"
    case .numberTooLarge: "«{0}» es demasiado grande"
    case .of: "de"
    case .oneSideOfTheMerge: "{0}: un lado de la mezcla no es JSON válido"
    case .onlyChangesReceivedSinceThis:
      "Solo los cambios recibidos desde esta marca (la que imprimió la exportación anterior, AAAA-MM-DDTHH:MM:SSZ). Sin ella, todo el almacén."
    case .onlySaysWhatItWould: "Solo dice lo que haría."
    case .openingTheExistingStoreAt:
      "Abriendo el almacén existente en {0} (use --force para crearlo de nuevo)."
    case .opensTheTerminalInterfaceOn: "Abre la interfaz de terminal sobre el almacén (la orden por omisión)."
    case .partial: "parciales"
    case .possibleDuplicateInAnd: "  posible duplicado en {0}: {1} y {2}"
    case .povertyNationalLine: "Pobreza (línea nacional): "
    case .povertyNationalLine2: "  pobreza (línea nacional)"
    case .ppiMeanScore: "PPI puntaje promedio"
    case .ppiScore: "Puntaje PPI"
    case .printsTheNationalFiguresAlliances:
      "Muestra las cifras nacionales: alianzas, etapas, estados, hogares, acuerdos, IDAP, ELCSA y PPI."
    case .productiveAlliancesNationalSummary: "Alianzas productivas — resumen nacional"
    case .pushToTheRemote: "enviar al remoto"
    case .pushedOpenConflicts: "Enviado. Conflictos abiertos: {0}."
    case .reLinked: "Con nuevo vínculo"
    case .recomputedOnTheStoreS: "Recalculado con los datos del almacén; no son las estimaciones del CIAT."
    case .recordsMergeFieldByField:
      "Los registros se mezclan campo por campo con su historial; dos cambios hechos sin verse que no coinciden quedan como conflictos para revisar en la interfaz (tecla 5). Vea docs/sync.md."
    case .registeredHouseholds: "Hogares registrados"
    case .remoteRepository: "Repositorio remoto."
    case .rendersOneScreenWithoutA:
      "Dibuja una pantalla sin terminal y la imprime como texto (para guías, documentos y mediciones)."
    case .replacesAnExistingStore: "Reemplaza un almacén existente."
    case .restore: "restaurar {0}"
    case .reviewConflictsAndDuplicatesIn:
      "Revise los conflictos y duplicados en la interfaz: alianzas, tecla 5."
    case .rowColumnReason: "{0}: fila {1}, columna «{2}»: {3}"
    case .rowColumnTheEventMust: "{0}: fila {1}, columna «{2}»: el evento debe ser 0 o 1"
    case .rowColumnTimeCannotBe: "{0}: fila {1}, columna «{2}»: el tiempo no puede ser negativo"
    case .rowHasValuesButThe: "{0}: fila {1}: tiene {2} valores y el encabezado {3} columnas"
    case .rowMisplacedQuotesAQuote:
      "{0}: fila {1}: comillas mal puestas (una comilla dentro de un valor sin comillas, o texto tras cerrarlas)"
    case .rowOpensQuotesThatAre: "{0}: fila {1}: abre comillas que no se cierran"
    case .scaleMustBeBetweenAnd: "--scale debe estar entre 0 y 20 (se recibió {0})"
    case .scored: "con puntaje"
    case .screenPanelAlliancesRupturesOr: "Pantalla: panel, alliances, ruptures o surveys."
    case .secureMildModerateSevere: "segura / leve / moderada / severa"
    case .setTheRemote: "configurar el remoto"
    case .sinceIsNotAValid:
      "--since «{0}» no es una marca válida: use la que imprimió la exportación anterior, p. ej. 2014-06-30T12:00:00Z"
    case .sizeMustBeWidthxheightFor: "--size debe ser ANCHOxALTO, por ejemplo 120x40 (se recibió «{0}»)"
    case .sizeRelativeToNationalFor: "Tamaño relativo al nacional (0.1 para pruebas, 10 para carga)."
    case .sizeWidthxheight: "Tamaño ANCHOxALTO."
    case .skipping: "se omite "
    case .stageTheChanges: "añadir los cambios"
    case .surveys: "Encuestas"
    case .syncsTheStoreAsA:
      "Sincroniza el almacén como repositorio git: confirma, trae, mezcla registro por registro y envía."
    case .theBundleToImport: "El paquete a importar."
    case .theColumnAppearsTimesIn: "{0}: la columna «{1}» aparece {2} veces en el encabezado (posiciones {3})"
    case .theDemoSAsOf: "Fecha de corte de la demostración (AAAA-MM-DD)."
    case .theFirstTimeItSets:
      "La primera vez prepara el repositorio y su controlador de mezcla. Con --remote apunta a un repositorio (p. ej. uno «bare» en una memoria USB o carpeta compartida); si el almacén aún no existe, lo clona de allí."
    case .theInterfaceNeedsATerminal:
      "la interfaz necesita una terminal; use «alianzas summary» para un resumen en texto"
    case .theSameSeedScaleAnd: "El mismo --seed, --scale y --as-of producen exactamente los mismos archivos."
    case .theStoreIsInFormat:
      "el almacén está en el formato {0}; se lee lo que se puede. Ábralo en la interfaz o con «alianzas validate --quarantine» para llevarlo al formato {1}."
    case .theStoreIsLookedFor:
      "El almacén se busca en --store, luego en $ALIANZAS_STORE y luego en ~/.local/share/alianzas. Use --lang en para inglés."
    case .theStudySAnalysesAgreement:
      "Análisis del estudio: supervivencia de acuerdos, re-vinculación y comparación de hogares."
    case .thereIsNoColumnColumns: "{0}: no hay una columna «{1}» (columnas: {2})"
    case .ties: "empates"
    case .tiesEfronOrBreslow: "Empates: efron o breslow."
    case .time: "Tiempo"
    case .timeColumnCsv: "Columna del tiempo (CSV)."
    case .timeEventGroupAndCovariates: "--time, --event, --group, --covariates y --sheet van con --csv"
    case .timeIn: "tiempo en"
    case .timeToANewBuyer:
      "Tiempo hasta un nuevo comprador tras la ruptura del primer acuerdo (Cuadro 1 del estudio)."
    case .totalYearlyIncome: "Ingreso total anual"
    case .valueMissing: "falta el valor"
    case .versus: "frente a"
    case .vulnerable: "Población vulnerable"
    case .waitingTimeForANew: "Tiempo de espera para un nuevo vínculo comercial después de una ruptura"
    case .withStoreItAnalysesThe:
      "Con --store analiza las alianzas del almacén (tiempo en días). Con --csv analiza un archivo con encabezado: --time y --event nombran columnas; el evento es 1 o 0."
    case .writesTheStoreSChanges:
      "Escribe los cambios del almacén (o todo) en un paquete con suma de control."
    }
  }

  private var english: String {
    switch self {
    case .removedStaleGitLock: "Removed the git lock an interrupted sync left behind."
    case .ci95: "95% CI"
    case .exportAnonymizeHelp:
      "Anonymized research export: no names, documents or free text; households and surveys under stable pseudonyms; rare cells (municipality × group × vulnerability × size) of fewer than k households coarsened or suppressed, with a report."
    case .exportMonthHelp: "With --anonymize: dates reduced to the month."
    case .exportKHelp: "With --anonymize: the smallest allowed cell of quasi-identifiers (default 5)."
    case .exportKeyHelp:
      "With --anonymize: the pseudonym key file (made if missing); share it to link exports from several laptops."
    case .exportOnlyAnonymized: "--month-dates and --key-file go with --anonymize."
    case .exportBadK: "k must be between 1 and 1000, not {0}."
    case .exportKeyUnreadable: "{0} is not a pseudonym key (32 bytes)."
    case .exportKeyCannotKeep: "could not keep the pseudonym key in {0}."
    case .exportAbstract: "Exports store tables to CSV, Excel, Stata or SPSS, with their codebook."
    case .exportDiscussion:
      "Tables: {0}. Without --table every table is exported. Excel (xlsx) writes one workbook with a sheet per table; CSV, Stata and SPSS write a folder with a file per table, or one file when a single table is asked for and --out ends in its extension. No half-written file is ever left."
    case .exportFormatHelp: "Format: csv, xlsx (Excel), dta (Stata) or sav (SPSS)."
    case .exportTableHelp: "A table to export (repeatable); without it, all of them."
    case .exportOutHelp: "Output file or folder."
    case .exportExcelHelp:
      "CSV for a Spanish-language Excel: byte-order mark, \";\" between fields, decimal comma and codes by their label."
    case .exportForceHelp: "Replace the output if it exists."
    case .exportUnknownFormat: "«{0}» is not an export format: use csv, xlsx, dta or sav."
    case .exportUnknownTable: "«{0}» is not a table; the tables are: {1}."
    case .exportExcelOnlyCSV: "--excel is a kind of CSV: use it with --format csv."
    case .exportTableRows: "{0}: {1} rows"
    case .exportWritten: "Written to {0} ({1} files)."
    case .exportCut:
      "{0} texts were over the format's limit and were cut (Stata keeps up to 2,045 bytes per text)."
    case .exportExists: "{0} already exists; use --force to replace it."
    case .exportFolderMissing: "the folder {0} does not exist."
    case .exportCannotWrite: "could not write {0}: {1}. No half-written file was left."
    case .reportAbstract:
      "Writes a self-contained HTML report (charts included, nothing to fetch), to read, send or print on A4."
    case .reportNationalAbstract:
      "The national report: stages, IDAP, how long agreements last, new buyers, households, and beneficiaries against controls."
    case .reportOutHelp: "HTML file to write."
    case .reportWritten: "Report written to {0}."
    case .reportDepartmentHelp: "One department only, by its name or DIVIPOLA code (“Cauca”, “19”)."
    case .reportUnknownDepartment:
      "“{0}” is not a department of Colombia: give its name (e.g. “Cauca”) or its DIVIPOLA code."
    case .reportMapHelp:
      "Figure the map of departments is shaded by: idap, alliances, poverty or food-insecure."
    case .reportAllianceAbstract:
      "The report for an alliance's committee: its lifecycle, deliveries and prices, Incentivo Modular and revolving fund, households, buyers and warnings."
    case .reportAllianceCodeHelp:
      "The alliance's code (e.g. “ANT-2009-001”)."
    case .reportUnknownAlliance:
      "There is no alliance “{0}” in the store {1}."
    case .validateQualityHelp:
      "Also the data-quality checks (data/rules/quality.json): each finding with its reason and, at the end, how many of each check. Only reads."
    case .validateQualityJSONHelp:
      "With --quality: only the totals by check, as JSON."
    case .qualityTotals:
      "Quality checks: {0} findings in {1} alliances."
    case .qualityLine:
      "  {0}: {1} (severity {2})"
    case .snapshotKeysHelp:
      "Keys to press before drawing, as in Vim: each character is its key and <Enter>, <Esc>, <Tab>, <Down>, <C-x>, <F1>… name the others. Example: \"2<Down><Enter>\"."
    case .snapshotEveryHelp:
      "Prints every screen on the way, not only the last, each headed by the key that led to it."
    case .tourAbstract:
      "A guided tour for training, on a throw-away copy of a demo store."
    case .tourDiscussion:
      "The copy (\"practice\") lives in the system's temporary folder and is deleted on the way out: what changes in it touches no other store. In the tour, → and ← move between steps, Esc lets you carry on by hand and T takes it up again; Ctrl-R puts the practice back as the demo was. With --keys the tour runs without a terminal and prints the screen, as snapshot --keys does."
    case .tourFromHelp:
      "Demo store to copy (by default, a fresh demo of 78 alliances)."
    case .tourStepHelp:
      "Tour step to start at."
    case .tourStepMustBePositive:
      "--step starts at 1 (got «{0}»)"
    case .tourFromNotAStore:
      "--from: {0} is not an Alianzas store (it has no readable store.json)."
    case .tourFromNotADemo:
      "--from: {0} is not a demo store; practice copies demos only, never real people's data."
    case .comparisonDesignHelp:
      "Design: study (the study's: impact in its 2 alliances with controls; tenure and training among its 718 beneficiaries) or all (every complete survey). By default the study's when the store holds its surveys."
    case .comparisonDesignLine:
      "Design: {0}."
    case .noStudySurveysInStore:
      "The store holds no survey of the study (sample study or impact): use --design all."
    case .keysAbstract:
      "Store encryption: recovery key, encrypting, passphrase."
    case .keysDiscussion:
      "An encrypted store keeps every file (records, history, indexes, caches, quarantine) encrypted with ChaCha20-Poly1305 under a key of its own. That key opens with the officer's passphrase (scrypt) or with the organization's recovery key, which a supervisor keeps off the field laptops. Steps: «alianzas keys recovery --out org.key» (once, the supervisor); «alianzas keys encrypt --recovery-public org.key.pub» on each laptop. The passphrase is typed without echo, or taken from ALIANZAS_PASSPHRASE."
    case .keysStatusAbstract:
      "Says whether the store is encrypted, with what, and its recovery key's fingerprint."
    case .storeNotEncrypted:
      "{0} is not encrypted (encrypt it with «alianzas keys encrypt»)."
    case .storeEncrypted:
      "{0} is encrypted with {1}; key {2}."
    case .keysPassphraseLine:
      "Passphrase: {0}, N = {1}, r = {2}, p = {3}."
    case .keysRecoveryLine:
      "Organization's recovery key: fingerprint {0}."
    case .encryptionUnfinished:
      "The encryption was cut short: the next «alianzas keys encrypt» (or the next opening for writing) finishes it."
    case .keysRecoveryAbstract:
      "Makes the organization's recovery key pair."
    case .keysRecoveryDiscussion:
      "Writes the private key to FILE (0600) and the public one to FILE.pub. The private key opens every store encrypted for it: a supervisor keeps it, off the field laptops and with a copy in a safe place. The public one is handed to the officers to encrypt with."
    case .recoveryPrivateFile:
      "File for the private key (the public one goes to FILE.pub)."
    case .refusesToReplace:
      "{0} already exists; it is not replaced."
    case .recoveryWritten:
      "Private key in {0}; public key in {1}."
    case .recoveryFingerprint:
      "Fingerprint: {0} (compare it when handing over the public key)."
    case .keysEncryptAbstract:
      "Encrypts an existing store in place."
    case .keysEncryptDiscussion:
      "Takes the lock, writes the key and encrypts each file with an atomic replace; interrupted at any point, the store still opens and the next writer finishes the work. Earlier git commits (and their remote) keep the files unencrypted."
    case .recoveryPublicHelp:
      "The organization's recovery public key (.pub file or the base64 text)."
    case .noTerminalForPassphrase:
      "there is no terminal to ask for the passphrase: set {0}"
    case .encryptionFinished:
      "Encryption of {0} finished."
    case .storeEncryptedFiles:
      "{0} encrypted: {1} files."
    case .gitHistoryStillPlain:
      "Warning: the store's git repository (and its remote) keeps earlier versions unencrypted; to leave none, start a new repository and delete it from the remote."
    case .keysPassphraseAbstract:
      "Changes the store's passphrase (the key and the files stay as they are)."
    case .keysPassphraseDiscussion:
      "Opens the store with the current passphrase (or with --recovery-key when it was lost) and asks for the new one twice, or takes it from ALIANZAS_NEW_PASSPHRASE."
    case .passphraseChanged:
      "Passphrase of {0} changed."
    case .recoveryPublicRequired:
      "--recovery-public is missing: an encrypted store is also encrypted for the organization's recovery key (make one with «alianzas keys recovery»)"
    case .notARecoveryPublicKey:
      "{0} is not an Alianzas recovery public key"
    case .recoveryKeyHelp:
      "The organization's recovery private key, to open an encrypted store without its passphrase."
    case .passphraseFor:
      "Passphrase for {0}: "
    case .newPassphrase:
      "New passphrase (10 characters or more): "
    case .newPassphraseAgain:
      "Type it again: "
    case .demoEncryptHelp:
      "Makes the store encrypted (asks for the passphrase and --recovery-public)."
    case .trustHelp:
      "Trusts the device that signed the bundle if its fingerprint is this one (compare it with its owner first)."
    case .trustDoesNotMatch:
      "the fingerprint given ({0}) is not the bundle signer's ({1}); it is not trusted"
    case .deviceTrusted:
      "Device «{0}» trusted from now on (fingerprint {1})."
    case .identityAbstract:
      "Shows this device's signing fingerprint and the devices the store trusts."
    case .identityLine:
      "This device: {0}; signing fingerprint {1}"
    case .noTrustedDevices:
      "The store trusts no other device yet."
    case .trustedDeviceLine:
      "Trusted: {0} (fingerprint {1}), by {2} on {3}"
    case .gitMergeDriverForHistory:
      "Git merge driver for encrypted histories."
    case .exportSensitiveHelp:
      "Includes sensitive data (Ley 1581, art. 5), left out unless named: {0}. Never with --anonymize."
    case .exportNotSensitive:
      "«{0}» is not a sensitive column; the sensitive ones are: {1}"
    case .exportSensitiveNotAnonymized:
      "--include-sensitive does not go with --anonymize: the research export never carries sensitive data"
    case .erasureApplied:
      "{0}: a household was erased at its titular's request (erasure received)."
    case .privacyAbstract:
      "The titular's rights (Ley 1581, art. 8): to know their data and to have it erased."
    case .privacyDiscussion:
      "«privacy show HOUSEHOLD» prints (or with --out saves) everything the store holds about the household, history included. «privacy erase HOUSEHOLD --reason …» removes it from the records, the history, quarantine and the caches, and leaves a record with no personal data that sync carries to the other laptops, which erase it too."
    case .privacyShowAbstract:
      "Everything the store holds about a household, history included, as JSON."
    case .householdCodeHelp:
      "Household code (for example ANT-2011-001-H001)."
    case .privacyOutHelp:
      "File to save the report in, to hand to the titular (an existing one is not replaced)."
    case .privacyWritten:
      "Report on {0} saved in {1}."
    case .privacyEraseAbstract:
      "Erases a household at its titular's request, on this laptop and, through sync, on the others."
    case .privacyEraseDiscussion:
      "The history keeps who erased it, when, on which device and why; not what. It cannot be undone. Earlier versions kept in a git repository (and its remote) stay there until the organization rewrites it."
    case .privacyReasonHelp:
      "Why (the titular's request: date, filing number); write no personal data."
    case .privacyReasonRequired:
      "--reason cannot be empty: the erasure's record says why"
    case .privacyErased:
      "Household {0} erased from alliance {1}; {2} history changes emptied."
    case .privacyCopyCleaned:
      "  copy cleaned or removed: {0}"
    case .privacyErasedTravels:
      "The erasure travels with the next sync (bundle or git) and is applied on the other laptops."
    case .gitSigningKeyFailed:
      "could not make the key that signs git commits (ssh-keygen, from the openssh-client package, is needed)"
    case .gitUntrustedCommits:
      "the remote has {0} commits this store does not take; nothing was merged:"
    case .gitUnsignedCommit:
      "  {0} by «{1}»: no valid signature"
    case .gitUnknownSigner:
      "  {0} by «{1}»: signed by a device this store does not trust (fingerprint {2}); compare the fingerprint with its owner and, if it matches, sync with --trust {2}"
    case .gitTrusted:
      "Device «{0}» trusted for git from now on (fingerprint {1})."
    case .gitTrustHelp:
      "Trusts the device that signed the remote's commits if its fingerprint (SHA256:…) is this one."
    case .identityGitLine:
      "  and for git, fingerprint {0}"
    case .trustedGitLine:
      "Trusted for git: {0} (fingerprint {1}), by {2} on {3}"
    case .relativeDifference: "Diff. %"
    case .noCoxModel: "no Cox model (the curves and the log-rank test are shown): "
    case .relinkLegend:
      "In brackets: share of the {0} alliances with a new buyer. In each group, «k of n»: of its n ruptures, k with a new buyer in the first half-year; then how many more («No»: none)."
    case .undoInterruptedMerge: "undo the merge an interrupted sync left half-done"
    case .undidInterruptedMerge: "Undid the merge an interrupted sync left half-done; it is made again."
    case .internalErrorSignal:
      "internal error; the terminal was restored and every confirmed field was already saved. Open Alianzas again."
    case .addedUpdatedUnchangedConflicts: "added {0}, updated {1}, unchanged {2}, conflicts {3}"
    case .agreementsActiveRupturedNew: "Agreements active / ruptured / new"
    case .alianzasChangesByOn: "Alianzas: changes by {0} on {1}"
    case .alianzasSettledAfterMerging: "Alianzas: settled after merging"
    case .all: "All"
    case .alliances: "Alliances"
    case .asOfMustBeA: "--as-of must be a date YYYY-MM-DD (got «{0}»)"
    case .beneficiaries: "beneficiaries"
    case .both: "Both"
    case .bundleFileToWrite: "Bundle file to write."
    case .buyers: "Buyers"
    case .byIsForTheStore: "--by is for the store; with --csv use --group"
    case .byStage: "By stage"
    case .byStatus: "By status"
    case .checksEveryFileOfThe: "Checks every file of the store and lists problems as path:line: reason."
    case .ci: "95% CI"
    case .clone: "clone"
    case .commit: "commit"
    case .comparesGroupsOfHouseholdsBeneficiaries:
      "Compares groups of households: beneficiaries and control, tenure, training."
    case .complete: "complete"
    case .conflict: "  conflict: "
    case .consolidationZone: "Consolidation zone"
    case .couldNotBeRead: "{0}: could not be read: {1}"
    case .couldNotBeRead2: "{0}: could not be read"
    case .covariate: "Covariate"
    case .coxCovariatesCommaSeparatedCsv: "Cox covariates, comma-separated (CSV)."
    case .createTheRepository: "create the repository"
    case .createsADemoStoreWith:
      "Creates a demo store with realistic national data (775 alliances, 31 departments)."
    case .csvFileWithAHeader: "CSV file with a header row (UTF-8 or Windows-1252), or Excel workbook (.xlsx)."
    case .csvNeedsTimeAndEvent: "--csv needs --time and --event"
    case .dataStoreFolder: "Data store folder."
    case .days: "days"
    case .demoStoreCreatedAtAlliances: "Demo store created at {0}: {1} alliances (as of {2})."
    case .departments: "Departments"
    case .df: "df"
    case .difference: "Difference"
    case .differenceInTheProbabilityOf: "Difference in the probability of food security: "
    case .doesNotOpenTheInterface: "Does not open the interface afterwards."
    case .dryRunNothingWasChanged: "Dry run: nothing was changed."
    case .durationOfTheFirstBuyer:
      "Duration of the first buyer agreement: Kaplan–Meier, log-rank and Cox; or any CSV."
    case .elcsaMild: "Mild"
    case .elcsaModerate: "Moderate"
    case .elcsaSecure: "Secure"
    case .elcsaSevere: "Severe"
    case .eventColumnOrCsv: "Event column, 1 or 0 (CSV)."
    case .events: "Events"
    case .events2: "events"
    case .exchangesRecordsBetweenStoresBy:
      "Exchanges records between stores: by bundle (USB, e-mail) or through git."
    case .exitsWhenCleanAndOtherwise:
      "Exits 0 when clean and 1 otherwise. Without --quarantine it changes no file; the interface moves damaged files aside when it opens the store."
    case .familiesOpMembers: "Families (OP members)"
    case .fetchFromTheRemote: "fetch from the remote"
    case .filesChanges: "{0} files, {1} changes → {2}"
    case .filesCheckedMoreProblems: "{0} files checked: {1} problems more."
    case .filesCheckedNoProblems: "{0} files checked: no problems."
    case .filesCheckedOneMoreProblem: "{0} files checked: 1 problem more."
    case .filesCheckedOneProblem: "{0} files checked: 1 problem."
    case .filesCheckedProblems: "{0} files checked: {1} problems."
    case .filesMovedAsideToQuarantine: "{0} files moved aside to quarantine/; each has a .note.txt note."
    case .firstAgreementRupturesReLinked:
      "First-agreement ruptures: {0}; re-linked: {1}; still searching: {2}"
    case .generatingAlliances: "Generating alliances"
    case .generatorSeed: "Generator seed."
    case .gitCouldNotMerge: "git could not merge: "
    case .gitFailedTo: "git failed to {0}: "
    case .gitMergeDriverForRecord: "git merge driver for record files (installed by «sync git»)."
    case .group: "Group"
    case .groupColumnCsv: "Group column (CSV)."
    case .groupingBeneficiaryTenureOrTraining: "Grouping: beneficiary, tenure or training."
    case .groupingOfTheCurvesStore: "Grouping of the curves (store)."
    case .hadBeenMovedAsideAs:
      "{0} had been moved aside as damaged: the last pushed version was restored (the damaged copy stays in quarantine/)."
    case .hasNoDataRows: "{0}: has no data rows"
    case .holdsNoAlianzasStorePush:
      "{0} holds no Alianzas store; push one first with «alianzas sync git --remote» from a store"
    case .importingTheSameBundleTwice:
      "Importing the same bundle twice changes nothing and the order of bundles does not matter. A damaged or foreign bundle is refused and nothing changes. If the store does not exist, a full bundle creates it."
    case .incomeFromTheProduct: "Income from the product"
    case .incomplete: "  incomplete"
    case .installTheMergeDriver: "install the merge driver"
    case .interfaceLanguageEsOrEn: "Interface language: es or en."
    case .isEmpty: "{0}: is empty"
    case .isNotAStoreAnd:
      "{0} is not a store and the bundle only carries changes: import a full bundle first (exported without --since)"
    case .isTooLargeMbThe: "{0}: is too large ({1} MB; the maximum is {2} MB)"
    case .jsonOutputForScripts: "JSON output for scripts."
    case .lineNotUtfTextSave: "{0}: line {1}: neither UTF-8 nor Windows-1252 text (save it as «CSV UTF-8»)"
    case .xlsxNotAWorkbook: "{0}: not an Excel .xlsx workbook (it is not a ZIP file)"
    case .xlsxDamaged: "{0}: the Excel workbook is damaged (part {1})"
    case .xlsxNoSheet: "{0}: there is no sheet «{1}»; the sheets are: {2}"
    case .sheetIsForWorkbooks: "{0}: --sheet is for Excel workbooks (.xlsx), and this is not one"
    case .sheetHelp: "Sheet of the Excel workbook (.xlsx) to read; the first when left out."
    case .localChangesCommitted: "Local changes committed."
    case .lowMediumHigh: "  low / medium / high"
    case .markForTheNextExport: "Mark for the next export: --since {0}"
    case .mean: "mean"
    case .measure: "Measure"
    case .median: "Median"
    case .mergedWithTheRemoteFiles: "Merged with the remote: {0} files with new history, {1} settled."
    case .mergesABundleIntoThe: "Merges a bundle into the store, record by record."
    case .monitoringOfPaapProductiveAlliances:
      "Monitoring of PAAP productive alliances: lifecycle, buyer ruptures and household surveys."
    case .movesEveryAllianceOrHousehold:
      "Moves every alliance or household file that does not read into quarantine/, with a note."
    case .noData: "no data"
    case .noLocalChanges: "No local changes."
    case .noRemoteUseRemoteTo: "No remote: use --remote to sync with another store."
    case .notANumber: "«{0}» is not a number"
    case .notMerged: "  not merged: "
    case .notReached: "not reached"
    case .numberTooLarge: "«{0}» is too large"
    case .of: "of"
    case .oneSideOfTheMerge: "{0}: one side of the merge is not valid JSON"
    case .onlyChangesReceivedSinceThis:
      "Only changes received since this mark (the one the previous export printed, YYYY-MM-DDTHH:MM:SSZ). Without it, the whole store."
    case .onlySaysWhatItWould: "Only says what it would do."
    case .openingTheExistingStoreAt: "Opening the existing store at {0} (use --force to make it again)."
    case .opensTheTerminalInterfaceOn: "Opens the terminal interface on the store (the default command)."
    case .partial: "partial"
    case .possibleDuplicateInAnd: "  possible duplicate in {0}: {1} and {2}"
    case .povertyNationalLine: "Poverty (national line): "
    case .povertyNationalLine2: "  poverty (national line)"
    case .ppiMeanScore: "PPI mean score"
    case .ppiScore: "PPI score"
    case .printsTheNationalFiguresAlliances:
      "Prints the national figures: alliances, stages, statuses, households, agreements, IDAP, ELCSA and PPI."
    case .productiveAlliancesNationalSummary: "Productive alliances — national summary"
    case .pushToTheRemote: "push to the remote"
    case .pushedOpenConflicts: "Pushed. Open conflicts: {0}."
    case .reLinked: "Re-linked"
    case .recomputedOnTheStoreS: "Recomputed on the store's data; these are not CIAT's estimates."
    case .recordsMergeFieldByField:
      "Records merge field by field using their history; two changes made without seeing each other that disagree become conflicts to review in the interface (key 5). See docs/sync.md."
    case .registeredHouseholds: "Registered households"
    case .remoteRepository: "Remote repository."
    case .rendersOneScreenWithoutA:
      "Renders one screen without a terminal and prints it as text (for handouts, documents and measurements)."
    case .replacesAnExistingStore: "Replaces an existing store."
    case .restore: "restore {0}"
    case .reviewConflictsAndDuplicatesIn: "Review conflicts and duplicates in the interface: alianzas, key 5."
    case .rowColumnReason: "{0}: row {1}, column «{2}»: {3}"
    case .rowColumnTheEventMust: "{0}: row {1}, column «{2}»: the event must be 0 or 1"
    case .rowColumnTimeCannotBe: "{0}: row {1}, column «{2}»: time cannot be negative"
    case .rowHasValuesButThe: "{0}: row {1}: has {2} values but the header has {3} columns"
    case .rowMisplacedQuotesAQuote:
      "{0}: row {1}: misplaced quotes (a quote inside an unquoted value, or text after closing them)"
    case .rowOpensQuotesThatAre: "{0}: row {1}: opens quotes that are never closed"
    case .scaleMustBeBetweenAnd: "--scale must be between 0 and 20 (got {0})"
    case .scored: "scored"
    case .screenPanelAlliancesRupturesOr: "Screen: panel, alliances, ruptures or surveys."
    case .secureMildModerateSevere: "secure / mild / moderate / severe"
    case .setTheRemote: "set the remote"
    case .sinceIsNotAValid:
      "--since «{0}» is not a valid mark: use the one the previous export printed, e.g. 2014-06-30T12:00:00Z"
    case .sizeMustBeWidthxheightFor: "--size must be WIDTHxHEIGHT, for example 120x40 (got «{0}»)"
    case .sizeRelativeToNationalFor: "Size relative to national (0.1 for tests, 10 for load)."
    case .sizeWidthxheight: "Size WIDTHxHEIGHT."
    case .skipping: "skipping "
    case .stageTheChanges: "stage the changes"
    case .surveys: "Surveys"
    case .syncsTheStoreAsA:
      "Syncs the store as a git repository: commits, pulls, merges record by record and pushes."
    case .theBundleToImport: "The bundle to import."
    case .theColumnAppearsTimesIn: "{0}: the column «{1}» appears {2} times in the header (positions {3})"
    case .theDemoSAsOf: "The demo's as-of date (YYYY-MM-DD)."
    case .theFirstTimeItSets:
      "The first time it sets up the repository and its merge driver. --remote points at a repository (e.g. a bare one on a USB stick or shared folder); if the store does not exist yet, it is cloned from there."
    case .theInterfaceNeedsATerminal:
      "the interface needs a terminal; use «alianzas summary» for a text summary"
    case .theSameSeedScaleAnd: "The same --seed, --scale and --as-of produce exactly the same files."
    case .theStoreIsInFormat:
      "the store is in format {0}; what can be read is read. Open it in the interface or with «alianzas validate --quarantine» to bring it to format {1}."
    case .theStoreIsLookedFor:
      "The store is looked for in --store, then $ALIANZAS_STORE, then ~/.local/share/alianzas. Use --lang es for Spanish."
    case .theStudySAnalysesAgreement:
      "The study's analyses: agreement survival, re-linking and household comparisons."
    case .thereIsNoColumnColumns: "{0}: there is no column «{1}» (columns: {2})"
    case .ties: "ties"
    case .tiesEfronOrBreslow: "Ties: efron or breslow."
    case .time: "Time"
    case .timeColumnCsv: "Time column (CSV)."
    case .timeEventGroupAndCovariates: "--time, --event, --group, --covariates and --sheet go with --csv"
    case .timeIn: "time in"
    case .timeToANewBuyer: "Time to a new buyer after the first agreement broke (the study's Cuadro 1)."
    case .totalYearlyIncome: "Total yearly income"
    case .valueMissing: "the value is missing"
    case .versus: "versus"
    case .vulnerable: "Vulnerable"
    case .waitingTimeForANew: "Waiting time for a new buyer after a rupture"
    case .withStoreItAnalysesThe:
      "With --store it analyses the store's alliances (time in days). With --csv it analyses a file with a header row: --time and --event name columns; the event is 1 or 0."
    case .writesTheStoreSChanges:
      "Writes the store's changes (or everything) into one bundle with a checksum."
    }
  }
}
