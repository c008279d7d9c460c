/// The command line's sentences in Spanish, the field's language and the default; every key of
/// `CLI` has its text here (the switch is exhaustive).
extension CLI {
  var spanish: String {
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
}
