/// The twelve stages of an alliance's life (paap-domain.md §1.2), in order.
public enum Stage: String, CaseIterable, Sendable, Codable, Comparable {
  case convocatoria, perfil, preinversion, aprobacion, convenio, fiducia, instalacionCDA,
    ejecucion, comercializacion, fondoRotatorio, cierre, post

  public var number: Int { Stage.allCases.firstIndex(of: self)! + 1 }

  public var next: Stage? {
    let all = Stage.allCases
    let index = all.firstIndex(of: self)!
    return index + 1 < all.count ? all[index + 1] : nil
  }

  public static func < (a: Stage, b: Stage) -> Bool { a.number < b.number }

  public var label: Localized {
    switch self {
    case .convocatoria: Localized(es: "Convocatoria", en: "Call")
    case .perfil: Localized(es: "Perfil", en: "Profile")
    case .preinversion: Localized(es: "Preinversión", en: "Pre-investment")
    case .aprobacion: Localized(es: "Aprobación", en: "Approval")
    case .convenio: Localized(es: "Convenio", en: "Agreement signed")
    case .fiducia: Localized(es: "Fiducia", en: "Trust fund")
    case .instalacionCDA: Localized(es: "Instalación CDA", en: "Board installed")
    case .ejecucion: Localized(es: "Ejecución", en: "Execution")
    case .comercializacion: Localized(es: "Comercialización", en: "Marketing")
    case .fondoRotatorio: Localized(es: "Fondo rotatorio", en: "Revolving fund")
    case .cierre: Localized(es: "Cierre", en: "Closing")
    case .post: Localized(es: "Operación autónoma", en: "Autonomous operation")
    }
  }
}

/// Separate from the stage: whether the alliance is working normally right now.
public enum AllianceStatus: String, CaseIterable, Sendable, Codable {
  case activa, suspendida, rupturaComercial, cerrada

  public var label: Localized {
    switch self {
    case .activa: Localized(es: "Activa", en: "Active")
    case .suspendida: Localized(es: "Suspendida", en: "Suspended")
    case .rupturaComercial: Localized(es: "En ruptura comercial", en: "Buyer rupture")
    case .cerrada: Localized(es: "Cerrada", en: "Closed")
    }
  }
}

/// One applied stage change; the list of these is the alliance's history and is only appended to.
public struct StageEvent: Hashable, Sendable, Codable {
  public var stage: Stage
  public var date: Day
  public var officer: String
  public var note: String
  public var recordedAt: Timestamp

  public init(stage: Stage, date: Day, officer: String, note: String, recordedAt: Timestamp) {
    self.stage = stage
    self.date = date
    self.officer = officer
    self.note = note
    self.recordedAt = recordedAt
  }
}

public struct StatusEvent: Hashable, Sendable, Codable {
  public var status: AllianceStatus
  public var date: Day
  public var officer: String
  public var note: String
  public var recordedAt: Timestamp

  public init(
    status: AllianceStatus, date: Day, officer: String, note: String, recordedAt: Timestamp
  ) {
    self.status = status
    self.date = date
    self.officer = officer
    self.note = note
    self.recordedAt = recordedAt
  }
}
