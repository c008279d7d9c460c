extension Agreement {
  /// How much of the agreed volume was delivered: kg delivered under this agreement in the twelve
  /// months that end on `day` (or on the rupture, when it came first), against the agreed monthly
  /// volume over the months of that window the agreement was in force (at least one). nil when
  /// no volume was agreed or the agreement had not started. One definition, used by the IDAP
  /// (indicator C1) and by the rupture screen.
  public func compliance(deliveries: [Delivery], asOf day: Day) -> Double? {
    guard volumeKgPerMonth > 0, start <= day else { return nil }
    let end = min(rupture?.date ?? day, day)
    let yearBefore = end.adding(days: -365)
    let from = max(start, yearBefore)
    let months = max(1, Double(from.days(until: end)) / 30.4375)
    let kg = deliveries.filter { $0.date > yearBefore && $0.date >= start && $0.date <= end }
      .reduce(0) { $0 + $1.kg }
    return kg / (Double(volumeKgPerMonth) * months)
  }
}

extension Alliance {
  /// The agreement in force on `day`: the latest begun on or before it that had not broken
  /// before it. On the day one agreement broke and the next began, the new one — so a delivery
  /// is credited to one buyer only.
  public func agreement(inForceOn day: Day) -> Agreement? {
    agreements.filter { $0.start <= day && ($0.rupture.map { $0.date >= day } ?? true) }
      .max { ($0.start, $0.id) < ($1.start, $1.id) }
  }

  /// The deliveries made under `agreement`: those of days it was the agreement in force.
  public func deliveries(under agreement: Agreement) -> [Delivery] {
    deliveries.filter { self.agreement(inForceOn: $0.date)?.id == agreement.id }
  }

  /// How much of an agreement's volume was delivered, counting only what was delivered under it
  /// (never the previous buyer's deliveries).
  public func compliance(of agreement: Agreement, asOf day: Day) -> Double? {
    agreement.compliance(deliveries: deliveries(under: agreement), asOf: day)
  }
}
