/// Why a lifecycle change was refused. Every case renders as a sentence that names what is missing.
public enum LifecycleRefusal: Hashable, Sendable, Error {
  case notNext(current: Stage, next: Stage?)
  case missing([Requirement])
  case dateBeforePrevious(Day)
  case dateInFuture
  case officerMissing
  case noteMissing
  case statusBlocks(AllianceStatus)
  case sameStatus
  case closedIsFinal
  case needsRelink

  public func message(_ language: Language, target: String) -> String {
    let es = language == .es
    let head = es ? "no puede pasar a \(target)" : "cannot move to \(target)"
    switch self {
    case .notNext(let current, let next):
      if let next {
        return es
          ? "\(head): la alianza está en \(current.label.es) y la etapa siguiente es \(next.label.es)"
          : "\(head): the alliance is at \(current.label.en) and the next stage is \(next.label.en)"
      }
      return es
        ? "\(head): \(current.label.es) es la última etapa" : "\(head): \(current.label.en) is the last stage"
    case .missing(let requirements):
      let list = requirements.map { $0.label(language) }
      return es ? "\(head): falta \(Self.join(list, "y"))" : "\(head): missing \(Self.join(list, "and"))"
    case .dateBeforePrevious(let day):
      return es
        ? "\(head): la fecha es anterior al último cambio (\(day.iso)); las fechas no retroceden"
        : "\(head): the date is before the last change (\(day.iso)); dates cannot go backwards"
    case .dateInFuture:
      return es ? "\(head): la fecha está en el futuro" : "\(head): the date is in the future"
    case .officerMissing:
      return es ? "\(head): falta el funcionario que registra" : "\(head): the recording officer is missing"
    case .noteMissing:
      return es
        ? "\(head): hace falta una nota que explique el cambio"
        : "\(head): a note explaining the change is required"
    case .statusBlocks(let status):
      return es
        ? "\(head): la alianza está \(status.label.es.lowercased())"
        : "\(head): the alliance is \(status.label.en.lowercased())"
    case .sameStatus: return es ? "\(head): ya tiene ese estado" : "\(head): it already has that status"
    case .closedIsFinal:
      return es
        ? "\(head): una alianza cerrada no cambia de estado"
        : "\(head): a closed alliance cannot change status"
    case .needsRelink:
      return es
        ? "\(head): no hay acuerdo comercial vigente; registre primero un nuevo aliado"
        : "\(head): no agreement is in force; record a new buyer first"
    }
  }

  /// The refusal in both languages, naming the stage it was refused.
  public func localized(target: Stage) -> Localized {
    Localized(es: message(.es, target: target.label.es), en: message(.en, target: target.label.en))
  }

  static func join(_ items: [String], _ conjunction: String) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
  }
}

/// The alliance's state machine: one stage at a time, forward only, each step guarded by the facts
/// it needs; status changes with their own rules. History is appended, never rewritten.
public enum Lifecycle {
  /// What an alliance must have on record to enter `stage`.
  public static func requirements(for stage: Stage) -> [Requirement] {
    switch stage {
    case .convocatoria: []
    case .perfil: [.organizationName, .product, .profileRegistered]
    case .preinversion: [.profileSelected]
    case .aprobacion: [.preinvestmentApproved, .projectedYield]
    case .convenio: [.approvalAct]
    case .fiducia: [.convenioSigned, .convenioNumber, .policyExpiry, .buyerAgreement]
    case .instalacionCDA: [.fiduciaryName, .opContribution]
    case .ejecucion: [.giroDate, .cdaInstalled, .poaApproved, .poaIndicators]
    case .comercializacion: [.activeAgreement]
    case .fondoRotatorio: [.fundRules, .repaymentTarget]
    case .cierre: [.finalReport]
    case .post: [.liquidationAct]
    }
  }

  /// The reasons that come from the alliance's record alone (its stage, status and documents),
  /// not from the date and officer a step is recorded with.
  static func factRefusals(_ alliance: Alliance, to stage: Stage) -> [LifecycleRefusal] {
    var reasons: [LifecycleRefusal] = []
    if stage != alliance.stage.next {
      reasons.append(.notNext(current: alliance.stage, next: alliance.stage.next))
    }
    if alliance.status == .suspendida || alliance.status == .cerrada {
      reasons.append(.statusBlocks(alliance.status))
    }
    let missing = requirements(for: stage).filter { !$0.isMet(by: alliance) }
    if !missing.isEmpty { reasons.append(.missing(missing)) }
    return reasons
  }

  /// Every reason the alliance cannot enter `stage` on `date`; empty when it can.
  public static func refusals(
    _ alliance: Alliance, to stage: Stage, on date: Day, officer: String, today: Day
  ) -> [LifecycleRefusal] {
    var reasons = factRefusals(alliance, to: stage)
    if let last = alliance.stageHistory.last?.date, date < last { reasons.append(.dateBeforePrevious(last)) }
    if date > today { reasons.append(.dateInFuture) }
    if officer.trimmingWhitespace.isEmpty { reasons.append(.officerMissing) }
    return reasons
  }

  /// Whether the alliance can take its next step, as the detail screen offers it: the date and
  /// officer are chosen in the step's form and checked when it is recorded, so only the record's
  /// own facts decide here.
  public enum NextStep: Hashable, Sendable {
    case last(Stage)
    case open(Stage)
    case refused(Stage, LifecycleRefusal)

    /// Why the step cannot be offered, in both languages; nil when it can.
    public var refusal: Localized? {
      switch self {
      case .open: nil
      case .last(let stage):
        LifecycleRefusal.notNext(current: stage, next: nil).localized(target: stage)
      case .refused(let next, let reason): reason.localized(target: next)
      }
    }
  }

  public static func nextStep(_ alliance: Alliance) -> NextStep {
    guard let next = alliance.stage.next else { return .last(alliance.stage) }
    if let first = factRefusals(alliance, to: next).first { return .refused(next, first) }
    return .open(next)
  }

  /// Moves the alliance to `stage`, or throws the first reason it cannot.
  public static func advance(
    _ alliance: inout Alliance, to stage: Stage, on date: Day, officer: String, note: String,
    author: Author, today: Day
  ) throws(LifecycleRefusal) {
    if let refusal = refusals(alliance, to: stage, on: date, officer: officer, today: today).first {
      throw refusal
    }
    alliance.stageHistory.append(
      StageEvent(stage: stage, date: date, officer: officer, note: note, recordedAt: author.at))
    alliance.stage = stage
    alliance.stamp = alliance.stamp.bumped(by: author)
  }

  /// Every reason the alliance cannot take `status` by an officer's decision; empty when it can.
  /// Rupture is not decided here: it follows from recording a rupture of the agreement in force.
  public static func refusals(
    _ alliance: Alliance, status: AllianceStatus, on date: Day, officer: String, note: String, today: Day
  ) -> [LifecycleRefusal] {
    var reasons: [LifecycleRefusal] = []
    if alliance.status == .cerrada { reasons.append(.closedIsFinal) }
    if alliance.status == status { reasons.append(.sameStatus) }
    switch status {
    case .rupturaComercial: reasons.append(.missing([.activeAgreement]))
    case .activa:
      let everRuptured = alliance.agreements.contains { $0.rupture != nil }
      if everRuptured && alliance.currentAgreement == nil { reasons.append(.needsRelink) }
    case .suspendida, .cerrada:
      if note.trimmingWhitespace.isEmpty { reasons.append(.noteMissing) }
    }
    if let last = alliance.statusHistory.last?.date, date < last { reasons.append(.dateBeforePrevious(last)) }
    if date > today { reasons.append(.dateInFuture) }
    if officer.trimmingWhitespace.isEmpty { reasons.append(.officerMissing) }
    return reasons
  }

  public static func setStatus(
    _ alliance: inout Alliance, to status: AllianceStatus, on date: Day, officer: String, note: String,
    author: Author, today: Day
  ) throws(LifecycleRefusal) {
    if let refusal = refusals(alliance, status: status, on: date, officer: officer, note: note, today: today)
      .first
    {
      throw refusal
    }
    applyStatus(&alliance, status, date: date, officer: officer, note: note, author: author)
  }

  static func applyStatus(
    _ alliance: inout Alliance, _ status: AllianceStatus, date: Day, officer: String, note: String,
    author: Author
  ) {
    alliance.statusHistory.append(
      StatusEvent(status: status, date: date, officer: officer, note: note, recordedAt: author.at))
    alliance.status = status
    alliance.stamp = alliance.stamp.bumped(by: author)
  }
}
