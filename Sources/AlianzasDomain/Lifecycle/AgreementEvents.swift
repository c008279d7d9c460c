/// Why a rupture or a re-link cannot be recorded.
public enum AgreementRefusal: Hashable, Sendable, Error, Bilingual {
  case unknownAgreement
  case alreadyEnded
  case beforeStart(Day)
  case inFuture
  case causeDetailMissing
  case notRuptured
  case beforeRupture(Day)
  case anotherActive
  case buyerMissing
  case closed

  public func message(_ language: Language) -> String {
    let es = language == .es
    switch self {
    case .unknownAgreement: return es ? "el acuerdo no existe" : "the agreement does not exist"
    case .alreadyEnded: return es ? "el acuerdo ya terminó" : "the agreement has already ended"
    case .beforeStart(let d):
      return es
        ? "la fecha es anterior al inicio del acuerdo (\(d.iso))"
        : "the date is before the agreement began (\(d.iso))"
    case .inFuture: return es ? "la fecha está en el futuro" : "the date is in the future"
    case .causeDetailMissing:
      return es ? "con la causa «Otra» hay que describirla" : "the cause «Other» needs a description"
    case .notRuptured:
      return es ? "el acuerdo reemplazado sigue vigente" : "the agreement being replaced is still in force"
    case .beforeRupture(let d):
      return es
        ? "el nuevo acuerdo empieza antes de la ruptura (\(d.iso))"
        : "the new agreement starts before the rupture (\(d.iso))"
    case .anotherActive: return es ? "ya hay un acuerdo vigente" : "an agreement is already in force"
    case .buyerMissing: return es ? "falta el nombre del nuevo aliado" : "the new buyer's name is missing"
    case .closed: return es ? "la alianza está cerrada" : "the alliance is closed"
    }
  }
}

extension Alliance {
  /// Ends the agreement `id` by rupture; the alliance falls into "en ruptura comercial".
  public mutating func recordRupture(
    agreement id: RecordID, _ rupture: Rupture, author: Author, today: Day
  ) throws(AgreementRefusal) {
    guard status != .cerrada else { throw .closed }
    guard let index = agreements.firstIndex(where: { $0.id == id }) else { throw .unknownAgreement }
    guard agreements[index].rupture == nil else { throw .alreadyEnded }
    guard rupture.date >= agreements[index].start else { throw .beforeStart(agreements[index].start) }
    guard rupture.date <= today else { throw .inFuture }
    guard rupture.cause != .other || !rupture.causeDetail.trimmingWhitespace.isEmpty else {
      throw .causeDetailMissing
    }
    agreements[index].rupture = rupture
    agreements[index].stamp = agreements[index].stamp.bumped(by: author)
    if status == .activa {
      Lifecycle.applyStatus(
        &self, .rupturaComercial, date: rupture.date, officer: author.officer,
        note: rupture.cause.label.es, author: author)
    } else {
      stamp = stamp.bumped(by: author)
    }
  }

  /// Records a new buyer replacing the ruptured agreement `old`; the alliance is active again.
  public mutating func recordRelink(
    replacing old: RecordID, with new: Agreement, author: Author, today: Day
  ) throws(AgreementRefusal) {
    guard status != .cerrada else { throw .closed }
    guard let previous = agreements.first(where: { $0.id == old }) else { throw .unknownAgreement }
    guard let end = previous.rupture?.date else { throw .notRuptured }
    guard currentAgreement == nil else { throw .anotherActive }
    guard !new.buyer.name.trimmingWhitespace.isEmpty else { throw .buyerMissing }
    guard new.start >= end else { throw .beforeRupture(end) }
    guard new.start <= today else { throw .inFuture }
    var agreement = new
    agreement.replaces = old
    agreement.rupture = nil
    agreements.append(agreement)
    if status == .rupturaComercial {
      Lifecycle.applyStatus(
        &self, .activa, date: new.start, officer: author.officer, note: new.buyer.name, author: author)
    } else {
      stamp = stamp.bumped(by: author)
    }
  }

  /// Days from the rupture of `agreement` to the start of the agreement that replaced it.
  public func daysToRelink(_ agreement: Agreement) -> Int? {
    guard let end = agreement.rupture?.date, let next = relink(of: agreement) else { return nil }
    return end.days(until: next.start)
  }
}
