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
}
