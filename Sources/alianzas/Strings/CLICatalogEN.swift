/// The command line's sentences in English (`--lang en` or an English `LANG`); every key of `CLI`
/// has its text here (the switch is exhaustive).
extension CLI {
  var english: String {
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
