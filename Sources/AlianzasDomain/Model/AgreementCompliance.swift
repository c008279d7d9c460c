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
