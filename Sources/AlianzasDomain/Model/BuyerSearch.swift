extension Alliance {
  /// Days since the alliance lost its first buyer, when it has had none since and that is longer
  /// than `threshold` days (a closed alliance searches for nobody).
  public func searchingForBuyer(today: Day, longerThan threshold: Int) -> Int? {
    guard status != .cerrada, let end = firstAgreement?.rupture?.date, currentAgreement == nil else {
      return nil
    }
    let days = end.days(until: today)
    return days > threshold ? days : nil
  }
}
