/// A formal buyer (aliado comercial).
public struct Buyer: Hashable, Sendable, Codable {
  public var id: RecordID
  public var name: String
  public var nit: String
  public var kind: String

  public init(id: RecordID, name: String, nit: String, kind: String) {
    self.id = id
    self.name = name
    self.nit = nit
    self.kind = kind
  }
}

/// A commercial agreement between the OP and one buyer. The first agreement's duration is the
/// study's survival outcome; a later agreement that `replaces` a ruptured one is a re-link.
public struct Agreement: Hashable, Sendable, Codable, Identifiable {
  public var id: RecordID
  public var stamp: RecordStamp
  public var buyer: Buyer
  public var start: Day
  public var volumeKgPerMonth: Int
  public var pricePerKg: Pesos
  public var quality: String
  public var rupture: Rupture?
  /// The agreement this one replaced after its rupture.
  public var replaces: RecordID?

  public init(
    id: RecordID, stamp: RecordStamp, buyer: Buyer, start: Day, volumeKgPerMonth: Int,
    pricePerKg: Pesos, quality: String, rupture: Rupture? = nil, replaces: RecordID? = nil
  ) {
    self.id = id
    self.stamp = stamp
    self.buyer = buyer
    self.start = start
    self.volumeKgPerMonth = volumeKgPerMonth
    self.pricePerKg = pricePerKg
    self.quality = quality
    self.rupture = rupture
    self.replaces = replaces
  }

  public var isActive: Bool { rupture == nil }
}

public struct Rupture: Hashable, Sendable, Codable {
  public var date: Day
  public var cause: RuptureCause
  /// Free text, required when the cause is `other`.
  public var causeDetail: String
  public var endedBy: Party
  public var notes: String
  /// The supervisor's verdict and the officer's answer; nil until reviewed.
  public var review: SupervisorReview? = nil

  public init(date: Day, cause: RuptureCause, causeDetail: String = "", endedBy: Party, notes: String = "") {
    self.date = date
    self.cause = cause
    self.causeDetail = causeDetail
    self.endedBy = endedBy
    self.notes = notes
  }
}

public enum RuptureCause: String, CaseIterable, Sendable, Codable {
  case price, quality, volume, buyerClosed, opDecision, paymentDelays, other

  public var label: Localized {
    switch self {
    case .price: Localized(es: "Precio", en: "Price")
    case .quality: Localized(es: "Calidad", en: "Quality")
    case .volume: Localized(es: "Volumen", en: "Volume")
    case .buyerClosed: Localized(es: "Cierre del comprador", en: "Buyer closed")
    case .opDecision: Localized(es: "Decisión de la OP", en: "OP's decision")
    case .paymentDelays: Localized(es: "Demoras en pagos", en: "Payment delays")
    case .other: Localized(es: "Otra", en: "Other")
    }
  }
}

public enum Party: String, CaseIterable, Sendable, Codable {
  case organization, buyer, mutual

  public var label: Localized {
    switch self {
    case .organization: Localized(es: "La OP", en: "The OP")
    case .buyer: Localized(es: "El aliado comercial", en: "The buyer")
    case .mutual: Localized(es: "Mutuo acuerdo", en: "Both parties")
    }
  }
}
