import AlianzasDomain

/// Every text a person reads in the interface, by key. Each key has a Spanish and an English
/// entry; a test fails when a catalog misses one.
public enum T: String, CaseIterable, Sendable {
  case appName, readOnly, asOf, tooSmall, minimum, loading, noData
  case screenPanel, tabPanel
  case byStage, byStatus, agreements, agreementsActive, agreementsRuptured, agreementsRelinked, searching
  case elcsaSecure, elcsaMild, elcsaModerate, elcsaSevere, elcsaIncompleteShort, povertyShort
  case idap, idapMean, idapPartial, idapScored, households, elcsaIncomplete, poverty, surveys, surveysComplete
  case departments, mostAlliances, fewestAlliances, byCallYear, alerts, alertNoVisit, alertRepayments,
    alertRuptured
  case alliancesWord, familiesWord, buyersWord, byProduct
  case helpTitle, helpFooter, disabledPrefix
  case keyHelp, keyQuit, keyNextScreen, keyPreviousScreen, keyPanel, keyLanguage, keyClose, keyProblems,
    keyScroll
  case problemsTitle, problemsCount, problemsOne, problemsNone, readOnlyBecause
  case vulnerableTiny, consolidationTiny, coxNeedsData
  case all, benefControl, cannotComplete, colHead, colLastSurvey, colMembers, colTrained, colYears
  case comparisonTitle, completeAction, completeShort, difference, fieldDocument, fieldEnumerator
  case fieldGroup, fieldHeadName, fieldHouseholdMembers, fieldIncomeProduct, fieldIncomeTotal
  case fieldJoined, fieldMinors, fieldTrained, fieldVillage, foodSecureLine, foodSecurityTitle
  case householdTitle, incompleteCategory, incompleteShort, joinedHint, keyAnswerElcsa
  case keyAnswerPPI, keyLeaveSurvey, keyNewHousehold, keyNewRound, keyPovertyLine, keySurvey
  case likelihood, measure, newHouseholdTitle, nothingMissing, povertyLine, ppiMissing, ppiPartial
  case ppiScore, questionTitle, rangeLine, rawScore, rosterPickTitle, rosterTitle
  case screenHouseholds, screenerShort, skippedNoMinors, surveyCompleted, surveyFormTitle
  case surveyNew, tabHouseholds, unansweredTitle, unknownItems, viewComparisons, viewRosters
  case agreementActive, agreementRelinked, agreementSearching, agreementsTitle, both
  case buyerChoiceHint, causeDetailHint, causeShort, complianceLong, complianceShort, covariate
  case coxFooter, coxRecomputed, coxTitle, daysCount, drivers, endShort, fieldCause, fieldCauseDetail
  case fieldEndedBy, fieldExistingBuyer, fieldNewBuyer, fieldStart, fieldVolume, groupLine, hazard
  case historyTitle, interval, keyGrouping, keyHistory, keyRelink, keyRupture, keyShow
  case longSearchTitle, newBuyerChoice, noAgreements, noLongSearches, noRisks, of, relinkAction
  case relinkAfter, relinkDone, relinkTitle, relinkTitleForm, riskTitle, ruptureAction
  case ruptureDone, ruptureTitle, screenRuptures, showActive, showAll, showRelinked, showSearching
  case stillSearching, survivalTitle, tabRuptures, viewAgreements, viewRelink, viewSurvival
  case waiting, withNewBuyer, years
  case messageTitle, errorTitle, confirmYes, confirmNo, pickHint
  case advanceAction, advanceTitle, advanced, agreed, amountNeeded, arrears, buyerAndAgreement
  case buyerHint, canAdvance, capitalization, checkAssembly, checkBooks, checkCDA, checkCosts
  case checklist, codeHint, codeTaken, cofinancing, colBuyer, colCode, colDepartment, colFamilies
  case colLastVisit, colName, colProduct, colStage, colStatus, consolidationShort, created
  case createdNote, dateHint, disbursed, disbursementAction, disbursementDone, disbursementTitle
  case documentsFor, editFinance, editGeneral, editMilestones, editVisit, experience
  case fieldAllianceName, fieldAmount, fieldBuyer, fieldCallYear, fieldCode, fieldCommitment
  case fieldDate, fieldDeliveredKg, fieldDepartment, fieldDue, fieldMembers, fieldMunicipality
  case fieldNote, fieldObservations, fieldOfficer, fieldOrganization, fieldPricePerKg
  case fieldProduct, fieldRejectedKg, fieldRequired, fieldSource, fieldVisitKind, filterBy, fund
  case fundDue, fundRepaid, fundTarget, investment, keyAdvance, keyBack, keyClearFilters
  case keyCloseForm, keyDisbursement, keyEdit, keyEditField, keyEditVisit, keyFilter, keyFirst
  case keyLast, keyMilestones, keyMove, keyNewAlliance, keyNewVisit, keyNextField, keyNextTab
  case keyOpen, keyPage, keyPreviousTab, keyRepayment, keyRetry, keyReverse, keySearch, keySort
  case keyStatus, lastRepayments, lastStage, leverage, listEmpty, listTitle, loans, margin
  case membersLine, month, newAllianceAction, newAllianceTitle, newBuyer, nextStep, noAgreement
  case noAlerts, noAlliance, noDocuments, noVisits, organization, originalBuyer, partialScore
  case perPeso, place, poaHint, product, programmed, pullsDown, refusedTitle, rejectedShort
  case mergedOnSave, screenReview, tabReview, reviewDone, historyOf, historyEmpty, reviewNone, reviewConflict,
    reviewDuplicate, reviewKind, reviewWhat, reviewWho, reviewHintConflict, reviewHintDuplicate,
    keyReviewFirst, keyReviewSecond, keyReviewThird, keyReviewDistinct, keyRecordHistory, historyLine,
    historyExternal, repaymentAction, repaymentDone, repaymentTitle, ruptureShort, saveFailed, screenAlliances
  case since, skills, sortBy, statusAction, statusChanged, statusPick, statusTitle, tabAlliances
  case tabFinance, tabLifecycle, tabSummary, tabVisits, timeline, totalValue, unsaved
  case unsavedQuestion, unsavedTitle, visitOf, visitsTitle, vulnerableLine, vulnerableShort
  case afName, afOga, afMunicipality, afProduct, afConsolidation, afOpName, afOpNit, afOpMembers, afOpInitial,
    afOpResignations, afOpExperience, afOpDisplaced, afOpAfro, afOpIndigenous, afPlanArea, afPlanProjected,
    afPlanObserved, afPlanPrice, afMProfileRegistered, afMProfileSelected, afMPreinvestment, afMApproval,
    afMConvenio, afMConvenioNumber, afMPolicyExpiry, afMFiduciary, afMOpContribution, afMGiro, afMCda, afMPoa,
    afMFundRules, afMFinalReport, afMLiquidation, afFTotal, afFIm, afFProgrammed, afFFundTarget, afFFundStart,
    afFFundMonths, afFRevenue, afFCosts
  case allSaved, yes, yesKey, notChecked, atLastStage, noVisitsReason, noFilters, noHouseholds, otherGroups,
    noAgreementInForce, noBrokenWaiting, agreementAlreadyInForce,
    driverExperienceHigh, driverExperienceLow, driverSkillsHigh, driverSkillsLow, driverMembersHigh,
    driverMembersLow, driverFundHigh, driverFundLow, driverVulnerableHigh, driverVulnerableLow,
    driverZoneHigh, driverZoneLow
  case keyNameSpace, keyNameBackspace, keyNameDelete, keyNameHome, keyNameEnd, keyNamePageUp, keyNamePageDown,
    errRequired, errTooLong, errControl, errNotANumber, errRange, errNotADate, errFuture, errNotAChoice
  case fnName, fnOga, fnHousehold, fnSurvey, fnElcsa, fnPpi, fnVillage, fnHeadName, fnDocument, fnMembers,
    fnMinors, fnVisit, fnAgreement, fnStage, fnStatus, fnMilestones, fnFinance, fnObservations, removedValue,
    noValue, flagNo, flagYes, duplicateDocument, duplicateNameVillage, householdSummary
  case keyConfirmField, keyCancelEdit, keyErase, keyClearField, keyTyping, keyAnswerLetter, keyPreviousField,
    keyNameTyping, keyTypeSearch, keyEndSearch, keyCancelSearch, keyScrollHelp, keyConfirmYes, keyConfirmNo,
    keyPickChoose
  case keyUnavailable
  case savedAfterFailure
  case answersComplete
  case fieldConsentDate, consentDateHint, fieldConsentMeans, fieldConsentSensitive, fieldConsentResearch,
    sensitiveMark, sensitiveHint, consentFirst
  case noStudySurveys
  case keyDesign, comparisonDesignStudy, comparisonDesignStudyMicro, comparisonDesignAll
  case exPpiHeading
  case nothingToExplain
  case keyExplain, keyGlossary, explainFooter, glossaryTitle, exIdapTitle, exIdapGeneralTitle, exIdapIntro,
    exIdapMinimum, exIdapScore, exIdapNoScore, exIdapDimension, exIdapIndicator, exIdapNoValue,
    exBetterHigher, exBetterLower, exIdapLowers, exIdapLoses, exIdapBands, exIdapSourceNote, exElcsaTitle,
    exElcsaIntro, exElcsaCutsMinors, exElcsaCutsAdults, exElcsaMissing, exElcsaResult, exElcsaRange,
    exElcsaNotAsked, exNotAnswered, exPpiTitle, exPpiIntro, exPpiPoints, exPpiTotal, exPpiPartial,
    exPpiLookup, exLifecycleTitle, exLifecycleIntro, exLifecycleNothing, exSurvivalTitle, exKaplanMeier,
    exMedian, exLogRank, exLogRankNow, exHardlyChance, exMaybeChance, exGroupLine, exCox, exCoxLine, exCoxNone
  case sandboxWasReset
  case sandboxOfficer
  case tourNothing, tourLeft, tourAtEnd, tourAtStart, keyTourNext, keyTourPrevious, keyTourLeave,
    keySandboxReset, keyTourResume, keyTourStart, sandboxMark, tourStepOf
  case keyScriptProblem
  case fieldActiveMembers, activeMembersHint, changeMembers
  case answeredIn
  case supRecordGone, reportFileNational, reportFilePrefix
  case changesSince, changeChecklist, changeNone
  case triageShowing, triageNone, triageSeverity, triageAlliance, triageKind, triageWhy, triageHint,
    keyTriage, supShowingTriage
  case supResubmitted
  case supFilterOpen, supFilterAll, supShowing, supDate, supOfficer, supState, supValues, supReviewed,
    supNotReviewed, supReasons, supComment, supRecorded, supHint, keyApprove, keyIssues, keyGiveBack,
    keyResubmit, keyOpenRecord, keyVerdictFilter, supPickReasonIssues, supPickReasonReturn, supCommentTitle,
    supCommentLine, supResubmitLine, supCommentLabel, supDone, supNoneHere
  case reportPromptAlliance
  case keyReport, reportPromptTitle, reportPromptNational, reportPromptDepartment, reportPromptLabel,
    reportDone, writingReport
  case exporting, readingRecords
  case exportAgreementOne, exportAgreementMany
  case exportAllianceOne, exportAllianceMany, exportHouseholdOne, exportHouseholdMany
  case exportPromptLineCsv
  case keyExport, exportKindXlsx, exportKindCsv, exportPickTitle, exportPromptTitle, exportPromptLine,
    exportPromptLabel, exportDone, exportNothing
  case tableNo
  case relinkLegend
  case surveyNewShort
  case priceRow
  case fnPartners
  case fnAccounts, fnAfroColombianMembers, fnAllianceCode, fnAmount, fnApprovalAct, fnAreaHa,
    fnAssemblyHeldLastYear, fnBooksUpToDate, fnBusinessPlan, fnBuyer, fnCallYear, fnCause, fnCauseDetail,
    fnCdaInstalled, fnCdaSessionsAsPlanned, fnChecklist, fnCode, fnCofinancing, fnCommitments, fnComponent,
    fnConsolidationZone, fnConvenioNumber, fnConvenioSigned, fnCosts, fnCostsKnown, fnDate, fnDeliveries,
    fnDepartmentCode, fnDisbursements, fnDisplacedMembers, fnDone, fnDue, fnEndedBy, fnEnumerator,
    fnFiduciaryName, fnFinalReport, fnFund, fnFundRulesApproved, fnGiroAuthorized, fnGroup, fnHasMinors,
    fnIncomeFromProduct, fnIncomeTotal, fnIndicatorID, fnIndigenousMembers, fnInitialMembers, fnJoined, fnKg,
    fnKind, fnLiquidationAct, fnLoans, fnManagerialSkills, fnModularIncentive, fnMunicipality, fnNit, fnNote,
    fnNotes, fnOpContributionDeposited, fnOrganization, fnOutstanding, fnOverdue, fnPoa, fnPoaApproved,
    fnPoaProgress, fnPolicyExpiry, fnPreinvestmentApproved, fnPricePerKg, fnPriorExperience, fnProduct,
    fnProfileRegistered, fnProfileSelected, fnProgrammedToDate, fnProjectedYieldKgPerHa,
    fnObservedYieldKgPerHa, fnQuality, fnReason, fnBy, fnReferencePricePerKg, fnRejectedKg, fnRepaymentMonths,
    fnRepaymentStart, fnRepaymentTarget, fnRepayments, fnReplaces, fnResignations, fnRevenue, fnRupture,
    fnScheduled, fnSource, fnStageHistory, fnStart, fnStatusHistory, fnTarget, fnText, fnTotalValue,
    fnTrained, fnUnit, fnVolumeKgPerMonth, fnVulnerability, fnYear, fnId, fnRule, fnSubject, fnFingerprint
  case relativeDifference
  case incompleteSameCategory
  case ppiMissingOne, idapPartialOne, surveysOne
  case fnUnlocks, fnArchived, fnWarningsConfirmed
  case keyConfirmWarning, noWarningHere, warningConfirmed, warningsTitle, warningConfirmedBy
  case documentShort, findAnywhereTitle, keyFindAnywhere
  case visitNeeds
  case householdNeeds, householdCreated
  case keyShowOptions
  case answerUndone, unlockTitle, unlockExplain, reasonLabel, unlockedDone, archiveTitle, archiveExplain,
    archivedDone, restoredDone, archivedRosterTitle, keyShowArchived, keyShowInUse, keyRestore, keyArchive,
    keyUnlock, keyUndo, surveyLocked, nothingToUndo
  case officerTitle, officerNameQuestion, officerNameLabel, officerOrganizationQuestion,
    officerOrganizationLabel, officerSaved
  case keyPromptSubmit, keyPromptCancel, promptHint, surveyLockedHint
  case matchCount, noMatches, keyFilterList
  case errDecimal, errGrouping, keyNamePaste
}

/// Every key's text in both languages; each language is an exhaustive switch over `T`, so the
/// compiler refuses a key that one of them lacks.
enum Catalog {
  static func text(_ key: T, _ language: Language) -> String {
    switch language {
    case .es: es(key)
    case .en: en(key)
    }
  }
}

extension T {
  /// A counted phrase in one helper for both languages: the singular text for one, the plural
  /// otherwise, with the number written as the language writes it ("falta 1 indicador",
  /// "faltan 10 indicadores").
  public static func counted(_ n: Int, one: T, many: T, _ language: Language) -> String {
    (n == 1 ? one : many)(language, Format.integer(n, language))
  }

  /// The text in both languages, for what carries a `Localized` (a binding's disabled reason).
  public var localized: Localized { Localized(es: Catalog.es(self), en: Catalog.en(self)) }

  /// The text in `language`, with `{0}`, `{1}`… replaced by `arguments`.
  public func callAsFunction(_ language: Language, _ arguments: CustomStringConvertible...) -> String {
    var text = Catalog.text(self, language)
    for (i, argument) in arguments.enumerated() {
      text = text.replacingAll("{\(i)}", with: argument.description)
    }
    return text
  }
}

extension String {
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var out = ""
    var rest = Substring(self)
    while let range = rest.range(of: target) {
      out += rest[..<range.lowerBound] + replacement
      rest = rest[range.upperBound...]
    }
    return out + rest
  }
}

extension Substring {
  func range(of target: String) -> Range<Index>? {
    guard let first = target.first else { return nil }
    var i = startIndex
    while i < endIndex {
      if self[i] == first && self[i...].hasPrefix(target) {
        return i..<index(i, offsetBy: target.count)
      }
      i = index(after: i)
    }
    return nil
  }
}
